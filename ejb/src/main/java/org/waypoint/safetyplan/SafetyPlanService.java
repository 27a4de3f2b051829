package org.waypoint.safetyplan;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.waypoint.access.ListScope;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditEntry;
import org.waypoint.audit.AuditOutcome;
import org.waypoint.audit.AuditTrail;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.security.StaffDirectory;

/**
 * A client's safety plan, for the care team: the versions, their comparison, saving a new version
 * (never over someone else's newer one), and the autosaved draft. Intake staff have no access.
 * Every call is audited.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class SafetyPlanService {

  /** Days from saving a version to its review, unless risk brings it forward. */
  public static final int REVIEW_DAYS = 30;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private SafetyPlanWriter writer;
  @Inject private SafetyPlanReader reader;
  @EJB private AuditTrail audit;

  /**
   * @param clientId the client
   * @return every version, newest first; empty when the client has no plan yet
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.SAFETY_PLAN_VIEW)
  @ClientRecord
  public List<VersionSummary> versions(@ClientId long clientId) {
    return reader.versions(clientId);
  }

  /**
   * @param clientId the client
   * @return when the plan is due for review, or {@code null} without a plan
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord
  public LocalDate reviewDue(@ClientId long clientId) {
    return reader.reviewDue(clientId);
  }

  /**
   * Saves the entries as the plan's next version, if the plan's latest version is still the one the
   * user started from; otherwise saves nothing and returns both revisions merged.
   *
   * @param clientId the client
   * @param basedOn the number of the version the user started from, {@code null} for a first plan
   * @param entries the plan's entries, in order
   * @param details review with the client and acknowledgement
   * @return the saved version, or the merge to look over
   * @throws InvalidInputException with a message per refused field; nothing is saved
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.SAFETY_PLAN_SAVE)
  @ClientRecord
  public SaveOutcome save(
      @ClientId long clientId, Integer basedOn, List<PlanEntry> entries, VersionDetails details) {
    Refusals errors =
        Refusals.none()
            .addAll(PlanEntries.refusals(entries, true))
            .add(validator.validate(details));
    if (entries.isEmpty()) {
      errors.add("entries", Wording.text("plan.entries.required"));
    }
    errors.throwIfAny();
    String by = session.getCallerPrincipal().getName();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    LocalDate reviewDue = LocalDate.now(center.timeZone()).plusDays(REVIEW_DAYS);
    SafetyPlan plan = writer.find(clientId);
    if (plan == null && basedOn != null) {
      throw Refusals.refusal("entries", Wording.text("plan.noPlanToRevise"));
    }
    if (plan != null) {
      // one save at a time per plan: the second waits here, then sees the first's version
      em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(plan);
      if (basedOn == null || basedOn != plan.getLatestNumber()) {
        return merged(plan, basedOn, entries);
      }
    }
    SafetyPlanVersion version = writer.write(clientId, entries, details.kept(), now, by, reviewDue);
    em.createQuery("delete from SafetyPlanDraft d where d.clientId = :client and d.username = :u")
        .setParameter("client", clientId)
        .setParameter("u", by)
        .executeUpdate();
    em.flush();
    return new SaveOutcome(
        summary(version, StaffDirectory.names(em, List.of(by))), null, List.of(), List.of());
  }

  /**
   * @param clientId the client
   * @return the caller's autosaved draft, or {@code null}
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.SAFETY_PLAN_VIEW)
  @ClientRecord
  public SafetyPlanDraftView draft(@ClientId long clientId) {
    return reader.draft(clientId, session.getCallerPrincipal().getName());
  }

  /**
   * Keeps what the caller has typed so far, replacing their previous draft of this plan.
   *
   * @param clientId the client
   * @param basedOn the version the caller started from, or {@code null}
   * @param entries the entries as typed
   * @return when the draft was saved
   * @throws InvalidInputException when an entry is too long or a phone number malformed
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord // on the audit trail when it starts a draft, not on every autosave
  public Instant saveDraft(@ClientId long clientId, Integer basedOn, List<PlanEntry> entries) {
    Refusals.none().addAll(PlanEntries.refusals(entries, false)).throwIfAny();
    String by = session.getCallerPrincipal().getName();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    SafetyPlanDraft draft = draftOf(clientId).orElse(null);
    if (draft == null) {
      draft = new SafetyPlanDraft(clientId, by);
      draft.replace(basedOn, entries, now);
      em.persist(draft);
      // the start of a draft is on the audit trail; its autosaves are not
      audit.record(
          new AuditEntry(
              AuditAction.SAFETY_PLAN_DRAFT_START,
              AuditOutcome.SUCCESS,
              clientId,
              org.waypoint.kernel.RecordType.CLIENT.stored(),
              Long.toString(clientId),
              null));
    } else {
      draft.replace(basedOn, entries, now);
    }
    em.flush();
    return now;
  }

  /**
   * Throws away the caller's draft of this plan.
   *
   * @param clientId the client
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.SAFETY_PLAN_DRAFT_DISCARD)
  @ClientRecord
  public void discardDraft(@ClientId long clientId) {
    draftOf(clientId).ifPresent(em::remove);
  }

  /** How far ahead a clinician's list shows reviews coming due. */
  public static final int DUE_SOON_DAYS = 7;

  /**
   * Active clients in scope whose plan is not written yet or whose review is due: those without a
   * plan first, then the longest overdue.
   *
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CLIENT_SEARCH) // the list names clients
  public List<PlanReviewItem> reviewsDue(ListScope scope, int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    return reviewQuery(
            "select new org.waypoint.safetyplan.PlanReviewItem(c.id,"
                + " concat(c.legalLastName, ', ', c.legalFirstName), c.mrn, c.admissionDate,"
                + " coalesce(u.displayName, u.username), p.reviewDue, p.latestNumber)",
            " order by case when p.id is null then 0 else 1 end, coalesce(p.reviewDue,"
                + " c.admissionDate), c.legalLastName, c.legalFirstName, c.id",
            scope,
            PlanReviewItem.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /**
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @return how many rows {@link #reviewsDue} has
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countReviewsDue(ListScope scope) {
    return reviewQuery("select count(c)", "", scope, Long.class).getSingleResult();
  }

  private <T> jakarta.persistence.TypedQuery<T> reviewQuery(
      String select, String orderBy, ListScope scope, Class<T> type) {
    scope.checkAllowed(session);
    LocalDate today = LocalDate.now(center.timeZone());
    String where = scope.condition("c", "u");
    return em.createQuery(
            select
                + " from Client c left join c.primaryClinician u"
                + " left join SafetyPlan p on p.clientId = c.id"
                + " where c.status = org.waypoint.client.ClientStatus.ACTIVE"
                + " and (p.id is null or p.reviewDue <= :through)"
                + where
                + orderBy,
            type)
        .setParameter("me", session.getCallerPrincipal().getName())
        .setParameter(
            "through",
            scope == ListScope.OWN_CASELOAD ? today.plusDays(DUE_SOON_DAYS) : today.minusDays(1));
  }

  /**
   * @return a new lasting key for an entry
   */
  public static String newKey() {
    return UUID.randomUUID().toString();
  }

  private SaveOutcome merged(SafetyPlan plan, Integer basedOn, List<PlanEntry> mine) {
    List<PlanEntry> base = basedOn == null ? List.of() : version(plan, basedOn).entries();
    SafetyPlanVersion latest = version(plan, plan.getLatestNumber());
    PlanMerge.Result merge =
        PlanMerge.merge(base, mine, latest.entries(), SafetyPlanService::newKey);
    return new SaveOutcome(
        null,
        summary(latest, StaffDirectory.names(em, List.of(latest.getSavedBy()))),
        merge.entries(),
        merge.conflicts());
  }

  private SafetyPlanVersion version(SafetyPlan plan, int number) {
    return em.createQuery(
            "select v from SafetyPlanVersion v where v.planId = :plan and v.number = :n",
            SafetyPlanVersion.class)
        .setParameter("plan", plan.getId())
        .setParameter("n", number)
        .getSingleResult();
  }

  private java.util.Optional<SafetyPlanDraft> draftOf(long clientId) {
    return em.createQuery(
            "select d from SafetyPlanDraft d where d.clientId = :client and d.username = :u",
            SafetyPlanDraft.class)
        .setParameter("client", clientId)
        .setParameter("u", session.getCallerPrincipal().getName())
        .getResultStream()
        .findFirst();
  }

  static VersionSummary summary(SafetyPlanVersion v, Map<String, String> names) {
    return new VersionSummary(
        v.getNumber(),
        v.getSavedAt(),
        names.getOrDefault(v.getSavedBy(), v.getSavedBy()),
        v.isReviewedWithClient(),
        v.getAcknowledgement(),
        v.getAcknowledgedWith(),
        v.getSignature(),
        v.getReviewDue(),
        v.getNote(),
        v.entries());
  }
}
