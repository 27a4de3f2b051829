package org.waypoint.discharge;

import org.waypoint.center.Wording;

/** Why and how a client leaves the center's care. */
public enum DischargeKind {
  /** planned with the client */
  PLANNED,
  /** the client leaves against clinical advice */
  AGAINST_ADVICE,
  /** to another service or level of care */
  TRANSFER,
  /** for administrative reasons */
  ADMINISTRATIVE;

  /**
   * @return the wording used on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
