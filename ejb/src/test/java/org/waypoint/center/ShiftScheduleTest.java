package org.waypoint.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waypoint.kernel.InvalidInputException;

/**
 * The center's shifts: each ends when the next begins, the night shift crosses midnight, keys name
 * configured starts only, and daylight-saving days make a shift an hour shorter or longer.
 */
class ShiftScheduleTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ShiftSchedule DEMO = ShiftSchedule.parse(ShiftSchedule.DEFAULT, CHICAGO);

  private static Instant at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, CHICAGO).toInstant();
  }

  private static Shift shift(int year, int month, int day, String start, String end) {
    return new Shift(LocalDate.of(year, month, day), LocalTime.parse(start), LocalTime.parse(end));
  }

  @Test
  void theDemoHasADayAnEveningAndANightShift() {
    assertEquals(
        List.of(LocalTime.of(7, 0), LocalTime.of(15, 0), LocalTime.of(23, 0)), DEMO.starts());
    assertEquals(
        List.of(
            shift(2026, 11, 30, "07:00", "15:00"),
            shift(2026, 11, 30, "15:00", "23:00"),
            shift(2026, 11, 30, "23:00", "07:00")),
        DEMO.on(LocalDate.of(2026, 11, 30)));
  }

  @Test
  void theCurrentShiftIsTheOneUnderWay() {
    assertEquals(shift(2026, 11, 30, "07:00", "15:00"), DEMO.current(at(2026, 11, 30, 7, 0)));
    assertEquals(shift(2026, 11, 30, "07:00", "15:00"), DEMO.current(at(2026, 11, 30, 14, 59)));
    assertEquals(shift(2026, 11, 30, "15:00", "23:00"), DEMO.current(at(2026, 11, 30, 15, 0)));
    assertEquals(shift(2026, 11, 30, "23:00", "07:00"), DEMO.current(at(2026, 11, 30, 23, 30)));
  }

  @Test
  void afterMidnightTheNightShiftStillBelongsToTheDayItStarted() {
    Shift night = DEMO.current(at(2026, 12, 1, 3, 0));
    assertEquals(shift(2026, 11, 30, "23:00", "07:00"), night);
    assertTrue(night.crossesMidnight());
    assertEquals(LocalDate.of(2026, 12, 1), night.endDate());
    assertEquals(at(2026, 11, 30, 23, 0), night.startsAt(CHICAGO));
    assertEquals(at(2026, 12, 1, 7, 0), night.endsAt(CHICAGO));
    assertEquals("2026-11-30T23:00", night.key());
  }

  @Test
  void nextAndPreviousWalkAcrossDays() {
    Shift day = shift(2026, 11, 30, "07:00", "15:00");
    Shift night = shift(2026, 11, 30, "23:00", "07:00");
    assertEquals(shift(2026, 11, 30, "15:00", "23:00"), DEMO.next(day));
    assertEquals(shift(2026, 12, 1, "07:00", "15:00"), DEMO.next(night));
    assertEquals(shift(2026, 11, 29, "23:00", "07:00"), DEMO.previous(day));
    assertEquals(day, DEMO.previous(DEMO.next(day)));
    assertEquals(night.endsAt(CHICAGO), DEMO.next(night).startsAt(CHICAGO));
  }

  @Test
  void aKeyNamesAConfiguredShift() {
    assertEquals(shift(2026, 11, 30, "15:00", "23:00"), DEMO.parse("2026-11-30T15:00"));
    assertEquals(shift(2026, 11, 30, "23:00", "07:00"), DEMO.parse("2026-11-30T23:00"));
    Shift s = DEMO.parse("2027-02-28T07:00");
    assertEquals(s, DEMO.parse(s.key()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-30T16:00",
        "2026-11-30T15:00:00",
        "2026-11-31T15:00",
        "2026-11-30 15:00",
        "tomorrow",
        "",
        "2026-11-30T15:00'; drop table handover"
      })
  void aKeyThatIsNoConfiguredShiftStartIsRefused(String key) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DEMO.parse(key));
    assertEquals(
        Wording.text("center.shift.unknown"), e.fieldErrors().get(ShiftSchedule.SHIFT_FIELD));
  }

  @Test
  void aMissingKeyIsRefusedToo() {
    assertThrows(InvalidInputException.class, () -> DEMO.parse((String) null));
  }

  @Test
  void theNightShiftIsAnHourShorterWhenClocksGoForward() {
    // 8 March 2026: 2:00 becomes 3:00 in Chicago
    Shift night = shift(2026, 3, 7, "23:00", "07:00");
    assertEquals(
        Duration.ofHours(7), Duration.between(night.startsAt(CHICAGO), night.endsAt(CHICAGO)));
    assertEquals(night, DEMO.current(at(2026, 3, 8, 3, 30)));
    assertEquals(shift(2026, 3, 8, "07:00", "15:00"), DEMO.current(at(2026, 3, 8, 7, 0)));
  }

  @Test
  void theNightShiftIsAnHourLongerWhenClocksGoBack() {
    // 1 November 2026: 2:00 becomes 1:00 again in Chicago
    Shift night = shift(2026, 10, 31, "23:00", "07:00");
    assertEquals(
        Duration.ofHours(9), Duration.between(night.startsAt(CHICAGO), night.endsAt(CHICAGO)));
    Instant secondOneThirty = at(2026, 11, 1, 1, 30).plus(Duration.ofHours(1));
    assertEquals(night, DEMO.current(secondOneThirty));
    assertEquals(night, DEMO.current(at(2026, 11, 1, 6, 59)));
  }

  @Test
  void aShiftStartingInTheSkippedHourStartsWhenTheClockJumps() {
    ShiftSchedule early = ShiftSchedule.parse("02:30,14:30", CHICAGO);
    Shift s = shift(2026, 3, 8, "02:30", "14:30");
    assertEquals(at(2026, 3, 8, 3, 30), s.startsAt(CHICAGO));
    assertEquals(shift(2026, 3, 7, "14:30", "02:30"), early.current(at(2026, 3, 8, 1, 59)));
    assertEquals(s, early.current(at(2026, 3, 8, 3, 30)));
    assertEquals(Duration.ofHours(11), Duration.between(s.startsAt(CHICAGO), s.endsAt(CHICAGO)));
  }

  @Test
  void everyMomentOfADaylightSavingDayFallsInExactlyOneShift() {
    for (LocalDate day : List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1))) {
      Instant from = day.atStartOfDay(CHICAGO).toInstant();
      for (Instant t = from; t.isBefore(from.plus(Duration.ofHours(26))); t = t.plusSeconds(900)) {
        Shift s = DEMO.current(t);
        assertTrue(s.contains(t, CHICAGO), t + " in " + s);
        assertFalse(DEMO.next(s).contains(t, CHICAGO));
        assertFalse(DEMO.previous(s).contains(t, CHICAGO));
      }
    }
  }

  @Test
  void oneShiftADayRunsFromStartToStart() {
    ShiftSchedule one = ShiftSchedule.parse("08:00", CHICAGO);
    Shift s = one.current(at(2026, 11, 30, 9, 0));
    assertEquals(shift(2026, 11, 30, "08:00", "08:00"), s);
    assertEquals(at(2026, 12, 1, 8, 0), s.endsAt(CHICAGO));
    assertEquals(shift(2026, 12, 1, "08:00", "08:00"), one.next(s));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "07:00,07:00", "7am", "07:00;15:00", "25:00"})
  void aBadSettingStopsTheServerWithTheSettingsName(String setting) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ShiftSchedule.parse(setting, CHICAGO));
    assertTrue(e.getMessage().contains("waypoint.shifts"), e.getMessage());
  }

  @Test
  void startsAreSortedWhateverTheOrderConfigured() {
    ShiftSchedule s = ShiftSchedule.parse(" 23:00, 07:00 ,15:00", CHICAGO);
    assertEquals(DEMO.starts(), s.starts());
  }
}
