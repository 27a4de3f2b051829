package org.waypoint.precaution;

import org.waypoint.center.Wording;

/** How closely staff watch a client, least close first. */
public enum ObservationLevel {
  ROUTINE,
  EVERY_15_MINUTES,
  ONE_TO_ONE;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
