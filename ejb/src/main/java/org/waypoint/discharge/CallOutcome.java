package org.waypoint.discharge;

import org.waypoint.center.Wording;

/** How a follow-up call went. */
public enum CallOutcome {
  /** the client was reached; the call records a phone check-in */
  REACHED,
  /** a message was left */
  MESSAGE_LEFT,
  /** nobody answered and no message could be left */
  NOT_REACHED;

  /**
   * @return the wording used on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
