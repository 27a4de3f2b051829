package org.waypoint.intake;

import org.waypoint.center.Wording;

/** Where an intake stands. */
public enum IntakeStatus {
  IN_PROGRESS,
  ADMITTED,
  WITHDRAWN;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
