package org.waypoint.intake;

/** How often self-harm happened in the months before intake. */
public enum SelfHarmFrequency {
  ONCE("Once"),
  LESS_THAN_MONTHLY("Less than once a month"),
  MONTHLY("About monthly"),
  WEEKLY("About weekly"),
  SEVERAL_WEEKLY("Several times a week"),
  DAILY("Daily or more");

  private final String label;

  SelfHarmFrequency(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
