package org.waypoint.risk;

import org.waypoint.center.Wording;

/** The warning signs a check-in rates, each from 0 (not at all) to 4 (extremely). */
public enum WarningSign {
  HOPELESSNESS,
  SELF_HARM_THOUGHTS,
  AVOIDING_PEOPLE,
  HARSH_SELF_TALK,
  SLEEP_CHANGE,
  APPETITE_CHANGE;

  /** The highest rating. */
  public static final int MAX = 4;

  /**
   * @param ratings one rating per sign, in declaration order ({@code null} for one not rated)
   * @return the ratings by sign
   */
  public static java.util.Map<WarningSign, Integer> ratings(Integer... ratings) {
    java.util.Map<WarningSign, Integer> map = new java.util.EnumMap<>(WarningSign.class);
    for (WarningSign sign : values()) {
      map.put(sign, ratings[sign.ordinal()]);
    }
    return map;
  }

  /**
   * @param ratings ratings by sign
   * @return them added up, 0 to 24: the warning-sign score the trend chart draws
   */
  public static int score(java.util.Map<WarningSign, Integer> ratings) {
    return ratings.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
