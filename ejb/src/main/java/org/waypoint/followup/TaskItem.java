package org.waypoint.followup;

import java.io.Serializable;
import java.time.Instant;

/**
 * A safety-plan review task as dashboards and the chart list it.
 *
 * @param id the task
 * @param clientId the client
 * @param clientName "Last, First"
 * @param mrn the client's MRN
 * @param assigneeName who owes the review (name)
 * @param openedAt when the check-in opened it
 * @param closedAt when it closed, or {@code null} while open
 * @param closedBy who closed it (name), or {@code null}
 * @param outcome what closed it, or {@code null}
 */
public record TaskItem(
    long id,
    long clientId,
    String clientName,
    String mrn,
    String assigneeName,
    Instant openedAt,
    Instant closedAt,
    String closedBy,
    String outcome)
    implements Serializable {

  /**
   * @return whether the review is still owed
   */
  public boolean open() {
    return closedAt == null;
  }
}
