package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A group session as its facilitators' list shows it: never the attendees' names.
 *
 * @param id the group session
 * @param programName its program
 * @param topic its topic, or {@code null}
 * @param contactDate its date, or {@code null}
 * @param startTime when it started, or {@code null}
 * @param endTime when it ended, or {@code null}
 * @param attendees how many clients attended
 * @param createdAt when the draft was started
 * @param signedAt when it was signed, or {@code null} for a draft
 */
public record GroupSummary(
    long id,
    String programName,
    String topic,
    LocalDate contactDate,
    LocalTime startTime,
    LocalTime endTime,
    long attendees,
    Instant createdAt,
    Instant signedAt)
    implements Serializable {

  /**
   * @return whether it is signed
   */
  public boolean signed() {
    return signedAt != null;
  }
}
