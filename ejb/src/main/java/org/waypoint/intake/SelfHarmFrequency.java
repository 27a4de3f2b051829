package org.waypoint.intake;

import org.waypoint.center.Wording;

/** How often self-harm happened in the months before intake. */
public enum SelfHarmFrequency {
  ONCE,
  LESS_THAN_MONTHLY,
  MONTHLY,
  WEEKLY,
  SEVERAL_WEEKLY,
  DAILY;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
