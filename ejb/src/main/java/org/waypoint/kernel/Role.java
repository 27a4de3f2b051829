package org.waypoint.kernel;

/**
 * A staff role; a user may hold several. The constants in {@link Roles} name them for annotations.
 */
public enum Role {
  INTAKE("Intake"),
  CLINICIAN("Clinician"),
  SUPERVISOR("Supervisor"),
  ADMIN("Administrator");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /**
   * @return the wording used on screens
   */
  public String label() {
    return label;
  }
}
