package org.waypoint.safetyplan;

/** How the client acknowledged a version of their plan. */
public enum Acknowledgement {
  SIGNED("Signed by the client on screen"),
  VERBAL("Acknowledged verbally"),
  NOT_YET("Not yet acknowledged");

  private final String label;

  Acknowledgement(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens and in print
   */
  public String label() {
    return label;
  }
}
