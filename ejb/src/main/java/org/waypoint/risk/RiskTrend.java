package org.waypoint.risk;

/** How the latest risk level compares with the one before it. */
public enum RiskTrend {
  FIRST("First assessment"),
  RISING("Rising"),
  STEADY("Steady"),
  FALLING("Falling");

  private final String label;

  RiskTrend(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
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
