package org.waypoint.precaution;

/** The kinds of precaution. */
public enum PrecautionKind {
  OBSERVATION("Observation level"),
  SHARPS("Sharps restriction"),
  OTHER("Other precaution");

  private final String label;

  PrecautionKind(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
