package org.waypoint.program;

import org.waypoint.center.Wording;

/** How intensive a program's care is, most intensive first. */
public enum LevelOfCare {
  RESIDENTIAL,
  PARTIAL_HOSPITALIZATION,
  INTENSIVE_OUTPATIENT,
  OUTPATIENT;

  /**
   * @return the wording used on screens and in reports
   */
  public String label() {
    return Wording.label(this);
  }
}
