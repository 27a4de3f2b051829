package org.waypoint.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.waypoint.program.Program;
import org.waypoint.risk.RiskLevel;
import org.waypoint.security.StaffUser;

/** A person in the center's care. Made only from a validated {@link ClientRegistration}. */
@Entity
public class Client {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 12)
  private String mrn;

  @Column(name = "legal_first_name", nullable = false, length = 100)
  private String legalFirstName;

  @Column(name = "legal_last_name", nullable = false, length = 100)
  private String legalLastName;

  @Column(name = "preferred_name", length = 100)
  private String preferredName;

  @Column(length = 40)
  private String pronouns;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Column(length = 30)
  private String phone;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 2)
  private Language language = Language.EN;

  /** Legal and preferred names, lower case without accents: what name searches compare. */
  @Column(name = "search_name", nullable = false, length = 320)
  private String searchName;

  /** The latest risk level, kept with the assessments so lists can sort by it; null until one. */
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "risk_level", length = 10)
  private RiskLevel riskLevel;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", nullable = false)
  private Program program;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "primary_clinician_id")
  private StaffUser primaryClinician;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ClientStatus status;

  @Column(name = "admission_date")
  private LocalDate admissionDate;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, updatable = false, length = 60)
  private String registeredBy;

  @Column(name = "check_in_due")
  private Instant checkInDue;

  @Column(nullable = false)
  private boolean rising;

  @Version private long version;

  protected Client() {}

  /**
   * @param mrn the generated MRN
   * @param form the validated registration
   * @param program the program the client is registered to
   * @param primaryClinician the primary clinician, or {@code null}
   * @param registeredAt when
   * @param registeredBy the username of the staff member registering the client
   */
  Client(
      String mrn,
      ClientRegistration form,
      Program program,
      StaffUser primaryClinician,
      Instant registeredAt,
      String registeredBy) {
    this.mrn = Objects.requireNonNull(mrn);
    this.legalFirstName = form.getLegalFirstName();
    this.legalLastName = form.getLegalLastName();
    this.preferredName = form.getPreferredName();
    this.pronouns = form.getPronouns();
    this.dateOfBirth = form.getDateOfBirth();
    this.phone = form.getPhone();
    this.language = form.getLanguage() == null ? Language.EN : form.getLanguage();
    this.status = form.getStatus();
    this.admissionDate = form.getAdmissionDate();
    this.program = Objects.requireNonNull(program);
    this.primaryClinician = primaryClinician;
    this.registeredAt = Objects.requireNonNull(registeredAt);
    this.registeredBy = Objects.requireNonNull(registeredBy);
  }

  @PrePersist
  @PreUpdate
  void updateSearchName() {
    searchName = SearchText.nameKey(legalFirstName, legalLastName, preferredName);
  }

  /**
   * Keeps the latest risk level on the client; the assessment itself is kept by the caller.
   *
   * @param level the level just assessed
   * @param nextCheckInDue when the next check-in is due, by the level's cadence
   * @param rising whether the assessment marks the client as rising
   */
  public void assessedAs(RiskLevel level, Instant nextCheckInDue, boolean rising) {
    this.riskLevel = Objects.requireNonNull(level);
    this.checkInDue = Objects.requireNonNull(nextCheckInDue);
    this.rising = rising;
  }

  /**
   * @return when the next check-in is due, or {@code null} before the first assessment
   */
  public Instant getCheckInDue() {
    return checkInDue;
  }

  /**
   * @return whether the latest check-in marked the client as rising
   */
  public boolean isRising() {
    return rising;
  }

  public Language getLanguage() {
    return language;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public Long getId() {
    return id;
  }

  public String getMrn() {
    return mrn;
  }

  public String getLegalFirstName() {
    return legalFirstName;
  }

  public String getLegalLastName() {
    return legalLastName;
  }

  public String getPreferredName() {
    return preferredName;
  }

  public String getPronouns() {
    return pronouns;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getPhone() {
    return phone;
  }

  public Program getProgram() {
    return program;
  }

  public StaffUser getPrimaryClinician() {
    return primaryClinician;
  }

  public ClientStatus getStatus() {
    return status;
  }

  public LocalDate getAdmissionDate() {
    return admissionDate;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }
}
