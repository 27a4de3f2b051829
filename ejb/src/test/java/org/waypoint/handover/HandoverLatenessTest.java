package org.waypoint.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.center.Shift;

/**
 * When a handover is late: not given, with clients present, or given and not acknowledged, more
 * than an hour after its shift's start; an acknowledgement made after that hour stays late in the
 * history.
 */
class HandoverLatenessTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final Shift EVENING =
      new Shift(LocalDate.of(2026, 11, 30), LocalTime.of(15, 0), LocalTime.of(23, 0));

  private static Instant at(String time) {
    return time.equals("-")
        ? null
        : ZonedDateTime.of(LocalDate.of(2026, 11, 30), LocalTime.parse(time), CHICAGO).toInstant();
  }

  @ParameterizedTest(name = "given={0} clients={1} acknowledged={2} now={3}: late={4}")
  @CsvSource({
    // not given: late an hour after the start, if anyone is there to hand over
    "false, 3, -,     15:59, false",
    "false, 3, -,     16:00, false",
    "false, 3, -,     16:01, true",
    "false, 0, -,     18:00, false",
    // given, not acknowledged
    "true,  3, -,     15:30, false",
    "true,  3, -,     16:01, true",
    "true,  0, -,     16:01, true",
    // given and acknowledged: late only if acknowledged after the hour
    "true,  3, 15:05, 22:00, false",
    "true,  3, 16:00, 22:00, false",
    "true,  3, 16:30, 22:00, true"
  })
  void aHandoverIsLateAnHourAfterItsShiftStarts(
      boolean given, long clients, String acknowledged, String now, boolean late) {
    assertEquals(
        late, HandoverStore.late(EVENING, CHICAGO, at(acknowledged), given, clients, at(now)));
  }
}
