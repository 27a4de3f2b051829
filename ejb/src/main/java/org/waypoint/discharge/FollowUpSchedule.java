package org.waypoint.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * When the follow-up calls after a discharge are due, as plain rules: one call per configured day
 * count after the discharge date ({@code waypoint.followup.days}, default {@value #DEFAULT}: within
 * 72 hours, then weekly for four weeks).
 */
public final class FollowUpSchedule {

  /** The default days after discharge. */
  public static final String DEFAULT = "3,7,14,21,28";

  /** The most days after discharge a call may be set. */
  public static final int MAX_DAYS = 365;

  private FollowUpSchedule() {}

  /**
   * One call to make.
   *
   * @param number its place in the series, from 1
   * @param days days after the discharge date
   * @param due the day it is due
   */
  public record Due(int number, int days, LocalDate due) {}

  /**
   * @param setting a comma-separated list of day counts, e.g. {@code 3,7,14,21,28}
   * @return the day counts, ascending, without repeats
   * @throws IllegalArgumentException when one is not a whole number from 1 to {@value #MAX_DAYS},
   *     or none is given
   */
  public static List<Integer> parse(String setting) {
    TreeSet<Integer> days = new TreeSet<>();
    for (String part : setting.split(",")) {
      String value = part.trim();
      if (value.isEmpty()) {
        continue;
      }
      int day;
      try {
        day = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number of days: " + value, e);
      }
      if (day < 1 || day > MAX_DAYS) {
        throw new IllegalArgumentException("days must be from 1 to " + MAX_DAYS + ": " + value);
      }
      days.add(day);
    }
    if (days.isEmpty()) {
      throw new IllegalArgumentException("no days given: " + setting);
    }
    return List.copyOf(days);
  }

  /**
   * @param discharge the discharge date
   * @param days the day counts after it, ascending
   * @return the calls, earliest first
   */
  public static List<Due> calls(LocalDate discharge, List<Integer> days) {
    List<Due> calls = new ArrayList<>();
    int number = 1;
    for (int day : days) {
      calls.add(new Due(number++, day, discharge.plusDays(day)));
    }
    return calls;
  }

  /**
   * @param due the day a call is due
   * @param recorded whether its outcome is recorded
   * @param today the center's date
   * @return whether it is missed: not recorded by the end of its due date
   */
  public static boolean missed(LocalDate due, boolean recorded, LocalDate today) {
    return !recorded && due.isBefore(today);
  }
}
