package org.waypoint.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.security.StaffDirectory;

/**
 * Emergency access ("break the glass"): a user without ordinary access to a chart opens it for a
 * limited time after giving a reason; every such access is audited and waits for review by a
 * supervisor of the client's program.
 */
@Stateless
public class EmergencyAccessService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @EJB private ClientAccessService access;

  /**
   * Opens a client's chart to the caller in an emergency, for {@link
   * CenterSettings#emergencyAccess()}. A caller who already reaches the client gets no grant.
   *
   * @param clientId the client
   * @param request the reason, in the caller's words, and their confirmation
   * @return the access, with its end
   * @throws InvalidInputException when the reason, details or confirmation is missing
   * @throws org.waypoint.kernel.ClientNotFoundException when there is no such client
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.EMERGENCY_ACCESS)
  public EmergencyGrant open(@ClientId long clientId, EmergencyRequest request) {
    Refusals.of(validator.validate(request)).throwIfAny();
    ClientFacts client = access.facts(clientId);
    ClientAccess caller = access.forCaller();
    Optional<EmergencyGrant> current = activeGrant(clientId);
    if (caller.ordinarilyReaches(client) || current.isPresent()) {
      return current.orElse(new EmergencyGrant(clientId, null));
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Duration lasts = center.emergencyAccess();
    EmergencyAccess grant =
        new EmergencyAccess(
            caller.username(),
            clientId,
            request.getReason(),
            request.getDetails(),
            now,
            now.plus(lasts));
    em.persist(grant);
    return new EmergencyGrant(clientId, grant.getExpiresAt());
  }

  /**
   * @param clientId a client
   * @return the caller's unexpired emergency access to the client, if any
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  public Optional<EmergencyGrant> activeGrant(long clientId) {
    return em.createQuery(
            "select max(g.expiresAt) from EmergencyAccess g"
                + " where g.username = :u and g.clientId = :c and g.expiresAt > :now",
            Instant.class)
        .setParameter("u", session.getCallerPrincipal().getName())
        .setParameter("c", clientId)
        .setParameter("now", Instant.now())
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(expiry -> new EmergencyGrant(clientId, expiry));
  }

  /**
   * Emergency accesses not yet reviewed, to clients of the caller's programs, oldest first.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.CLIENT_SEARCH) // the list names clients
  public List<EmergencyReviewItem> toReview(int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    return em.createQuery(
            "select new org.waypoint.access.EmergencyReviewItem(g.id, g.username,"
                + " coalesce(u.displayName, g.username), c.id,"
                + " concat(c.legalLastName, ', ', c.legalFirstName), c.mrn, g.reason, g.details,"
                + " g.grantedAt, g.expiresAt)"
                + " from EmergencyAccess g join Client c on c.id = g.clientId"
                + " left join StaffUser u on u.username = g.username"
                + " where g.reviewedAt is null and c.program.id in ("
                + PROGRAMS_OF_CALLER
                + ") order by g.grantedAt, g.id",
            EmergencyReviewItem.class)
        .setParameter("me", session.getCallerPrincipal().getName())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /**
   * @return how many emergency accesses to the caller's programs wait for review
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public long countToReview() {
    return em.createQuery(
            "select count(g) from EmergencyAccess g join Client c on c.id = g.clientId"
                + " where g.reviewedAt is null and c.program.id in ("
                + PROGRAMS_OF_CALLER
                + ")",
            Long.class)
        .setParameter("me", session.getCallerPrincipal().getName())
        .getSingleResult();
  }

  /**
   * Marks an emergency access as reviewed by the caller.
   *
   * @param clientId the client the access was to
   * @param accessId the access
   * @param note what the supervisor concluded, or {@code null}; at most {@value #NOTE_MAX}
   *     characters
   * @throws org.waypoint.kernel.AccessDeniedException when the client is not in the caller's
   *     programs
   * @throws InvalidInputException when there is no such access, or the note is too long
   * @throws ConflictException when another supervisor reviewed it already (the message names them)
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @ClientRecord
  @Audited(AuditAction.EMERGENCY_REVIEW)
  public void review(@ClientId long clientId, long accessId, String note) {
    // two supervisors at once: the second waits here, then sees the first one's review
    EmergencyAccess grant =
        em.find(EmergencyAccess.class, accessId, LockModeType.PESSIMISTIC_WRITE);
    if (grant == null || grant.getClientId() != clientId) {
      throw Refusals.refusal("accessId", Wording.text("access.emergency.notFound"));
    }
    String text = PlainText.Validator.asTyped(note);
    if (text != null && text.length() > NOTE_MAX) {
      throw Refusals.refusal("note", Wording.text("access.note.size"));
    }
    if (text != null && PlainText.Validator.hasControlCharacter(text)) {
      throw Refusals.refusal("note", Wording.text("kernel.text.control"));
    }
    String me = session.getCallerPrincipal().getName();
    if (grant.getReviewedAt() == null) {
      grant.reviewed(me, Instant.now(), text);
    } else if (!grant.getReviewedBy().equals(me)) {
      // another supervisor was first: their review stands, and the caller is told whose it is
      throw new ConflictException(
          Wording.text(
              "access.emergency.reviewedAlready",
              StaffDirectory.names(em, List.of(grant.getReviewedBy()))
                  .getOrDefault(grant.getReviewedBy(), grant.getReviewedBy())),
          0);
    }
  }

  /** The longest review note kept. */
  public static final int NOTE_MAX = 500;

  private static final String PROGRAMS_OF_CALLER =
      "select p.id from StaffUser s join s.programs p where s.username = :me";
}
