package org.waypoint.discharge;

import org.waypoint.center.Wording;

/** Where a discharge plan is. */
public enum DischargeState {
  /** being prepared; anyone of the care team edits it */
  DRAFT,
  /** approved by a supervisor: frozen; the client is discharged on its date */
  APPROVED,
  /** done: the client was discharged on its date (kept when the client is admitted again) */
  COMPLETED;

  /**
   * @return the wording used on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
