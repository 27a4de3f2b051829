package org.waypoint.client;

import org.waypoint.center.Wording;

/** The languages Waypoint prints client-facing documents in. */
public enum Language {
  EN,
  ES;

  /**
   * @return the language's name on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
