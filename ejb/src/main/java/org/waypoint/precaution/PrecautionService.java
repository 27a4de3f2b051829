package org.waypoint.precaution;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;

/**
 * A client's precautions. Clinicians and supervisors start and end them; intake staff see them, so
 * everyone who meets the client knows. At most one observation level applies at a time: starting a
 * new one ends the previous one. Every call is audited.
 */
@Stateless
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
public class PrecautionService {

  /** The most precautions one call returns. */
  public static final int MAX_ROWS = 200;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private PrecautionReader reader;

  /**
   * @param clientId the client
   * @return the client's precautions, those in force first, then the rest, newest first
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.PRECAUTION_VIEW)
  @ClientRecord
  public List<PrecautionEntry> precautions(@ClientId long clientId) {
    return reader.precautions(clientId);
  }

  /**
   * @param clientId the client
   * @param request what to start
   * @return the client's precautions after the change
   * @throws InvalidInputException with a message per refused field; nothing is saved
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.PRECAUTION_START)
  @ClientRecord
  public List<PrecautionEntry> start(@ClientId long clientId, PrecautionRequest request) {
    Refusals errors = Refusals.of(validator.validate(request));
    Instant now = now();
    Instant until =
        request.getUntil() == null
            ? null
            : request.getUntil().atZone(center.timeZone()).toInstant();
    if (until != null && !until.isAfter(now)) {
      errors.add("until", Wording.text("precaution.until.past"));
    }
    List<Precaution> active =
        em
            .createQuery(
                "select p from Precaution p where p.clientId = :client and p.endedAt is null",
                Precaution.class)
            .setParameter("client", clientId)
            .getResultList()
            .stream()
            .filter(p -> p.activeAt(now))
            .toList();
    if (request.getKind() == PrecautionKind.SHARPS
        && active.stream().anyMatch(p -> p.getKind() == PrecautionKind.SHARPS)) {
      errors.add("kind", Wording.text("precaution.sharps.inForce"));
    }
    errors.throwIfAny();
    String by = session.getCallerPrincipal().getName();
    ObservationLevel level =
        request.getKind() == PrecautionKind.OBSERVATION ? request.getObservationLevel() : null;
    if (level != null) {
      active.stream()
          .filter(p -> p.getKind() == PrecautionKind.OBSERVATION)
          .forEach(
              p ->
                  p.end(
                      now,
                      by,
                      Wording.text(
                          "precaution.replacedBy", level.label().toLowerCase(Locale.ROOT))));
    }
    em.persist(
        new Precaution(clientId, request.getKind(), level, request.getDetails(), now, by, until));
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw Refusals.refusal("kind", Wording.text("precaution.start.conflict"));
    }
    return precautions(clientId); // in this transaction, seeing the change
  }

  /**
   * Ends a precaution; it stays in the history with who ended it, when and why.
   *
   * @param clientId the client
   * @param precautionId the precaution
   * @param version the version the caller saw
   * @param note why it ends, or {@code null}
   * @return the client's precautions after the change
   * @throws InvalidInputException when the precaution is not in force any more, or was changed
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.PRECAUTION_END)
  @ClientRecord
  public List<PrecautionEntry> end(
      @ClientId long clientId, long precautionId, long version, String note) {
    Precaution p = em.find(Precaution.class, precautionId);
    Instant now = now();
    String clean = PlainText.Validator.asTyped(note);
    if (clean != null && clean.length() > 500) {
      throw Refusals.refusal("endNote", Wording.text("precaution.endNote.size"));
    }
    if (clean != null && PlainText.Validator.hasControlCharacter(clean)) {
      throw Refusals.refusal("endNote", Wording.text("kernel.text.control"));
    }
    if (p == null || p.getClientId() != clientId) {
      throw Refusals.refusal("endNote", Wording.text("precaution.notOnChart"));
    }
    if (p.getVersion() != version || !p.activeAt(now)) {
      throw Refusals.refusal("endNote", Wording.text("precaution.end.changed"));
    }
    p.end(now, session.getCallerPrincipal().getName(), clean);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw Refusals.refusal("endNote", Wording.text("precaution.end.conflict"));
    }
    return precautions(clientId); // in this transaction, seeing the change
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
