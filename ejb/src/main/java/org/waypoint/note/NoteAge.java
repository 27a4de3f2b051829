package org.waypoint.note;

import java.time.Duration;
import java.time.Instant;
import org.waypoint.center.Wording;

/** How long something on a work list has waited, in words: hours under two days, then days. */
public final class NoteAge {

  private NoteAge() {}

  /**
   * @param since when the wait began
   * @param now now
   * @return e.g. "under an hour", "5 hours", "3 days"
   */
  public static String of(Instant since, Instant now) {
    Duration waited = Duration.between(since, now);
    long hours = Math.max(0, waited.toHours());
    if (hours < 1) {
      return Wording.text("note.age.underAnHour");
    }
    if (hours < 48) {
      return Wording.text("note.age.hours", hours, String.valueOf(hours));
    }
    long days = waited.toDays();
    return Wording.text("note.age.days", days, String.valueOf(days));
  }

  /**
   * @param since when the wait began
   * @param now now
   * @param hours a limit
   * @return whether more than that many hours have passed
   */
  public static boolean olderThan(Instant since, Instant now, long hours) {
    return since != null && Duration.between(since, now).compareTo(Duration.ofHours(hours)) > 0;
  }
}
