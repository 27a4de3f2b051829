package org.waypoint.handover;

import java.time.Instant;
import org.waypoint.center.Shift;

/**
 * A handover a supervisor should look at: one of their programs' shifts started more than an hour
 * ago and its handover was not given, or was given and not acknowledged.
 *
 * @param programId the program
 * @param programName its name
 * @param shift the shift
 * @param kind what is late
 * @param handoverId the given handover, or {@code null} when none was given
 * @param givenBy the giver's display name, or {@code null}
 * @param givenAt when it was given, or {@code null}
 * @param clientsPresent how many clients the program has now
 */
public record LateHandover(
    long programId,
    String programName,
    Shift shift,
    Kind kind,
    Long handoverId,
    String givenBy,
    Instant givenAt,
    long clientsPresent) {

  /** What is late. */
  public enum Kind {
    /** no handover was given for the shift, though the program has clients */
    NOT_GIVEN,
    /** given, but nobody acknowledged it within an hour of the shift's start */
    NOT_ACKNOWLEDGED
  }
}
