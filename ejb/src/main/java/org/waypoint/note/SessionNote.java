package org.waypoint.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.waypoint.risk.RiskLevel;

/**
 * One session note of one client. While a draft, its author's autosaves replace its content; once
 * signed it never changes again (the service refuses, and the database's triggers refuse any update
 * of a signed row). Co-signature and return are {@link NoteReview}s, corrections {@link
 * NoteAddendum}s.
 */
@Entity
@Table(name = "session_note")
public class SessionNote {

  /** Stored states: co-signed and returned are read from the note's review. */
  public enum Status {
    DRAFT,
    SIGNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(nullable = false, updatable = false, length = 60)
  private String author;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Status status = Status.DRAFT;

  @Column(name = "contact_date")
  private LocalDate contactDate;

  @Column(name = "start_time")
  private LocalTime startTime;

  @Column(name = "end_time")
  private LocalTime endTime;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private Modality modality;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "note_format", nullable = false, length = 10)
  private NoteFormat format = NoteFormat.SOAP;

  @Column(length = NoteField.LIMIT)
  private String subjective;

  @Column(length = NoteField.LIMIT)
  private String objective;

  @Column(length = NoteField.LIMIT)
  private String assessment;

  @Column(length = NoteField.LIMIT)
  private String plan;

  @Column(length = NoteField.LIMIT)
  private String data;

  @Column(length = NoteField.LIMIT)
  private String behavior;

  @Column(length = NoteField.LIMIT)
  private String intervention;

  @Column(length = NoteField.LIMIT)
  private String response;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "risk_level", length = 20)
  private RiskLevel riskLevel;

  @Column(name = "check_in_id")
  private Long checkInId;

  @Column(name = "risk_observed", length = NoteContent.RISK_OBSERVED_LIMIT)
  private String riskObserved;

  /** The interventions' names, separated by commas. */
  @Column(length = 200)
  private String interventions;

  @Column(name = "other_interventions", length = NoteContent.OTHER_INTERVENTIONS_LIMIT)
  private String otherInterventions;

  @Column(name = "next_appointment")
  private Instant nextAppointment;

  @Column(name = "plan_gate_reason", length = NoteContent.GATE_REASON_LIMIT)
  private String planGateReason;

  @Column(name = "group_session_id", updatable = false)
  private Long groupSessionId;

  @Column(name = "copied_from_id", updatable = false)
  private Long copiedFromId;

  @Column(name = "revises_id", updatable = false)
  private Long revisesId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "signed_by", length = 60)
  private String signedBy;

  @Column(name = "late_entry", nullable = false)
  private boolean lateEntry;

  @Column(name = "co_sign_required", nullable = false)
  private boolean coSignRequired;

  @Version private long version;

  protected SessionNote() {}

  /**
   * A new draft.
   *
   * @param clientId the client
   * @param author the clinician writing it
   * @param at now
   * @param copiedFromId the note its fields were copied from, or {@code null}
   * @param revisesId the returned note it continues, or {@code null}
   * @param groupSessionId the group session it belongs to, or {@code null}
   */
  SessionNote(
      long clientId,
      String author,
      Instant at,
      Long copiedFromId,
      Long revisesId,
      Long groupSessionId) {
    this.clientId = clientId;
    this.author = author;
    this.createdAt = at;
    this.savedAt = at;
    this.copiedFromId = copiedFromId;
    this.revisesId = revisesId;
    this.groupSessionId = groupSessionId;
  }

  /**
   * Replaces the draft's content.
   *
   * @param c the content as typed
   * @param zone the center's time zone, for the next appointment
   * @param at now
   * @throws IllegalStateException when the note is signed
   */
  void write(NoteContent c, ZoneId zone, Instant at) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("note " + id + " is signed");
    }
    contactDate = c.getContactDate();
    startTime = c.getStartTime();
    endTime = c.getEndTime();
    modality = c.getModality();
    format = c.getFormat();
    subjective = c.text(NoteField.SUBJECTIVE);
    objective = c.text(NoteField.OBJECTIVE);
    assessment = c.text(NoteField.ASSESSMENT);
    plan = c.text(NoteField.PLAN);
    data = c.text(NoteField.DATA);
    behavior = c.text(NoteField.BEHAVIOR);
    intervention = c.text(NoteField.INTERVENTION);
    response = c.text(NoteField.RESPONSE);
    riskLevel = c.getRiskLevel();
    checkInId = c.getCheckInId();
    riskObserved = c.getRiskObserved();
    interventions =
        c.getInterventions().isEmpty()
            ? null
            : c.getInterventions().stream().map(Enum::name).collect(Collectors.joining(","));
    otherInterventions = c.getOtherInterventions();
    LocalDateTime next = NoteRules.nextAppointment(c);
    nextAppointment = next == null ? null : next.atZone(zone).toInstant();
    planGateReason = c.getPlanGateReason();
    savedAt = at;
  }

  /**
   * Signs the draft: final from now on.
   *
   * @param by the author
   * @param at now
   * @param late whether it is a late entry
   * @param needsCoSignature whether a supervisor must co-sign it
   */
  void sign(String by, Instant at, boolean late, boolean needsCoSignature) {
    if (status != Status.DRAFT) {
      throw new IllegalStateException("note " + id + " is signed");
    }
    status = Status.SIGNED;
    signedBy = by;
    signedAt = at;
    lateEntry = late;
    coSignRequired = needsCoSignature;
  }

  /**
   * @param zone the center's time zone
   * @return the note's content, as the editor shows it
   */
  public NoteContent content(ZoneId zone) {
    NoteContent c = new NoteContent();
    c.setContactDate(contactDate);
    c.setStartTime(startTime);
    c.setEndTime(endTime);
    c.setModality(modality);
    c.setFormat(format);
    c.setText(NoteField.SUBJECTIVE, subjective);
    c.setText(NoteField.OBJECTIVE, objective);
    c.setText(NoteField.ASSESSMENT, assessment);
    c.setText(NoteField.PLAN, plan);
    c.setText(NoteField.DATA, data);
    c.setText(NoteField.BEHAVIOR, behavior);
    c.setText(NoteField.INTERVENTION, intervention);
    c.setText(NoteField.RESPONSE, response);
    c.setRiskLevel(riskLevel);
    c.setCheckInId(checkInId);
    c.setRiskObserved(riskObserved);
    c.setInterventions(interventionSet());
    c.setOtherInterventions(otherInterventions);
    if (nextAppointment != null) {
      LocalDateTime next = LocalDateTime.ofInstant(nextAppointment, zone);
      c.setNextAppointmentDate(next.toLocalDate());
      c.setNextAppointmentTime(next.toLocalTime());
    }
    c.setPlanGateReason(planGateReason);
    return c;
  }

  private EnumSet<Intervention> interventionSet() {
    EnumSet<Intervention> set = EnumSet.noneOf(Intervention.class);
    if (interventions != null && !interventions.isBlank()) {
      Arrays.stream(interventions.split(",")).map(Intervention::valueOf).forEach(set::add);
    }
    return set;
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public String getAuthor() {
    return author;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isDraft() {
    return status == Status.DRAFT;
  }

  public LocalDate getContactDate() {
    return contactDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public Modality getModality() {
    return modality;
  }

  public NoteFormat getFormat() {
    return format;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public Long getCheckInId() {
    return checkInId;
  }

  public Instant getNextAppointment() {
    return nextAppointment;
  }

  public String getPlanGateReason() {
    return planGateReason;
  }

  public Long getGroupSessionId() {
    return groupSessionId;
  }

  public Long getCopiedFromId() {
    return copiedFromId;
  }

  public Long getRevisesId() {
    return revisesId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public boolean isLateEntry() {
    return lateEntry;
  }

  public boolean isCoSignRequired() {
    return coSignRequired;
  }

  public long getVersion() {
    return version;
  }
}
