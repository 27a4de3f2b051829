package org.waypoint.checkin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.waypoint.center.Wording;
import org.waypoint.risk.RiskLevel;

/**
 * A client whose next check-in is due, as dashboards list them.
 *
 * @param clientId the client
 * @param clientName "Last, First"
 * @param mrn the MRN
 * @param programName the program
 * @param clinicianName the primary clinician, or {@code null}
 * @param level the current risk level, or {@code null} before the first assessment
 * @param rising whether the latest check-in marked the client as rising
 * @param due when the next check-in is due, or {@code null} when it is due now
 */
public record CheckInDueItem(
    long clientId,
    String clientName,
    String mrn,
    String programName,
    String clinicianName,
    RiskLevel level,
    boolean rising,
    Instant due)
    implements Serializable {

  /**
   * @param now the time now
   * @return "Overdue by 2 days", "Overdue by 5 hours", "Due in 3 hours" or "Due now"
   */
  public String state(Instant now) {
    if (due == null) {
      return Wording.text("checkin.due.now");
    }
    Duration gap = Duration.between(now, due);
    boolean overdue = gap.isNegative();
    Duration size = gap.abs();
    String amount =
        size.toDays() >= 1
            ? Wording.text("checkin.due.days", size.toDays(), String.valueOf(size.toDays()))
            : size.toHours() >= 1
                ? Wording.text("checkin.due.hours", size.toHours(), String.valueOf(size.toHours()))
                : Wording.text(
                    "checkin.due.minutes", size.toMinutes(), String.valueOf(size.toMinutes()));
    return Wording.text(overdue ? "checkin.due.overdueBy" : "checkin.due.in", amount);
  }

  /**
   * @param now the time now
   * @return whether the check-in is past due
   */
  public boolean overdue(Instant now) {
    return due == null || due.isBefore(now);
  }
}
