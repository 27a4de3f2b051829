package org.waypoint.risk;

/** Substance use since the last check-in. */
public enum SubstanceUse {
  NONE("None"),
  USED("Used"),
  INTOXICATED("Intoxicated now"),
  WITHDRAWAL("In withdrawal");

  private final String label;

  SubstanceUse(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
