package org.waypoint.kernel;

/**
 * A staff role; a user may hold several. The constants in {@link Roles} name them for annotations.
 */
public enum Role {
  INTAKE,
  CLINICIAN,
  SUPERVISOR,
  ADMIN;

  /**
   * @return the wording used on screens
   */
  public String label() {
    return Labels.of(this);
  }
}
