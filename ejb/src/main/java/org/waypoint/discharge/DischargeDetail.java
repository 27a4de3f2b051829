package org.waypoint.discharge;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.audit.AuditDetail;
import org.waypoint.client.ClientStatus;

/**
 * A client's discharge as the editor and the chart's Discharge tab show it: the plan as typed, the
 * checklist evaluated, who prepared and approved it, the follow-up calls, and what the caller may
 * do with it.
 *
 * @param clientId the client
 * @param clientName the name the client goes by with the legal last name
 * @param admissionDate the client's admission date, or {@code null}
 * @param clientStatus the client's status
 * @param dischargeId the discharge, or {@code null} when none has been saved yet (the form is then
 *     empty, to start one)
 * @param version the discharge's version, to save or approve it ({@code 0} when none)
 * @param state its state, or {@code null} when none
 * @param form the plan as saved (a copy the screen may bind and change)
 * @param appointments the appointments as saved, earliest first
 * @param checklist the checklist evaluated for the plan as saved
 * @param lastPlanReview the last day a safety-plan version reviewed with the client was saved, or
 *     {@code null}
 * @param preparedBy who started it (display name), or {@code null}
 * @param preparedAt when, or {@code null}
 * @param updatedBy who saved it last (display name), or {@code null}
 * @param updatedAt when, or {@code null}
 * @param approvedBy who approved it (display name), or {@code null}
 * @param approvedAt when, or {@code null}
 * @param calls the follow-up calls, earliest first (none before approval)
 * @param editable whether the caller may save it (a draft, care team)
 * @param approvable whether the caller may approve it now (a supervisor of the client's program who
 *     neither prepared nor last saved it, with the checklist complete)
 * @param approvalRefusal why the caller may not approve it, or {@code null} when they may or when
 *     there is nothing to approve
 * @param withdrawable whether the caller may withdraw the approval (a supervisor of the program,
 *     before the client is discharged)
 */
public record DischargeDetail(
    long clientId,
    String clientName,
    LocalDate admissionDate,
    ClientStatus clientStatus,
    Long dischargeId,
    long version,
    DischargeState state,
    DischargeForm form,
    List<AppointmentItem> appointments,
    DischargeChecklist.Result checklist,
    LocalDate lastPlanReview,
    String preparedBy,
    Instant preparedAt,
    String updatedBy,
    Instant updatedAt,
    String approvedBy,
    Instant approvedAt,
    List<FollowUpCallItem> calls,
    boolean editable,
    boolean approvable,
    String approvalRefusal,
    boolean withdrawable)
    implements Serializable, AuditDetail {
  private static final long serialVersionUID = 1L;

  public DischargeDetail {
    appointments = List.copyOf(appointments);
    calls = List.copyOf(calls);
  }

  /**
   * @return whether a discharge has been saved for the client
   */
  public boolean exists() {
    return dischargeId != null;
  }

  /**
   * @return whether the discharge is approved or done (no longer a draft)
   */
  public boolean approved() {
    return state == DischargeState.APPROVED || state == DischargeState.COMPLETED;
  }

  @Override
  public String auditDetail() {
    return dischargeId == null
        ? "no discharge"
        : "discharge " + dischargeId + " " + state.name().toLowerCase(java.util.Locale.ROOT);
  }
}
