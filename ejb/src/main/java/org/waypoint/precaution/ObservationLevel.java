package org.waypoint.precaution;

/** How closely staff watch a client, least close first. */
public enum ObservationLevel {
  ROUTINE("Routine"),
  EVERY_15_MINUTES("Every 15 minutes"),
  ONE_TO_ONE("One-to-one");

  private final String label;

  ObservationLevel(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
