package org.waypoint.audit;

/** What an audit event records. */
public enum AuditAction {
  SIGN_IN("Sign-in"),
  SIGN_OUT("Sign-out"),
  CLIENT_SEARCH("Client list viewed"),
  CLIENT_VIEW("Chart viewed"),
  CLIENT_REGISTER("Client registered"),
  FACE_SHEET_PRINT("Face sheet printed"),
  AUDIT_EXPORT("Audit trail exported"),
  EMERGENCY_ACCESS("Emergency access"),
  EMERGENCY_REVIEW("Emergency access reviewed"),
  SERVICE_REFUSED("Refused for the user's role"),
  USER_CREATED("User created"),
  USER_ACCESS_CHANGED("User's roles or programs changed"),
  USER_DISABLED("User disabled"),
  USER_ENABLED("User enabled"),
  PASSWORD_RESET("Password reset by an administrator"),
  PASSWORD_CHANGED("Password changed"),
  RISK_VIEW("Risk levels viewed"),
  INTAKE_LIST("Intakes in progress listed"),
  INTAKE_START("Intake started"),
  INTAKE_VIEW("Intake viewed"),
  INTAKE_SAVE("Intake step saved"),
  INTAKE_ADMIT("Client admitted from intake"),
  INTAKE_WITHDRAW("Intake closed without admission"),
  CONSENT_REVOKED("Disclosure consent revoked"),
  PRECAUTION_VIEW("Precautions viewed"),
  PRECAUTION_START("Precaution started"),
  PRECAUTION_END("Precaution ended"),
  SAFETY_PLAN_VIEW("Safety plan viewed"),
  SAFETY_PLAN_SAVE("Safety plan version saved"),
  SAFETY_PLAN_DRAFT_SAVE("Safety plan draft saved"),
  SAFETY_PLAN_DRAFT_DISCARD("Safety plan draft discarded"),
  CHECK_IN_VIEW("Check-ins viewed"),
  CHECK_IN_RECORD("Check-in recorded"),
  CHECK_IN_DRAFT_SAVE("Check-in draft saved"),
  CHECK_IN_DRAFT_DISCARD("Check-in draft discarded"),
  FOLLOW_UP_LIST("Alerts, tasks or due check-ins listed"),
  ALERT_ACKNOWLEDGE("Risk alert acknowledged"),
  REVIEW_TASK_CLOSE("Safety-plan review task closed"),
  CHART_VIEW("Chart opened"),
  CHECK_IN_DRAFT_START("Check-in draft started"),
  SAFETY_PLAN_DRAFT_START("Safety plan draft started");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  /**
   * @return the wording on the audit screen
   */
  public String label() {
    return label;
  }
}
