package org.waypoint.checkin;

import java.io.Serializable;
import org.waypoint.audit.AuditDetail;

/**
 * A check-in just recorded, and what it set going.
 *
 * @param entry the check-in
 * @param alertRaised whether the program's supervisors were alerted
 * @param taskOpened whether a safety-plan review task was opened
 * @param reviewOwed whether a safety-plan review is owed for the client (opened now or before)
 */
public record RecordedCheckIn(
    CheckInEntry entry, boolean alertRaised, boolean taskOpened, boolean reviewOwed)
    implements Serializable, AuditDetail {

  @Override
  public String auditDetail() {
    return "level "
        + entry.level().label()
        + (entry.overridden() ? " (rules gave " + entry.computed().level().label() + ")" : "")
        + (entry.risingReason() != null ? "; rising" : "")
        + (alertRaised ? "; supervisors alerted" : "")
        + (taskOpened ? "; plan review task opened" : "");
  }
}
