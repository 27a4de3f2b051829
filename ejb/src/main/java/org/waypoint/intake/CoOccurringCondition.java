package org.waypoint.intake;

/** Conditions recorded alongside self-harm at intake. */
public enum CoOccurringCondition {
  DEPRESSION("Depression"),
  ANXIETY("Anxiety"),
  BIPOLAR("Bipolar disorder"),
  PTSD("PTSD"),
  SUBSTANCE_USE("Substance use");

  private final String label;

  CoOccurringCondition(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
