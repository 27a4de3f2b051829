package org.waypoint.risk;

import org.waypoint.center.Wording;

/** Substance use since the last check-in. */
public enum SubstanceUse {
  NONE,
  USED,
  INTOXICATED,
  WITHDRAWAL;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
