package org.waypoint.it.service;

import java.security.PrivilegedExceptionAction;
import org.waypoint.it.support.Services;

/** The demo accounts, as callers of the services. */
enum Staff {
  INTAKE("intake", "INTAKE"),
  CLINICIAN("clinician", "CLINICIAN"),
  CLINICIAN2("clinician2", "CLINICIAN"),
  SUPERVISOR("supervisor", "SUPERVISOR"),
  ADMIN("admin", "ADMIN");

  final String username;
  final String role;

  Staff(String username, String role) {
    this.username = username;
    this.role = role;
  }

  /** Runs the action as this member of staff. */
  <T> T call(PrivilegedExceptionAction<T> action) throws Exception {
    return Services.callerSwitch().as(username, new String[] {role}, action);
  }
}
