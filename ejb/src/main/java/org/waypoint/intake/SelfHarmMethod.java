package org.waypoint.intake;

/** The categories of self-harm a client has used, named plainly and without detail. */
public enum SelfHarmMethod {
  CUTTING("Cutting or scratching"),
  BURNING("Burning"),
  HITTING("Hitting or banging"),
  SKIN_PICKING("Picking skin or pulling hair"),
  INGESTION("Swallowing substances or objects, overdose"),
  OTHER("Another way");

  private final String label;

  SelfHarmMethod(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
