package org.waypoint.risk;

/** The warning signs a check-in rates, each from 0 (not at all) to 4 (extremely). */
public enum WarningSign {
  HOPELESSNESS("Hopelessness"),
  SELF_HARM_THOUGHTS("Preoccupied with thoughts of self-harm"),
  AVOIDING_PEOPLE("Avoiding people"),
  HARSH_SELF_TALK("Harsh self-talk"),
  SLEEP_CHANGE("Change in sleep"),
  APPETITE_CHANGE("Change in appetite");

  /** The highest rating. */
  public static final int MAX = 4;

  private final String label;

  WarningSign(String label) {
    this.label = label;
  }

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
    return label;
  }
}
