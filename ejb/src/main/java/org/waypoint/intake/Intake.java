package org.waypoint.intake;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.waypoint.client.Client;
import org.waypoint.client.Language;
import org.waypoint.program.Program;
import org.waypoint.security.StaffUser;

/**
 * An intake, saved step by step. The sections ({@link IntakeSection}) read and write their own
 * columns; the service decides when a step may be saved and when the client is admitted.
 */
@Entity
public class Intake {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private IntakeStatus status = IntakeStatus.IN_PROGRESS;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, updatable = false, length = 60)
  private String startedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "saved_steps", nullable = false, length = 200)
  private String savedSteps = "";

  @Column(name = "complete_steps", nullable = false, length = 200)
  private String completeSteps = "";

  // referral
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "referral_source", length = 30)
  ReferralSource referralSource;

  @Column(name = "referral_date")
  LocalDate referralDate;

  @Column(name = "referral_reason", length = 2000)
  String referralReason;

  // demographics
  @Column(name = "legal_first_name", length = 100)
  String legalFirstName;

  @Column(name = "legal_last_name", length = 100)
  String legalLastName;

  @Column(name = "preferred_name", length = 100)
  String preferredName;

  @Column(length = 40)
  String pronouns;

  @Column(name = "date_of_birth")
  LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 2)
  Language language;

  @Column(length = 30)
  String phone;

  @Column(length = 120)
  String email;

  @Column(length = 200)
  String street;

  @Column(length = 80)
  String city;

  @Column(length = 2)
  String state;

  @Column(name = "postal_code", length = 10)
  String postalCode;

  // contacts
  @Column(name = "no_emergency_contact", nullable = false)
  boolean noEmergencyContact;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "intake_contact", joinColumns = @JoinColumn(name = "intake_id"))
  @OrderColumn(name = "position")
  List<EmergencyContact> contacts = new ArrayList<>();

  // payer
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "payer_type", length = 20)
  PayerType payerType;

  @Column(name = "insurer_name", length = 100)
  String insurerName;

  @Column(name = "member_id", length = 40)
  String memberId;

  // consents
  @Column(name = "treatment_consent", nullable = false)
  boolean treatmentConsent;

  @Column(name = "treatment_consent_on")
  LocalDate treatmentConsentOn;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "intake_disclosure_consent",
      joinColumns = @JoinColumn(name = "intake_id"))
  @OrderColumn(name = "position")
  List<DisclosureConsent> disclosures = new ArrayList<>();

  // presenting concerns and history
  @Column(name = "presenting_concerns", length = 2000)
  String presentingConcerns;

  @Column(name = "self_harm_history")
  Boolean selfHarmHistory;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "intake_self_harm_method", joinColumns = @JoinColumn(name = "intake_id"))
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "method", length = 30)
  Set<SelfHarmMethod> selfHarmMethods = EnumSet.noneOf(SelfHarmMethod.class);

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "self_harm_frequency", length = 30)
  SelfHarmFrequency selfHarmFrequency;

  @Column(name = "last_episode_on")
  LocalDate lastEpisodeOn;

  @Column(name = "medical_care_needed")
  Boolean medicalCareNeeded;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "intake_condition", joinColumns = @JoinColumn(name = "intake_id"))
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "condition_code", length = 30)
  Set<CoOccurringCondition> conditions = EnumSet.noneOf(CoOccurringCondition.class);

  @Column(length = 2000)
  String supports;

  @Column(length = 2000)
  String strengths;

  // suicide screening
  @Column(name = "screen_wish_dead")
  Boolean screenWishDead;

  @Column(name = "screen_thoughts")
  Boolean screenThoughts;

  @Column(name = "screen_method")
  Boolean screenMethod;

  @Column(name = "screen_intent")
  Boolean screenIntent;

  @Column(name = "screen_plan")
  Boolean screenPlan;

  @Column(name = "screen_behavior")
  Boolean screenBehavior;

  @Column(name = "screen_behavior_recent")
  Boolean screenBehaviorRecent;

  // program and clinician
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "program_id")
  Program program;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "primary_clinician_id")
  StaffUser primaryClinician;

  // admission or withdrawal
  @Column(name = "admission_date")
  private LocalDate admissionDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id", unique = true)
  private Client client;

  @Column(name = "withdrawn_reason", length = 500)
  private String withdrawnReason;

  @Version private long version;

  protected Intake() {}

  Intake(Instant at, String by) {
    this.startedAt = at;
    this.startedBy = by;
    this.updatedAt = at;
    this.updatedBy = by;
  }

  void touched(Instant at, String by) {
    this.updatedAt = at;
    this.updatedBy = by;
  }

  void stepSaved(IntakeStep step, boolean complete) {
    Set<IntakeStep> saved = getSavedSteps();
    saved.add(step);
    savedSteps = join(saved);
    Set<IntakeStep> done = getCompleteSteps();
    if (complete) {
      done.add(step);
    } else {
      done.remove(step);
    }
    completeSteps = join(done);
  }

  void admitted(Client client, LocalDate on) {
    this.client = client;
    this.admissionDate = on;
    this.status = IntakeStatus.ADMITTED;
  }

  void withdrawn(String reason) {
    this.withdrawnReason = reason;
    this.status = IntakeStatus.WITHDRAWN;
  }

  private static String join(Set<IntakeStep> steps) {
    return steps.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static Set<IntakeStep> split(String steps) {
    Set<IntakeStep> set = EnumSet.noneOf(IntakeStep.class);
    if (!steps.isBlank()) {
      Arrays.stream(steps.split(",")).map(IntakeStep::valueOf).forEach(set::add);
    }
    return set;
  }

  public Long getId() {
    return id;
  }

  public IntakeStatus getStatus() {
    return status;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Set<IntakeStep> getSavedSteps() {
    return split(savedSteps);
  }

  public Set<IntakeStep> getCompleteSteps() {
    return split(completeSteps);
  }

  public LocalDate getAdmissionDate() {
    return admissionDate;
  }

  public Client getClient() {
    return client;
  }

  public String getWithdrawnReason() {
    return withdrawnReason;
  }

  public long getVersion() {
    return version;
  }
}
