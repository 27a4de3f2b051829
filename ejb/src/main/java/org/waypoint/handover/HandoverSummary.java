package org.waypoint.handover;

import java.time.Instant;
import org.waypoint.center.Shift;

/**
 * A past handover of a program, as the history lists it.
 *
 * @param id the handover
 * @param shift the shift it was given for
 * @param givenBy the giver's display name
 * @param givenAt when it was given
 * @param clients how many clients it covered
 * @param acknowledgedBy the receiver's display name, or {@code null} while not acknowledged
 * @param acknowledgedAt when, or {@code null}
 * @param late whether it was acknowledged more than an hour after the shift started, or is still
 *     not acknowledged an hour after it
 */
public record HandoverSummary(
    long id,
    Shift shift,
    String givenBy,
    Instant givenAt,
    int clients,
    String acknowledgedBy,
    Instant acknowledgedAt,
    boolean late) {}
