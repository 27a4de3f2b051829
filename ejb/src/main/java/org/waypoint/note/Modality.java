package org.waypoint.note;

import org.waypoint.center.Wording;

/** How the contact took place. */
public enum Modality {
  INDIVIDUAL,
  GROUP,
  FAMILY,
  CRISIS,
  PHONE;

  /**
   * @return the name shown on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
