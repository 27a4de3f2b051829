package org.waypoint.risk;

/** What produced a risk level. */
public enum RiskSource {
  INTAKE_SCREENING("Intake screening"),
  CHECK_IN("Check-in");

  private final String label;

  RiskSource(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
