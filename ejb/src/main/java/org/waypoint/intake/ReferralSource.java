package org.waypoint.intake;

import org.waypoint.center.Wording;

/** Who referred the client. */
public enum ReferralSource {
  SELF,
  FAMILY,
  PRIMARY_CARE,
  HOSPITAL,
  MENTAL_HEALTH,
  SCHOOL,
  COURT,
  OTHER;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
