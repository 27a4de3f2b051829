package org.waypoint.risk;

/** How urgently a client needs attention, lowest first. */
public enum RiskLevel {
  LOW("Low"),
  MODERATE("Moderate"),
  HIGH("High"),
  IMMINENT("Imminent");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens and reports
   */
  public String label() {
    return label;
  }

  /**
   * @param other another level
   * @return whether this level is higher than the other
   */
  public boolean isAbove(RiskLevel other) {
    return compareTo(other) > 0;
  }
}
