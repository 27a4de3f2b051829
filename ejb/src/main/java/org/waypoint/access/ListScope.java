package org.waypoint.access;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import org.waypoint.center.Wording;
import org.waypoint.kernel.Roles;

/** Whose clients a work list (reviews due, check-ins due) covers. */
public enum ListScope {
  /** the caller's own caseload: clients whose primary clinician they are */
  OWN_CASELOAD,
  /** every client of the caller's programs (supervisors) */
  MY_PROGRAMS;

  /**
   * A JPQL condition for this scope, with the parameter {@code :me} for the caller's username.
   *
   * @param client the alias of the client
   * @param clinician the alias of the client's primary clinician (a left join)
   * @return the condition, starting with " and "
   */
  public String condition(String client, String clinician) {
    return this == OWN_CASELOAD
        ? " and " + clinician + ".username = :me"
        : " and "
            + client
            + ".program.id in (select g.id from StaffUser s join s.programs g"
            + " where s.username = :me)";
  }

  /**
   * @param session the caller's session
   * @throws EJBAccessException when a caller who is no supervisor asks for their programs
   */
  public void checkAllowed(SessionContext session) {
    if (this == MY_PROGRAMS && !session.isCallerInRole(Roles.SUPERVISOR)) {
      throw new EJBAccessException(Wording.text("access.scope.supervisorsOnly"));
    }
  }
}
