package org.waypoint.discharge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When the follow-up calls after a discharge are due, as plain rules: one call per configured day
 * count after the discharge date ({@code waypoint.followup.days}, {@link
 * org.waypoint.center.CenterSettings#followUpDays()}; default {@value #DEFAULT}: within 72 hours,
 * then weekly for four weeks).
 */
public final class FollowUpSchedule {

  /** The default days after discharge. */
  public static final String DEFAULT = "3,7,14,21,28";

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
