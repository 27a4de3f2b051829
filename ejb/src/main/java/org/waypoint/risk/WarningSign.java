package org.waypoint.risk;

/** The warning signs a check-in rates, each from 0 (not at all) to 4 (extremely). */
public enum WarningSign {
  HOPELESSNESS("Hopelessness"),
  SELF_HARM_THOUGHTS("Preoccupied with thoughts of self-harm"),
  AVOIDING_PEOPLE("Avoiding people"),
  HARSH_SELF_TALK("Harsh self-talk"),
  SLEEP_CHANGE("Change in sleep"),
  APPETITE_CHANGE("Change in appetite");

  /** The highest rating. */
  public static final int MAX = 4;

  private final String label;

  WarningSign(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
