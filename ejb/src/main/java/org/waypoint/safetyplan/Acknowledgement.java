package org.waypoint.safetyplan;

import org.waypoint.center.Wording;

/** How the client acknowledged a version of their plan. */
public enum Acknowledgement {
  SIGNED,
  VERBAL,
  NOT_YET;

  /**
   * @return the wording on screens and in print
   */
  public String label() {
    return Wording.label(this);
  }
}
