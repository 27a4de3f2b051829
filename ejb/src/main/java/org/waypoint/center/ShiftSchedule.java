package org.waypoint.center;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.waypoint.kernel.InvalidInputException;

/**
 * The center's shifts: their start times in the center's time zone, each shift ending when the next
 * begins (the last one of the day crosses midnight). Pure: built from the configuration ({@code
 * waypoint.shifts}) by {@link CenterSettings#shifts()}, or directly in tests.
 */
public final class ShiftSchedule {

  /** The demo's shifts: day, evening, night. */
  public static final String DEFAULT = "07:00,15:00,23:00";

  /** The field a refused shift key is reported on. */
  public static final String SHIFT_FIELD = "shift";

  private final List<LocalTime> starts;
  private final ZoneId zone;

  /**
   * @param starts the start times, at least one, all different
   * @param zone the center's time zone
   */
  public ShiftSchedule(List<LocalTime> starts, ZoneId zone) {
    TreeSet<LocalTime> sorted = new TreeSet<>(starts);
    if (sorted.isEmpty() || sorted.size() != starts.size()) {
      throw new IllegalArgumentException("shift start times must be given once each: " + starts);
    }
    this.starts = List.copyOf(sorted);
    this.zone = java.util.Objects.requireNonNull(zone, "zone");
  }

  /**
   * @param configured the start times as configured, e.g. {@code 07:00,15:00,23:00}
   * @param zone the center's time zone
   * @return the schedule
   * @throws IllegalStateException when the setting is not a list of distinct times
   */
  public static ShiftSchedule parse(String configured, ZoneId zone) {
    List<LocalTime> times = new ArrayList<>();
    try {
      for (String part : configured.split(",")) {
        times.add(LocalTime.parse(part.trim()));
      }
      return new ShiftSchedule(times, zone);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "waypoint.shifts must list distinct start times such as " + DEFAULT + ": " + configured,
          e);
    }
  }

  /**
   * @return the start times, earliest first
   */
  public List<LocalTime> starts() {
    return starts;
  }

  /**
   * @return the center's time zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * @param date a day
   * @return the shifts that start on that day, earliest first
   */
  public List<Shift> on(LocalDate date) {
    List<Shift> shifts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      shifts.add(new Shift(date, starts.get(i), starts.get((i + 1) % starts.size())));
    }
    return shifts;
  }

  /**
   * @param at a moment
   * @return the shift under way at that moment
   */
  public Shift at(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    Shift found = null;
    for (LocalDate d = day.minusDays(1); !d.isAfter(day.plusDays(1)); d = d.plusDays(1)) {
      for (Shift s : on(d)) {
        if (!s.startsAt(zone).isAfter(at)) {
          found = s;
        }
      }
    }
    return found;
  }

  /**
   * @param now the moment
   * @return the shift under way now
   */
  public Shift current(Instant now) {
    return at(now);
  }

  /**
   * @param shift a shift of this schedule
   * @return the one that follows it
   */
  public Shift next(Shift shift) {
    int i = index(shift);
    return i + 1 < starts.size()
        ? on(shift.date()).get(i + 1)
        : on(shift.date().plusDays(1)).get(0);
  }

  /**
   * @param shift a shift of this schedule
   * @return the one before it
   */
  public Shift previous(Shift shift) {
    int i = index(shift);
    return i > 0
        ? on(shift.date()).get(i - 1)
        : on(shift.date().minusDays(1)).get(starts.size() - 1);
  }

  /**
   * @param key a shift key, e.g. {@code 2026-11-30T15:00}
   * @return the shift it names
   * @throws InvalidInputException (field {@value #SHIFT_FIELD}) when it is not a date and time, or
   *     the time is not the start of a configured shift
   */
  public Shift parse(String key) {
    LocalDateTime start;
    try {
      start = Shift.parseKey(key == null ? "" : key.trim());
    } catch (DateTimeException e) {
      throw refused();
    }
    int i = starts.indexOf(start.toLocalTime());
    if (i < 0) {
      throw refused();
    }
    return on(start.toLocalDate()).get(i);
  }

  private int index(Shift shift) {
    int i = starts.indexOf(shift.start());
    if (i < 0) {
      throw new IllegalArgumentException("not a shift of this schedule: " + shift);
    }
    return i;
  }

  private static InvalidInputException refused() {
    return new InvalidInputException(Map.of(SHIFT_FIELD, Wording.text("center.shift.unknown")));
  }
}
