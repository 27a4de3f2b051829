package org.waypoint.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When follow-up calls are due after a discharge, and when one is missed. */
class FollowUpScheduleTest {

  private static final LocalDate DISCHARGED = LocalDate.of(2026, 2, 26);

  /**
   * @param days the configured days after discharge
   * @param dues the due dates expected, separated by spaces
   */
  @ParameterizedTest(name = "days {0}")
  @CsvSource({
    "'3,7,14,21,28', 2026-03-01 2026-03-05 2026-03-12 2026-03-19 2026-03-26",
    "'1', 2026-02-27",
    "'2,30', 2026-02-28 2026-03-28",
  })
  void oneCallPerConfiguredDayAfterTheDischarge(String days, String dues) {
    List<Integer> counts = java.util.Arrays.stream(days.split(",")).map(Integer::parseInt).toList();
    List<FollowUpSchedule.Due> calls = FollowUpSchedule.calls(DISCHARGED, counts);
    assertEquals(List.of(dues.split(" ")), calls.stream().map(c -> c.due().toString()).toList());
    for (int i = 0; i < calls.size(); i++) {
      assertEquals(i + 1, calls.get(i).number());
      assertEquals(counts.get(i), calls.get(i).days());
    }
  }

  /**
   * @param dueOffset the due date's offset from today
   * @param recorded whether the call is recorded
   * @param missed whether it is missed
   */
  @ParameterizedTest(name = "due today{0}, recorded {1}: missed {2}")
  @CsvSource({
    "0, false, false", // due today: until the end of the day
    "-1, false, true",
    "-1, true, false",
    "-10, false, true",
    "3, false, false",
  })
  void aCallNotRecordedByTheEndOfItsDayIsMissed(int dueOffset, boolean recorded, boolean missed) {
    LocalDate today = LocalDate.of(2026, 3, 10);
    assertEquals(missed, FollowUpSchedule.missed(today.plusDays(dueOffset), recorded, today));
  }
}
