package org.waypoint.audit;

import java.io.Serializable;

/**
 * What the audit trail's verification found.
 *
 * @param checked how many events it checked
 * @param firstBrokenEventId the first event that does not match, or {@code null} when all do
 * @param problem what is wrong with that event, or {@code null}
 */
public record AuditVerification(long checked, Long firstBrokenEventId, String problem)
    implements Serializable {

  /**
   * @return whether every event matched
   */
  public boolean intact() {
    return firstBrokenEventId == null && problem == null;
  }
}
