package org.waypoint.security;

import jakarta.ejb.SessionContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * Which clients the caller may see, decided once from the caller's roles: intake staff and
 * supervisors see the registry, a clinician sees their own caseload, anyone else sees no client.
 * Services apply it to every query and every single-client read, so hiding a link on a screen is
 * never the only thing standing between a user and a chart.
 */
public final class ClientAccess {

  /** How far the caller's view of the registry reaches. */
  public enum Reach {
    ALL_CLIENTS,
    OWN_CASELOAD,
    NONE
  }

  private final String username;
  private final Reach reach;

  private ClientAccess(String username, Reach reach) {
    this.username = username;
    this.reach = reach;
  }

  /**
   * @param session the calling EJB's context
   * @return the caller's access
   */
  public static ClientAccess of(SessionContext session) {
    String username = session.getCallerPrincipal().getName();
    if (session.isCallerInRole(Roles.SUPERVISOR) || session.isCallerInRole(Roles.INTAKE)) {
      return new ClientAccess(username, Reach.ALL_CLIENTS);
    }
    if (session.isCallerInRole(Roles.CLINICIAN)) {
      return new ClientAccess(username, Reach.OWN_CASELOAD);
    }
    return new ClientAccess(username, Reach.NONE);
  }

  /**
   * @return the caller's username
   */
  public String username() {
    return username;
  }

  /**
   * @return how far the caller's view reaches
   */
  public Reach reach() {
    return reach;
  }

  /**
   * Restricts a query over clients to those the caller may see.
   *
   * @param cb the criteria builder
   * @param clinicianUsername the path to the client's primary clinician's username
   * @return a predicate to add to the query's where clause
   */
  public Predicate restrict(CriteriaBuilder cb, Path<String> clinicianUsername) {
    return switch (reach) {
      case ALL_CLIENTS -> cb.conjunction();
      case OWN_CASELOAD -> cb.equal(clinicianUsername, username);
      case NONE -> cb.disjunction();
    };
  }

  /**
   * Refuses the caller a client outside their reach.
   *
   * @param primaryClinician the client's primary clinician, or {@code null}
   * @throws AccessDeniedException when the caller may not see the client
   */
  public void check(StaffUser primaryClinician) {
    boolean allowed =
        switch (reach) {
          case ALL_CLIENTS -> true;
          case OWN_CASELOAD ->
              primaryClinician != null && primaryClinician.getUsername().equals(username);
          case NONE -> false;
        };
    if (!allowed) {
      throw new AccessDeniedException(
          "This client is not on your caseload, so their chart is not available to you.");
    }
  }
}
