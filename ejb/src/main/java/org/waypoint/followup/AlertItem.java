package org.waypoint.followup;

import java.io.Serializable;
import java.time.Instant;
import org.waypoint.risk.RiskLevel;

/**
 * A risk alert as dashboards and the chart list it.
 *
 * @param id the alert
 * @param clientId the client
 * @param clientName "Last, First"
 * @param mrn the client's MRN
 * @param programName the client's program
 * @param level High or Imminent
 * @param summary the level and its reasons
 * @param raisedAt when the check-in raised it
 * @param clinicianName the client's primary clinician, or {@code null}
 * @param acknowledgedAt when a supervisor acknowledged it, or {@code null} while open
 * @param acknowledgedBy who (name), or {@code null}
 * @param note the supervisor's note, or {@code null}
 */
public record AlertItem(
    long id,
    long clientId,
    String clientName,
    String mrn,
    String programName,
    RiskLevel level,
    String summary,
    Instant raisedAt,
    String clinicianName,
    Instant acknowledgedAt,
    String acknowledgedBy,
    String note)
    implements Serializable {

  /**
   * @return whether it still waits for a supervisor
   */
  public boolean open() {
    return acknowledgedAt == null;
  }
}
