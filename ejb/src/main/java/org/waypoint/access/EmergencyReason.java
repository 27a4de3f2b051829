package org.waypoint.access;

/** Why a user opened a chart they do not ordinarily reach. */
public enum EmergencyReason {
  CRISIS("The client is in crisis and I am responding"),
  COVERING("I am covering for the client's clinician"),
  CONTINUITY("The client's care is being handed to me"),
  OTHER("Another reason (explain below)");

  private final String label;

  EmergencyReason(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
