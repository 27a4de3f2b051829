package org.waypoint.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.kernel.Role;
import org.waypoint.kernel.Roles;

/**
 * Builds the caller's {@link ClientAccess} from their roles, program assignments and unexpired
 * emergency accesses, read fresh for each call so a change of assignment takes effect at once.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR, Roles.ADMIN})
public class ClientAccessService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /**
   * @return the caller's access
   */
  public ClientAccess forCaller() {
    String username = session.getCallerPrincipal().getName();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (session.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    Set<Long> programs =
        new HashSet<>(
            em.createQuery(
                    "select p.id from StaffUser u join u.programs p where u.username = :u",
                    Long.class)
                .setParameter("u", username)
                .getResultList());
    Set<Long> emergencies =
        new HashSet<>(
            em.createQuery(
                    "select g.clientId from EmergencyAccess g"
                        + " where g.username = :u and g.expiresAt > :now",
                    Long.class)
                .setParameter("u", username)
                .setParameter("now", Instant.now())
                .getResultList());
    return ClientAccess.of(username, roles, programs, emergencies);
  }

  /**
   * @param clientId a client
   * @return what the access rules need to know about the client
   * @throws ClientNotFoundException when there is no such client
   */
  public ClientFacts facts(long clientId) {
    return em.createQuery(
            "select new org.waypoint.access.ClientFacts(c.id, c.program.id, u.username)"
                + " from Client c left join c.primaryClinician u where c.id = :id",
            ClientFacts.class)
        .setParameter("id", clientId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new ClientNotFoundException(clientId));
  }

  /**
   * @param clientId a client
   * @throws ClientNotFoundException when there is no such client
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not reach it
   */
  public void checkCaller(long clientId) {
    forCaller().check(facts(clientId));
  }
}
