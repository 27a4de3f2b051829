package org.waypoint.intake;

/** The steps of an intake, in the order staff walk them. */
public enum IntakeStep {
  REFERRAL("Referral"),
  DEMOGRAPHICS("Demographics"),
  CONTACTS("Emergency contacts"),
  PAYER("Payer"),
  CONSENTS("Consents"),
  HISTORY("Concerns and history"),
  SCREENING("Suicide screening"),
  PLACEMENT("Program and clinician"),
  ADMISSION("Admission");

  private final String label;

  IntakeStep(String label) {
    this.label = label;
  }

  /**
   * @return the wording on screens
   */
  public String label() {
    return label;
  }

  /**
   * @return the steps that are saved as a section, i.e. all but admission
   */
  public static java.util.List<IntakeStep> sections() {
    return java.util.Arrays.stream(values()).filter(s -> s != ADMISSION).toList();
  }
}
