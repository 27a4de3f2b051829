package org.waypoint.kernel;

/** The role names as compile-time constants, for {@code @RolesAllowed} and view checks. */
public final class Roles {
  public static final String INTAKE = "INTAKE";
  public static final String CLINICIAN = "CLINICIAN";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
