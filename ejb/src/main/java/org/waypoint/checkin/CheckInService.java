package org.waypoint.checkin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.access.ListScope;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditEntry;
import org.waypoint.audit.AuditOutcome;
import org.waypoint.audit.AuditTrail;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.client.Client;
import org.waypoint.client.ClientStatus;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.risk.RiskLevel;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanVersion;
import org.waypoint.safetyplan.SafetyPlanWriter;
import org.waypoint.security.StaffDirectory;
import org.waypoint.submission.SubmissionKind;
import org.waypoint.submission.Submissions;

/**
 * Relapse-risk check-ins: the form's starting point and draft, recording one, a client's history
 * and trend, and the clients whose next check-in is due. Every call is restricted to clinicians and
 * supervisors, checked against the chart's access rules when it names a client, and audited.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class CheckInService {

  /** The most check-ins the trend chart draws. */
  public static final int TREND_POINTS = 60;

  /** How far ahead a clinician's list shows check-ins coming due. */
  public static final Duration DUE_SOON = Duration.ofHours(24);

  /** Thread-safe and without state of its own, so one serves every call. */
  private static final Jsonb JSON = JsonbBuilder.create();

  private static final Logger LOG = Logger.getLogger(CheckInService.class.getName());

  /** What a draft checks: only the sizes of its texts. */
  private static final List<String> DRAFT_CHECKED =
      List.of("copingUsed", "clientWords", "overrideReason");

  private static final List<PlanPart> COPING_PARTS =
      List.of(PlanPart.COPING_ALONE, PlanPart.DISTRACTIONS);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private SafetyPlanWriter plans;
  @Inject private CheckInWriter writer;
  @Inject private CheckInReader reader;
  @EJB private AuditTrail audit;
  @EJB private Submissions submissions;

  /**
   * @param clientId the client
   * @return the coping strategies to offer, the last check-in, and the caller's draft if any
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHECK_IN_VIEW)
  @ClientRecord
  public CheckInStart start(@ClientId long clientId) {
    SafetyPlanVersion plan = plans.latest(clientId);
    Client client = em.find(Client.class, clientId);
    Instant last =
        em.createQuery(
                "select max(c.recordedAt) from CheckIn c where c.clientId = :client", Instant.class)
            .setParameter("client", clientId)
            .getSingleResult();
    Optional<CheckInDraft> draft = draftOf(clientId);
    return new CheckInStart(
        strategies(plan),
        plan == null ? null : plan.getNumber(),
        last,
        client.getRiskLevel(),
        draft.map(d -> fromJson(d.getAnswers())).orElse(null),
        draft.map(CheckInDraft::getSavedAt).orElse(null));
  }

  /**
   * Records a check-in: the level the risk rules give with their reasons, the clinician's level
   * beside it when different, the rising mark, the client's next due time by the level's cadence,
   * and for High or Imminent an alert to the program's supervisors, a safety-plan review task and
   * an earlier plan review date. All of it in one transaction: nothing is written when any answer
   * is refused.
   *
   * @param clientId the client, who must be active
   * @param answers the answers
   * @return the check-in and what it set going
   * @throws InvalidInputException with a message per refused field; nothing is saved
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHECK_IN_RECORD)
  @ClientRecord
  public RecordedCheckIn record(@ClientId long clientId, CheckInAnswers answers) {
    return recordNow(clientId, answers);
  }

  /**
   * Records a check-in once per submission of the form: as {@link #record(long, CheckInAnswers)},
   * except that a replay of the same submission (a double click, the browser resending, a retry)
   * records nothing and returns the check-in the first one recorded, even when sent at the same
   * moment.
   *
   * @param clientId the client, who must be active
   * @param submission the token the form was shown with ({@link Submissions#newToken()})
   * @param answers the answers
   * @return the check-in and what it set going, or what the first submission recorded
   * @throws InvalidInputException with a message per refused field; nothing is saved
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHECK_IN_RECORD)
  @ClientRecord
  public RecordedCheckIn record(
      @ClientId long clientId, String submission, CheckInAnswers answers) {
    OptionalLong done = submissions.begin(submission, SubmissionKind.CHECK_IN);
    if (done.isPresent()) {
      return recordedAlready(clientId, done.getAsLong());
    }
    RecordedCheckIn recorded = recordNow(clientId, answers);
    submissions.recorded(submission, recorded.entry().id());
    return recorded;
  }

  /** What a submission recorded before, told as it was when recorded. */
  private RecordedCheckIn recordedAlready(long clientId, long checkInId) {
    CheckIn checkIn = em.find(CheckIn.class, checkInId);
    if (checkIn == null || checkIn.getClientId() != clientId) {
      // the token of another client's check-in: a form tampered with
      throw Refusals.refusal(Submissions.FIELD, Wording.text("submission.token.invalid"));
    }
    String by = checkIn.getRecordedBy();
    boolean alert =
        !em.createQuery("select a.id from RiskAlert a where a.checkInId = :c", Long.class)
            .setParameter("c", checkInId)
            .getResultList()
            .isEmpty();
    boolean task =
        !em.createQuery("select t.id from ReviewTask t where t.checkInId = :c", Long.class)
            .setParameter("c", checkInId)
            .getResultList()
            .isEmpty();
    boolean owed =
        em.createQuery(
                    "select count(t) from ReviewTask t where t.clientId = :client"
                        + " and t.closedAt is null",
                    Long.class)
                .setParameter("client", clientId)
                .getSingleResult()
            > 0;
    return new RecordedCheckIn(
        CheckInEntry.of(checkIn, StaffDirectory.names(em, List.of(by)).get(by)), alert, task, owed);
  }

  private RecordedCheckIn recordNow(long clientId, CheckInAnswers answers) {
    LocalDate today = LocalDate.now(center.timeZone());
    Refusals errors =
        Refusals.of(validator.validate(answers), CheckInService::field)
            .addAll(answers.followUpRefusals(today));
    // only the current plan's strategies can be ticked; the plan may have changed meanwhile
    SafetyPlanVersion plan = plans.latest(clientId);
    List<String> offered = strategies(plan);
    List<String> unknown =
        answers.getCopingUsed().stream().filter(s -> !offered.contains(s)).toList();
    if (String.join("\n", answers.getCopingUsed()).length() > 4000) {
      errors.add("copingUsed", Wording.text("checkin.copingUsed.tooMany"));
    }
    if (!unknown.isEmpty()) {
      errors.add("copingUsed", Wording.text("checkin.copingUsed.notInPlan", unknown.get(0)));
    }
    errors.throwIfAny();
    // one check-in at a time per client, so "rising" compares with the one just before
    Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
    if (client.getStatus() != ClientStatus.ACTIVE) {
      throw Refusals.refusal("contact", Wording.text("checkin.client.notInCare"));
    }
    String by = session.getCallerPrincipal().getName();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    CheckInWriter.Written written =
        writer.write(client, answers, plan == null ? null : plan.getNumber(), now, by, today);
    return new RecordedCheckIn(
        CheckInEntry.of(written.checkIn(), StaffDirectory.names(em, List.of(by)).get(by)),
        written.raised().alert(),
        written.raised().task(),
        written.raised().openTask());
  }

  /**
   * @param clientId the client
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the client's check-ins, newest first
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHECK_IN_VIEW)
  @ClientRecord
  public List<CheckInEntry> history(@ClientId long clientId, int first, int pageSize) {
    return reader.history(clientId, first, pageSize);
  }

  /**
   * @param clientId the client
   * @return how many check-ins the client has
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord
  public long count(@ClientId long clientId) {
    return reader.count(clientId);
  }

  /**
   * @param clientId the client
   * @return the last {@value #TREND_POINTS} check-ins, oldest first, for the trend chart
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHECK_IN_VIEW)
  @ClientRecord
  public List<TrendPoint> trend(@ClientId long clientId) {
    return reader.trend(clientId);
  }

  /**
   * Active clients whose next check-in is due: for the caller's own caseload, overdue or due within
   * {@link #DUE_SOON}; for a supervisor's programs, overdue only. The longest overdue first.
   *
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_LIST)
  public List<CheckInDueItem> due(ListScope scope, int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    return dueQuery(
            "select new org.waypoint.checkin.CheckInDueItem(c.id,"
                + " concat(c.legalLastName, ', ', c.legalFirstName), c.mrn, c.program.name,"
                + " coalesce(u.displayName, u.username), c.riskLevel, c.rising, c.checkInDue)",
            " order by c.checkInDue nulls first, c.legalLastName, c.legalFirstName, c.id",
            scope,
            CheckInDueItem.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /**
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @return how many rows {@link #due} has
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countDue(ListScope scope) {
    return dueQuery("select count(c)", "", scope, Long.class).getSingleResult();
  }

  /**
   * The caller's programs with their active clients counted by risk level, rising and overdue:
   * counted when asked, not kept from a nightly run.
   *
   * @return one row per program of the caller, by name
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<ProgramRisk> overview() {
    List<Object[]> programs =
        em.createQuery(
                "select g.id, g.name from StaffUser s join s.programs g where s.username = :me"
                    + " order by g.name",
                Object[].class)
            .setParameter("me", session.getCallerPrincipal().getName())
            .getResultList();
    List<Object[]> counts =
        em.createQuery(
                "select c.program.id, c.riskLevel, count(c),"
                    + " sum(case when c.rising = true then 1 else 0 end),"
                    + " sum(case when c.checkInDue is null or c.checkInDue < :now then 1 else 0"
                    + " end)"
                    + " from Client c left join c.primaryClinician u"
                    + " where c.status = org.waypoint.client.ClientStatus.ACTIVE"
                    + ListScope.MY_PROGRAMS.condition("c", "u")
                    + " group by c.program.id, c.riskLevel",
                Object[].class)
            .setParameter("me", session.getCallerPrincipal().getName())
            .setParameter("now", Instant.now())
            .getResultList();
    List<ProgramRisk> rows = new ArrayList<>();
    for (Object[] program : programs) {
      long id = (Long) program[0];
      long[] byLevel = new long[RiskLevel.values().length + 1];
      long rising = 0;
      long overdue = 0;
      for (Object[] row : counts) {
        if (((Long) row[0]) == id) {
          RiskLevel level = (RiskLevel) row[1];
          byLevel[level == null ? RiskLevel.values().length : level.ordinal()] += (Long) row[2];
          rising += ((Number) row[3]).longValue();
          overdue += ((Number) row[4]).longValue();
        }
      }
      rows.add(
          new ProgramRisk(
              id,
              (String) program[1],
              byLevel[RiskLevel.IMMINENT.ordinal()],
              byLevel[RiskLevel.HIGH.ordinal()],
              byLevel[RiskLevel.MODERATE.ordinal()],
              byLevel[RiskLevel.LOW.ordinal()],
              byLevel[RiskLevel.values().length],
              rising,
              overdue));
    }
    return rows;
  }

  /**
   * Keeps the caller's check-in as typed so far; nothing is checked but its size.
   *
   * @param clientId the client
   * @param answers the answers so far
   * @return when it was kept
   * @throws InvalidInputException when a text is longer than the form allows
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord // on the audit trail when it starts a draft, not on every autosave
  public Instant saveDraft(@ClientId long clientId, CheckInAnswers answers) {
    Refusals.of(
            validator.validate(answers).stream()
                .filter(v -> DRAFT_CHECKED.contains(field(v.getPropertyPath().toString())))
                .toList(),
            CheckInService::field)
        .throwIfAny();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Optional<CheckInDraft> kept = draftOf(clientId);
    CheckInDraft draft =
        kept.orElseGet(() -> new CheckInDraft(clientId, session.getCallerPrincipal().getName()));
    draft.keep(toJson(answers), now);
    if (kept.isEmpty()) {
      em.persist(draft);
      // the start of a draft is on the audit trail; its autosaves are not
      audit.record(
          new AuditEntry(
              AuditAction.CHECK_IN_DRAFT_START,
              AuditOutcome.SUCCESS,
              clientId,
              org.waypoint.kernel.RecordType.CLIENT.stored(),
              Long.toString(clientId),
              null));
    }
    return now;
  }

  /**
   * Throws away the caller's draft for this client.
   *
   * @param clientId the client
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHECK_IN_DRAFT_DISCARD)
  @ClientRecord
  public void discardDraft(@ClientId long clientId) {
    draftOf(clientId).ifPresent(em::remove);
  }

  /** The form field a violation belongs next to: one for all the ticked strategies. */
  private static String field(String path) {
    return path.startsWith("copingUsed") ? "copingUsed" : path;
  }

  private <T> TypedQuery<T> dueQuery(
      String select, String orderBy, ListScope scope, Class<T> type) {
    scope.checkAllowed(session);
    Instant now = Instant.now();
    return em.createQuery(
            select
                + " from Client c left join c.primaryClinician u"
                + " where c.status = org.waypoint.client.ClientStatus.ACTIVE"
                + " and (c.checkInDue is null or c.checkInDue <= :through)"
                + scope.condition("c", "u")
                + orderBy,
            type)
        .setParameter("me", session.getCallerPrincipal().getName())
        .setParameter("through", scope == ListScope.OWN_CASELOAD ? now.plus(DUE_SOON) : now);
  }

  private static List<String> strategies(SafetyPlanVersion plan) {
    if (plan == null) {
      return List.of();
    }
    return plan.entries().stream()
        .filter(e -> COPING_PARTS.contains(e.part()))
        .sorted(java.util.Comparator.comparing(e -> COPING_PARTS.indexOf(e.part())))
        .map(PlanEntry::text)
        .distinct()
        .toList();
  }

  private Optional<CheckInDraft> draftOf(long clientId) {
    return em.createQuery(
            "select d from CheckInDraft d where d.clientId = :client and d.username = :u",
            CheckInDraft.class)
        .setParameter("client", clientId)
        .setParameter("u", session.getCallerPrincipal().getName())
        .getResultStream()
        .findFirst();
  }

  private static String toJson(CheckInAnswers answers) {
    return JSON.toJson(answers);
  }

  private static CheckInAnswers fromJson(String json) {
    try {
      return JSON.fromJson(json, CheckInAnswers.class);
    } catch (JsonbException e) {
      // a draft from an older form that no longer reads: start afresh rather than fail the form
      LOG.log(Level.WARNING, "A check-in draft could not be read; it is ignored", e);
      return null;
    }
  }
}
