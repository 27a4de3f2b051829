package org.waypoint.intake;

/** Who pays for the client's care. */
public enum PayerType {
  PRIVATE("Private insurance"),
  MEDICAID("Medicaid"),
  SELF_PAY("Self-pay");

  private final String label;

  PayerType(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
