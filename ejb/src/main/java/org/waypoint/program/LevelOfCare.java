package org.waypoint.program;

/** How intensive a program's care is, most intensive first. */
public enum LevelOfCare {
  RESIDENTIAL("Residential"),
  PARTIAL_HOSPITALIZATION("Partial Hospitalization"),
  INTENSIVE_OUTPATIENT("Intensive Outpatient"),
  OUTPATIENT("Outpatient");

  private final String label;

  LevelOfCare(String label) {
    this.label = label;
  }

  /**
   * @return the wording used on screens and in reports
   */
  public String label() {
    return label;
  }
}
