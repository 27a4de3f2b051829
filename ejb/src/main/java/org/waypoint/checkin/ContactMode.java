package org.waypoint.checkin;

/** How a check-in was done. */
public enum ContactMode {
  IN_SESSION("In session"),
  PHONE("By phone");

  private final String label;

  ContactMode(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
