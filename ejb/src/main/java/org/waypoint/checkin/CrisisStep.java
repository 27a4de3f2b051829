package org.waypoint.checkin;

/** The crisis checklist shown with an Imminent level: what staff do now, in this order. */
public enum CrisisStep {
  STAY_WITH_CLIENT("Someone stays with the client; the client is not left alone"),
  SUPERVISOR_INFORMED("The supervisor on duty is informed"),
  MEANS_REMOVED("Means are removed or secured (sharps, medication, ligatures)"),
  EMERGENCY_SERVICES(
      "Emergency services are called when needed (911, or the nearest emergency" + " department)");

  private final String label;

  CrisisStep(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
