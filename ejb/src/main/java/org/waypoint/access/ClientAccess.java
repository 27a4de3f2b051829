package org.waypoint.access;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.waypoint.center.Wording;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.Role;

/**
 * Which clients one caller may reach, least privilege first:
 *
 * <ul>
 *   <li>intake staff reach every client's registry record (demographics and intake);
 *   <li>a clinician reaches their own caseload and the clients of the programs they are assigned
 *       to;
 *   <li>a supervisor reaches the clients of the programs they are assigned to;
 *   <li>an administrator reaches no client;
 *   <li>anyone of the above reaches a client they hold an unexpired emergency access to.
 * </ul>
 *
 * A user with several roles reaches what any of them reaches. Plain rules, no container: {@link
 * ClientAccessService} builds one for the caller.
 */
public final class ClientAccess {

  private final String username;
  private final boolean registry;
  private final boolean ownCaseload;
  private final Set<Long> programIds;
  private final Set<Long> emergencyClientIds;

  private ClientAccess(
      String username,
      boolean registry,
      boolean ownCaseload,
      Set<Long> programIds,
      Set<Long> emergencyClientIds) {
    this.username = username;
    this.registry = registry;
    this.ownCaseload = ownCaseload;
    this.programIds = Set.copyOf(programIds);
    this.emergencyClientIds = Set.copyOf(emergencyClientIds);
  }

  /**
   * @param username the caller
   * @param roles the caller's roles
   * @param assignedProgramIds the programs the caller is assigned to
   * @param emergencyClientIds the clients the caller holds unexpired emergency access to
   * @return the caller's access
   */
  public static ClientAccess of(
      String username,
      Set<Role> roles,
      Set<Long> assignedProgramIds,
      Set<Long> emergencyClientIds) {
    boolean clinical = roles.contains(Role.CLINICIAN) || roles.contains(Role.SUPERVISOR);
    boolean anyClientRole = clinical || roles.contains(Role.INTAKE);
    return new ClientAccess(
        username,
        roles.contains(Role.INTAKE),
        roles.contains(Role.CLINICIAN),
        clinical ? assignedProgramIds : Set.of(),
        anyClientRole ? emergencyClientIds : Set.of());
  }

  /**
   * @return the caller's username
   */
  public String username() {
    return username;
  }

  /**
   * @param client a client
   * @return whether the caller reaches the client without emergency access
   */
  public boolean ordinarilyReaches(ClientFacts client) {
    return registry
        || (ownCaseload && username.equals(client.clinicianUsername()))
        || programIds.contains(client.programId());
  }

  /**
   * @param client a client
   * @return whether the caller reaches the client, emergency access included
   */
  public boolean reaches(ClientFacts client) {
    return ordinarilyReaches(client) || emergencyClientIds.contains(client.clientId());
  }

  /**
   * @param client a client
   * @throws AccessDeniedException when the caller does not reach the client; the message carries no
   *     client data
   */
  public void check(ClientFacts client) {
    if (!reaches(client)) {
      throw new AccessDeniedException(Wording.text("access.client.outOfReach"));
    }
  }

  /**
   * Restricts a query over clients to those the caller reaches.
   *
   * @param cb the criteria builder
   * @param clientId the path to the client's id
   * @param programId the path to the client's program's id
   * @param clinicianUsername the path to the primary clinician's username
   * @return a predicate for the query's where clause
   */
  public Predicate restrict(
      CriteriaBuilder cb,
      Path<Long> clientId,
      Path<Long> programId,
      Path<String> clinicianUsername) {
    if (registry) {
      return cb.conjunction();
    }
    List<Predicate> any = new ArrayList<>();
    if (ownCaseload) {
      any.add(cb.equal(clinicianUsername, username));
    }
    if (!programIds.isEmpty()) {
      any.add(programId.in(programIds));
    }
    if (!emergencyClientIds.isEmpty()) {
      any.add(clientId.in(emergencyClientIds));
    }
    return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
  }
}
