package org.waypoint.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where the scheduled verification of the audit trail stands, for the administrators' dashboard.
 *
 * @param lastCheckedAt when the trail was last verified, or {@code null} when never
 * @param broken whether that latest verification found an event that does not match
 * @param brokenEventId the first event that does not match, when broken (may be {@code null} when
 *     what is wrong is a chain rather than an event)
 * @param brokenSince when the verifications began to find it broken: the first broken check after
 *     the last one that passed; {@code null} when not broken
 * @param lastIntactAt when a verification last found the trail intact, or {@code null} when never
 * @param eventsChecked how many events the latest verification checked
 */
public record AuditIntegrityStatus(
    Instant lastCheckedAt,
    boolean broken,
    Long brokenEventId,
    Instant brokenSince,
    Instant lastIntactAt,
    long eventsChecked)
    implements Serializable {

  /**
   * @return whether the trail has been verified at all
   */
  public boolean checked() {
    return lastCheckedAt != null;
  }
}
