package org.waypoint.intake;

/** Who referred the client. */
public enum ReferralSource {
  SELF("The client"),
  FAMILY("Family or friend"),
  PRIMARY_CARE("Primary care"),
  HOSPITAL("Hospital or emergency department"),
  MENTAL_HEALTH("Therapist or psychiatrist"),
  SCHOOL("School or college"),
  COURT("Court or probation"),
  OTHER("Other");

  private final String label;

  ReferralSource(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }
}
