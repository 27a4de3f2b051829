package org.waypoint.risk;

import org.waypoint.center.Wording;

/** How urgently a client needs attention, lowest first. */
public enum RiskLevel {
  LOW,
  MODERATE,
  HIGH,
  IMMINENT;

  /**
   * How often a client at this level is checked in with: Imminent and High daily, Moderate twice a
   * week, Low weekly.
   *
   * @return the longest time from one check-in to the next
   */
  public java.time.Duration checkInEvery() {
    return switch (this) {
      case IMMINENT, HIGH -> java.time.Duration.ofDays(1);
      case MODERATE -> java.time.Duration.ofHours(84);
      case LOW -> java.time.Duration.ofDays(7);
    };
  }

  /**
   * @return how often, in words
   */
  public String cadence() {
    return switch (this) {
      case IMMINENT, HIGH -> Wording.text("risk.cadence.daily");
      case MODERATE -> Wording.text("risk.cadence.twiceAWeek");
      case LOW -> Wording.text("risk.cadence.weekly");
    };
  }

  /**
   * @return the wording on screens and reports
   */
  public String label() {
    return Wording.label(this);
  }

  /**
   * @param other another level
   * @return whether this level is higher than the other
   */
  public boolean isAbove(RiskLevel other) {
    return compareTo(other) > 0;
  }
}
