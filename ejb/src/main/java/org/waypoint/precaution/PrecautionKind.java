package org.waypoint.precaution;

import org.waypoint.center.Wording;

/** The kinds of precaution. */
public enum PrecautionKind {
  OBSERVATION,
  SHARPS,
  OTHER;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
