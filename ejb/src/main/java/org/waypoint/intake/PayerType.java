package org.waypoint.intake;

import org.waypoint.center.Wording;

/** Who pays for the client's care. */
public enum PayerType {
  PRIVATE,
  MEDICAID,
  SELF_PAY;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
