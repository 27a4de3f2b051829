package org.waypoint.client;

/** The languages Waypoint prints client-facing documents in. */
public enum Language {
  EN("English"),
  ES("Spanish");

  private final String label;

  Language(String label) {
    this.label = label;
  }

  /**
   * @return the language's name on screens
   */
  public String label() {
    return label;
  }
}
