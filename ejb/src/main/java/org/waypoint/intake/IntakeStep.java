package org.waypoint.intake;

import org.waypoint.center.Wording;

/** The steps of an intake, in the order staff walk them. */
public enum IntakeStep {
  REFERRAL,
  DEMOGRAPHICS,
  CONTACTS,
  PAYER,
  CONSENTS,
  HISTORY,
  SCREENING,
  PLACEMENT,
  ADMISSION;

  /**
   * @return the wording on screens
   */
  public String label() {
    return Wording.label(this);
  }

  /**
   * @return the steps that are saved as a section, i.e. all but admission
   */
  public static java.util.List<IntakeStep> sections() {
    return java.util.Arrays.stream(values()).filter(s -> s != ADMISSION).toList();
  }
}
