package org.waypoint.intake;

/** Where an intake stands. */
public enum IntakeStatus {
  IN_PROGRESS("In progress"),
  ADMITTED("Admitted"),
  WITHDRAWN("Closed without admission");

  private final String label;

  IntakeStatus(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
