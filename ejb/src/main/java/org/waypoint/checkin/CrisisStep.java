package org.waypoint.checkin;

import org.waypoint.center.Wording;

/** The crisis checklist shown with an Imminent level: what staff do now, in this order. */
public enum CrisisStep {
  STAY_WITH_CLIENT,
  SUPERVISOR_INFORMED,
  MEANS_REMOVED,
  EMERGENCY_SERVICES;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
