package org.waypoint.client;

import org.waypoint.center.Wording;

/** Where a client is in their care at the center. */
public enum ClientStatus {
  REFERRED,
  ACTIVE,
  DISCHARGED;

  /**
   * @return the wording used on screens and in reports
   */
  public String label() {
    return Wording.label(this);
  }
}
