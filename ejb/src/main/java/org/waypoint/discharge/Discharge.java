package org.waypoint.discharge;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.waypoint.kernel.PageRequest;

/**
 * A client's discharge plan: a draft the care team edits, then approved by a supervisor (frozen),
 * then completed when the client was discharged on its date.
 */
@Entity
@Table(name = "discharge")
public class Discharge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  /** the client's id while open, {@code null} once completed (one open discharge per client) */
  @Column(name = "open_client_id", unique = true)
  private Long openClientId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private DischargeState state;

  @Column(name = "planned_date", nullable = false)
  private LocalDate plannedDate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private DischargeKind kind;

  @Column(nullable = false, length = DischargeForm.REASON_LIMIT)
  private String reason;

  @Column(name = "lethal_means", length = DischargeForm.LETHAL_MEANS_LIMIT)
  private String lethalMeans;

  @Column(name = "crisis_resources_given", nullable = false)
  private boolean crisisResourcesGiven;

  @Column(name = "plan_reviewed_reason", length = DischargeForm.ITEM_REASON_LIMIT)
  private String planReviewedReason;

  @Column(name = "lethal_means_reason", length = DischargeForm.ITEM_REASON_LIMIT)
  private String lethalMeansReason;

  @Column(name = "crisis_resources_reason", length = DischargeForm.ITEM_REASON_LIMIT)
  private String crisisResourcesReason;

  @Column(name = "first_appointment_reason", length = DischargeForm.ITEM_REASON_LIMIT)
  private String firstAppointmentReason;

  // a page of discharges loads its appointments in one statement, not one per discharge
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = PageRequest.MAX_SIZE)
  @CollectionTable(name = "aftercare_appointment", joinColumns = @JoinColumn(name = "discharge_id"))
  @OrderColumn(name = "position")
  private List<AftercareAppointment> appointments = new ArrayList<>();

  @Column(name = "prepared_by", nullable = false, updatable = false, length = 60)
  private String preparedBy;

  @Column(name = "prepared_at", nullable = false, updatable = false)
  private Instant preparedAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "approved_by", length = 60)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Version private long version;

  protected Discharge() {}

  Discharge(long clientId, String by, Instant at) {
    this.clientId = clientId;
    this.openClientId = clientId;
    this.state = DischargeState.DRAFT;
    this.preparedBy = by;
    this.preparedAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /**
   * Writes the form into the draft (already checked).
   *
   * @param form the plan as typed
   * @param zone the center's time zone
   * @param by who
   * @param at when
   */
  void write(DischargeForm form, ZoneId zone, String by, Instant at) {
    if (state != DischargeState.DRAFT) {
      throw new IllegalStateException("only a draft is written");
    }
    plannedDate = form.getPlannedDate();
    kind = form.getKind();
    reason = form.getReason();
    lethalMeans = form.getLethalMeans();
    crisisResourcesGiven = form.isCrisisResourcesGiven();
    planReviewedReason = form.getPlanReviewedReason();
    lethalMeansReason = form.getLethalMeansReason();
    crisisResourcesReason = form.getCrisisResourcesReason();
    firstAppointmentReason = form.getFirstAppointmentReason();
    appointments.clear();
    form.getAppointments().stream()
        .map(a -> new AftercareAppointment(a, zone))
        .sorted(Comparator.comparing(AftercareAppointment::getStartsAt))
        .forEach(appointments::add);
    updatedBy = by;
    updatedAt = at;
  }

  /**
   * @param zone the center's time zone
   * @return the plan as a form
   */
  DischargeForm toForm(ZoneId zone) {
    DischargeForm f = new DischargeForm();
    f.setPlannedDate(plannedDate);
    f.setKind(kind);
    f.setReason(reason);
    f.setLethalMeans(lethalMeans);
    f.setCrisisResourcesGiven(crisisResourcesGiven);
    f.setPlanReviewedReason(planReviewedReason);
    f.setLethalMeansReason(lethalMeansReason);
    f.setCrisisResourcesReason(crisisResourcesReason);
    f.setFirstAppointmentReason(firstAppointmentReason);
    f.setAppointments(appointments.stream().map(a -> a.toForm(zone)).toList());
    return f;
  }

  void approve(String by, Instant at) {
    state = DischargeState.APPROVED;
    approvedBy = by;
    approvedAt = at;
  }

  void withdraw() {
    state = DischargeState.DRAFT;
    approvedBy = null;
    approvedAt = null;
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public DischargeState getState() {
    return state;
  }

  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  public DischargeKind getKind() {
    return kind;
  }

  public String getReason() {
    return reason;
  }

  public List<AftercareAppointment> getAppointments() {
    return List.copyOf(appointments);
  }

  public String getPreparedBy() {
    return preparedBy;
  }

  public Instant getPreparedAt() {
    return preparedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public long getVersion() {
    return version;
  }
}
