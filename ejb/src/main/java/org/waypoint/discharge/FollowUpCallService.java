package org.waypoint.discharge;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.waypoint.access.ListScope;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInReader;
import org.waypoint.checkin.CheckInWriter;
import org.waypoint.checkin.ContactMode;
import org.waypoint.checkin.RecordedCheckIn;
import org.waypoint.client.Client;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanVersion;
import org.waypoint.safetyplan.SafetyPlanWriter;
import org.waypoint.security.StaffDirectory;

/**
 * Follow-up calls after a discharge (caring contacts), for the care team: a client's calls, the
 * calls due today or missed for the dashboards, and recording each call once with its outcome. A
 * reached client's brief risk check is a phone check-in, recorded in the same transaction, so its
 * alert and review task are exactly a check-in's.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class FollowUpCallService {

  /** The most calls one dashboard page lists. */
  public static final int PAGE = 10;

  private static final List<PlanPart> COPING_PARTS =
      List.of(PlanPart.COPING_ALONE, PlanPart.DISTRACTIONS);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private DischargeReader reader;
  @Inject private CheckInWriter checkIns;
  @Inject private CheckInReader checkInReader;
  @Inject private DischargeWriter writer;
  @Inject private SafetyPlanWriter plans;

  /**
   * @param clientId the client
   * @return the client's follow-up calls, earliest due first (all discharges')
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_CALL_LIST)
  @ClientRecord
  public List<FollowUpCallItem> calls(@ClientId long clientId) {
    return reader.calls(clientId, null);
  }

  /**
   * One call of the client (the check-in page's "follow-up call" heading).
   *
   * @param clientId the client
   * @param callId the call
   * @return the call
   * @throws org.waypoint.kernel.NotFoundException when the client has no such call
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord
  public FollowUpCallItem call(@ClientId long clientId, long callId) {
    return item(clientId, callId);
  }

  /**
   * Calls not recorded that are due today or missed (due earlier), of discharged clients: for the
   * caller's own caseload, or (supervisors) their programs. The earliest due first.
   *
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_CALL_LIST)
  public List<FollowUpCallItem> due(ListScope scope, int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    return reader.items(
        page.applyTo(
                dueQuery(
                    DischargeReader.CALL_ROW,
                    " order by f.dueDate, c.legalLastName, c.legalFirstName, f.id",
                    scope,
                    false,
                    Object[].class))
            .getResultList());
  }

  /**
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @return how many rows {@link #due} has
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countDue(ListScope scope) {
    return dueQuery("select count(f)", "", scope, false, Long.class).getSingleResult();
  }

  /**
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @return how many of {@link #due}'s rows are missed (due before today)
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countMissed(ListScope scope) {
    return dueQuery("select count(f)", "", scope, true, Long.class).getSingleResult();
  }

  /**
   * Records a call on which the client was reached, with the brief risk check as a phone check-in
   * ({@code ContactMode.PHONE}, whatever the answers say): the risk rules, the alert to supervisors
   * at High or Imminent and the review task are exactly a check-in's. All in one transaction:
   * nothing is saved when an answer or the next step is refused.
   *
   * @param clientId the client
   * @param callId the call
   * @param answers the check-in's answers
   * @param nextStep the next step, or {@code null} (at most 1,000 characters)
   * @param version the call's version the caller read
   * @return the call as recorded, with the check-in and what it set going
   * @throws org.waypoint.kernel.InvalidInputException with a message per refused field (the
   *     check-in's fields, {@code nextStep}, or {@code call} when it is not this client's or is
   *     already recorded)
   * @throws org.waypoint.kernel.ConflictException when it was recorded elsewhere meanwhile
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_CALL_RECORD)
  @ClientRecord
  public RecordedCall recordReached(
      @ClientId long clientId, long callId, CheckInAnswers answers, String nextStep, long version) {
    if (answers == null) {
      throw Refusals.refusal("call", Wording.text("discharge.call.answersRequired"));
    }
    LocalDate today = reader.today();
    answers.setContact(ContactMode.PHONE);
    SafetyPlanVersion plan = plans.latest(clientId);
    Refusals refused =
        Refusals.of(validator.validate(answers), p -> p.startsWith("copingUsed") ? "copingUsed" : p)
            .addAll(answers.followUpRefusals(today));
    List<String> offered = strategies(plan);
    answers.getCopingUsed().stream()
        .filter(s -> !offered.contains(s))
        .findFirst()
        .ifPresent(s -> refused.add("copingUsed", Wording.text("checkin.copingUsed.notInPlan", s)));
    nextStepRefusal(refused, nextStep);
    refused.throwIfAny();
    // one check-in at a time per client, as the check-in page records them
    Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
    FollowUpCall call = recordable(clientId, callId, version);
    String me = me();
    Instant now = now();
    CheckInWriter.Written written =
        checkIns.write(client, answers, plan == null ? null : plan.getNumber(), now, me, today);
    writer.record(call, CallOutcome.REACHED, nextStep, me, now, written.checkIn().getId());
    RecordedCheckIn checkIn =
        new RecordedCheckIn(
            checkInReader.history(clientId, 0, 1).get(0),
            written.raised().alert(),
            written.raised().task(),
            written.raised().openTask());
    return new RecordedCall(item(clientId, callId), checkIn);
  }

  /**
   * Records a call on which the client was not reached: a message left, or not reached.
   *
   * @param clientId the client
   * @param callId the call
   * @param outcome {@link CallOutcome#MESSAGE_LEFT} or {@link CallOutcome#NOT_REACHED}
   * @param nextStep the next step, or {@code null} (at most 1,000 characters)
   * @param version the call's version the caller read
   * @return the call as recorded
   * @throws org.waypoint.kernel.InvalidInputException with a message per refused field ({@code
   *     outcome}, {@code nextStep}, or {@code call})
   * @throws org.waypoint.kernel.ConflictException when it was recorded elsewhere meanwhile
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_CALL_RECORD)
  @ClientRecord
  public RecordedCall recordNotReached(
      @ClientId long clientId, long callId, CallOutcome outcome, String nextStep, long version) {
    Refusals refused = Refusals.none();
    if (outcome == null) {
      refused.add("outcome", Wording.text("discharge.call.outcome.required"));
    } else if (outcome == CallOutcome.REACHED) {
      refused.add("outcome", Wording.text("discharge.call.outcome.reachedNeedsCheckIn"));
    }
    nextStepRefusal(refused, nextStep);
    refused.throwIfAny();
    FollowUpCall call = recordable(clientId, callId, version);
    writer.record(call, outcome, nextStep, me(), now(), null);
    return new RecordedCall(item(clientId, callId), null);
  }

  private FollowUpCall recordable(long clientId, long callId, long version) {
    FollowUpCall call = em.find(FollowUpCall.class, callId, LockModeType.PESSIMISTIC_WRITE);
    if (call == null || call.getClientId() != clientId) {
      throw Refusals.refusal("call", Wording.text("discharge.call.notThisClient"));
    }
    if (call.getOutcome() != null) {
      String by = call.getRecordedBy();
      throw new ConflictException(
          Wording.text(
              "discharge.call.recordedAlready",
              StaffDirectory.names(em, List.of(by)).getOrDefault(by, by),
              call.getOutcome().label()),
          call.getVersion());
    }
    if (call.getVersion() != version) {
      throw new ConflictException(
          Wording.text("discharge.call.changedElsewhere"), call.getVersion());
    }
    return call;
  }

  private static void nextStepRefusal(Refusals refused, String nextStep) {
    if (nextStep == null) {
      return;
    }
    if (nextStep.length() > FollowUpCall.NEXT_STEP_LIMIT) {
      refused.add(
          "nextStep", Wording.text("discharge.call.nextStep.size", FollowUpCall.NEXT_STEP_LIMIT));
    } else if (PlainText.Validator.hasControlCharacter(nextStep)) {
      refused.add("nextStep", Wording.text("kernel.text.control"));
    }
  }

  private FollowUpCallItem item(long clientId, long callId) {
    return reader.calls(clientId, null).stream()
        .filter(c -> c.id() == callId)
        .findFirst()
        .orElseThrow(() -> new FollowUpCallNotFoundException(callId));
  }

  private <T> TypedQuery<T> dueQuery(
      String select, String orderBy, ListScope scope, boolean missedOnly, Class<T> type) {
    scope.checkAllowed(session);
    LocalDate today = reader.today();
    return em.createQuery(
            select
                + DischargeReader.CALL_FROM
                + " where f.outcome is null"
                + (missedOnly ? " and f.dueDate < :today" : " and f.dueDate <= :today")
                + " and c.status = org.waypoint.client.ClientStatus.DISCHARGED"
                + scope.condition("c", "u")
                + orderBy,
            type)
        .setParameter("today", today)
        .setParameter("me", me());
  }

  private static List<String> strategies(SafetyPlanVersion plan) {
    if (plan == null) {
      return List.of();
    }
    return plan.entries().stream()
        .filter(e -> COPING_PARTS.contains(e.part()))
        .map(PlanEntry::text)
        .distinct()
        .toList();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
