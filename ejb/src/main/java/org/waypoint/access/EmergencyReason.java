package org.waypoint.access;

import org.waypoint.center.Wording;

/** Why a user opened a chart they do not ordinarily reach. */
public enum EmergencyReason {
  CRISIS,
  COVERING,
  CONTINUITY,
  OTHER;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
