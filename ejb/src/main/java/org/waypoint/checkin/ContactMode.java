package org.waypoint.checkin;

import org.waypoint.center.Wording;

/** How a check-in was done. */
public enum ContactMode {
  IN_SESSION,
  PHONE;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
