package org.waypoint.note;

import org.waypoint.center.Wording;

/** Where a note stands, as lists show it and filter on it. */
public enum NoteState {
  /** Being written; changeable, saved as it is typed. */
  DRAFT,
  /** Signed by a clinician in training; waits for a supervisor. */
  AWAITING_CO_SIGNATURE,
  /** Signed and final. */
  SIGNED,
  /** Signed, and co-signed by a supervisor. */
  CO_SIGNED,
  /** Signed, then returned by a supervisor; its author writes the next version. */
  RETURNED;

  /**
   * @return the name shown on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
