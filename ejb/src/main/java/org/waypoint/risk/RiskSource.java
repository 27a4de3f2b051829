package org.waypoint.risk;

import org.waypoint.center.Wording;

/** What produced a risk level. */
public enum RiskSource {
  INTAKE_SCREENING,
  CHECK_IN;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
