package org.waypoint.discharge;

import java.io.Serializable;
import org.waypoint.audit.AuditDetail;
import org.waypoint.checkin.RecordedCheckIn;

/**
 * A follow-up call just recorded.
 *
 * @param call the call as now recorded
 * @param checkIn the phone check-in a reached call recorded (with the alert and task it raised), or
 *     {@code null} for a message left or not reached
 */
public record RecordedCall(FollowUpCallItem call, RecordedCheckIn checkIn)
    implements Serializable, AuditDetail {
  private static final long serialVersionUID = 1L;

  @Override
  public String auditDetail() {
    return "call "
        + call.number()
        + " "
        + call.outcome().name().toLowerCase(java.util.Locale.ROOT)
        + (checkIn == null ? "" : "; phone check-in " + checkIn.auditDetail());
  }
}
