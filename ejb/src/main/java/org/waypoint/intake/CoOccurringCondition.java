package org.waypoint.intake;

import org.waypoint.center.Wording;

/** Conditions recorded alongside self-harm at intake. */
public enum CoOccurringCondition {
  DEPRESSION,
  ANXIETY,
  BIPOLAR,
  PTSD,
  SUBSTANCE_USE;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
