package org.waypoint.risk;

import org.waypoint.center.Wording;

/** How the latest risk level compares with the one before it. */
public enum RiskTrend {
  FIRST,
  RISING,
  STEADY,
  FALLING;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }

  /**
   * @param latest the latest level
   * @param previous the level before it, or {@code null} when there is none
   * @return the trend
   */
  public static RiskTrend between(RiskLevel latest, RiskLevel previous) {
    if (previous == null) {
      return FIRST;
    }
    return latest.isAbove(previous) ? RISING : previous.isAbove(latest) ? FALLING : STEADY;
  }
}
