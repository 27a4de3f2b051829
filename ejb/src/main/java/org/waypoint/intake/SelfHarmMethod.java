package org.waypoint.intake;

import org.waypoint.center.Wording;

/** The categories of self-harm a client has used, named plainly and without detail. */
public enum SelfHarmMethod {
  CUTTING,
  BURNING,
  HITTING,
  SKIN_PICKING,
  INGESTION,
  OTHER;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
