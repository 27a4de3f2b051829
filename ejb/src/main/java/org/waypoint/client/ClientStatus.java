package org.waypoint.client;

/** Where a client is in their care at the center. */
public enum ClientStatus {
  REFERRED("Referred"),
  ACTIVE("Active"),
  DISCHARGED("Discharged");

  private final String label;

  ClientStatus(String label) {
    this.label = label;
  }

  /**
   * @return the wording used on screens and in reports
   */
  public String label() {
    return label;
  }
}
