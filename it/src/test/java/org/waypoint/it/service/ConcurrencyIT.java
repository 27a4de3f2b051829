package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyReason;
import org.waypoint.access.EmergencyRequest;
import org.waypoint.admin.AdminService;
import org.waypoint.admin.UserSummary;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInService;
import org.waypoint.checkin.RecordedCheckIn;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.discharge.CallOutcome;
import org.waypoint.discharge.DischargeDetail;
import org.waypoint.discharge.DischargeForm;
import org.waypoint.discharge.DischargeService;
import org.waypoint.discharge.FollowUpCallItem;
import org.waypoint.discharge.FollowUpCallService;
import org.waypoint.followup.AlertItem;
import org.waypoint.followup.FollowUpConflictException;
import org.waypoint.followup.FollowUpService;
import org.waypoint.handover.HandoverService;
import org.waypoint.handover.HandoverView;
import org.waypoint.intake.IntakeConflictException;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.intake.IntakeService;
import org.waypoint.intake.ReferralSection;
import org.waypoint.intake.ReferralSource;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Role;
import org.waypoint.note.DraftSaved;
import org.waypoint.note.GroupContent;
import org.waypoint.note.GroupDetail;
import org.waypoint.note.GroupSessionService;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteState;
import org.waypoint.precaution.ObservationLevel;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.precaution.PrecautionKind;
import org.waypoint.precaution.PrecautionRequest;
import org.waypoint.precaution.PrecautionService;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.SaveOutcome;
import org.waypoint.safetyplan.VersionDetails;
import org.waypoint.submission.Submissions;

/**
 * Two people, or one person twice, at the same moment (issue 16, section 3). A replayed submission
 * (the same form sent again: a double click, the browser resending, a retry) records one check-in,
 * one signature, one acknowledgement, whether the copies come one after the other or at once from
 * two threads; the copy gets the first one's outcome, not an error. Two users who loaded the same
 * version of a record and both save: the second is refused in words, and the first one's save is
 * all there. Counts go to {@code it/target/reliability/concurrency.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrencyIT {

  /** The records checked for a conflict, and the kinds of submission checked for a replay. */
  private static final Set<String> CONFLICTS = new TreeSet<>();

  private static final Set<String> REPLAYS = new TreeSet<>();
  private static long duplicates;
  private static long lostUpdates;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        ConcurrencyIT.class,
        Staff.class,
        TestClients.class,
        ConcurrencyProbe.class,
        CoSignFixtures.class,
        HandoverProbe.class,
        DischargeFixtures.class,
        DischargeProbe.class);
  }

  private static CheckInService checkIns() {
    return Services.ejb(CheckInService.class);
  }

  private static ConcurrencyProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/ConcurrencyProbe!" + ConcurrencyProbe.class.getName(),
        ConcurrencyProbe.class);
  }

  private static NoteService notes() {
    return Services.ejb(NoteService.class);
  }

  private static FollowUpService followUps() {
    return Services.ejb(FollowUpService.class);
  }

  /** The demo accounts' password, new for each call (a service wipes what it was given). */
  private static char[] demoPassword() {
    return "waypoint-demo".toCharArray();
  }

  // --- replays ---

  @Test
  @Order(1)
  void aCheckInSubmittedTwiceIsRecordedOnce() throws Exception {
    long client = TestClients.newResidentialClient("Replay");
    String count = "select count(*) from check_in where client_id = ?";

    // one after the other: the copy gets the first one's check-in
    String token = Submissions.newToken();
    RecordedCheckIn first = Staff.CLINICIAN.call(() -> checkIns().record(client, token, calm(2)));
    RecordedCheckIn again = Staff.CLINICIAN.call(() -> checkIns().record(client, token, calm(2)));
    assertEquals(first.entry().id(), again.entry().id());
    assertEquals(first.entry().level(), again.entry().level());
    long rows = probe().count(count, client);
    countDuplicates(rows, 1);
    assertEquals(1, rows, "one check-in for one submission");

    // at once, from two threads: a High one, so one alert too
    String twin = Submissions.newToken();
    List<Object> both =
        atOnce(
            () -> Staff.CLINICIAN.call(() -> checkIns().record(client, twin, selfHarm())),
            () -> Staff.CLINICIAN.call(() -> checkIns().record(client, twin, selfHarm())));
    RecordedCheckIn a = (RecordedCheckIn) both.get(0);
    RecordedCheckIn b = (RecordedCheckIn) both.get(1);
    assertEquals(a.entry().id(), b.entry().id(), "both copies answered with the one check-in");
    assertEquals(RiskLevel.HIGH, a.entry().level());
    assertTrue(a.alertRaised() && b.alertRaised(), "both told of the alert");
    rows = probe().count(count, client);
    long alerts = probe().count("select count(*) from risk_alert where client_id = ?", client);
    countDuplicates(rows, 2);
    countDuplicates(alerts, 1);
    assertEquals(2, rows, "one more check-in for the twin submissions");
    assertEquals(1, alerts, "one alert");

    // refused, then corrected and sent again with the same token: recorded once
    String corrected = Submissions.newToken();
    CheckInAnswers missing = calm(1);
    missing.setSelfHarm(null);
    assertThrows(
        InvalidInputException.class,
        () -> Staff.CLINICIAN.call(() -> checkIns().record(client, corrected, missing)));
    assertEquals(2, probe().count(count, client), "nothing for the refused submission");
    Staff.CLINICIAN.call(() -> checkIns().record(client, corrected, calm(1)));
    Staff.CLINICIAN.call(() -> checkIns().record(client, corrected, calm(1)));
    assertEquals(3, probe().count(count, client), "the corrected submission, once");

    // another user's token, or a token Waypoint did not make: refused in words, nothing recorded
    InvalidInputException stolen =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.SUPERVISOR.call(() -> checkIns().record(client, token, calm(2))));
    assertTrue(stolen.fieldErrors().containsKey(Submissions.FIELD));
    assertThrows(
        InvalidInputException.class,
        () -> Staff.CLINICIAN.call(() -> checkIns().record(client, "' or 1=1 --", calm(2))));
    assertEquals(3, probe().count(count, client));
    REPLAYS.add("check-in");
    writeCounts();
  }

  @Test
  @Order(2)
  void aNoteSignedTwiceIsSignedOnce() throws Exception {
    long client = TestClients.newResidentialClient("Replaysign");
    NoteDetail draft = Staff.CLINICIAN.call(() -> notes().start(client, false));
    NoteContent content = CoSignFixtures.complete(draft);

    String token = Submissions.newToken();
    NoteDetail signed =
        Staff.CLINICIAN.call(
            () -> notes().sign(draft.id(), draft.version(), content, demoPassword(), token));
    NoteDetail again =
        Staff.CLINICIAN.call(
            () -> notes().sign(draft.id(), draft.version(), content, demoPassword(), token));
    assertEquals(NoteState.SIGNED, signed.state());
    assertEquals(signed.signedAt(), again.signedAt(), "the copy is answered with the signature");
    assertEquals(signed.state(), again.state());

    // at once, from two threads, on a second draft
    NoteDetail second = Staff.CLINICIAN.call(() -> notes().start(client, false));
    NoteContent secondContent = CoSignFixtures.complete(second);
    String twin = Submissions.newToken();
    Callable<Object> signIt =
        () ->
            Staff.CLINICIAN.call(
                () ->
                    notes()
                        .sign(second.id(), second.version(), secondContent, demoPassword(), twin));
    List<Object> both = atOnce(signIt, signIt);
    assertEquals(
        ((NoteDetail) both.get(0)).signedAt(),
        ((NoteDetail) both.get(1)).signedAt(),
        "one signature, told to both copies");
    long signatures =
        probe()
            .count(
                "select count(*) from session_note where client_id = ? and signed_at is not null",
                client);
    countDuplicates(signatures, 2);
    assertEquals(2, signatures);
    // a signature stamps the note once: it is final, and the copies changed nothing of it
    assertEquals(
        1,
        probe()
            .count("select count(distinct signed_at) from session_note where id = ?", second.id()));
    REPLAYS.add("note signature");
    writeCounts();
  }

  @Test
  @Order(3)
  void anAlertAcknowledgedTwiceIsAcknowledgedOnce() throws Exception {
    long client = TestClients.newResidentialClient("Replayack");
    Staff.CLINICIAN.call(() -> checkIns().record(client, Submissions.newToken(), selfHarm()));
    Staff.CLINICIAN.call(() -> checkIns().record(client, Submissions.newToken(), selfHarm()));
    List<AlertItem> alerts = Staff.SUPERVISOR.call(() -> followUps().alertsOf(client));
    assertEquals(2, alerts.size());
    long firstAlert = alerts.get(0).id();
    long secondAlert = alerts.get(1).id();

    String token = Submissions.newToken();
    Staff.SUPERVISOR.call(
        () -> {
          followUps().acknowledge(client, firstAlert, "Called the clinician.", token);
          return null;
        });
    // the copy succeeds as the first did, instead of "acknowledged already by you"
    Staff.SUPERVISOR.call(
        () -> {
          followUps().acknowledge(client, firstAlert, "Called the clinician.", token);
          return null;
        });

    String twin = Submissions.newToken();
    Callable<Object> ack =
        () ->
            Staff.SUPERVISOR.call(
                () -> {
                  followUps().acknowledge(client, secondAlert, "Seen; plan reviewed.", twin);
                  return "ok";
                });
    assertEquals(List.of("ok", "ok"), atOnce(ack, ack), "both copies succeed");
    for (AlertItem a : Staff.SUPERVISOR.call(() -> followUps().alertsOf(client))) {
      assertEquals("supervisor", a.acknowledgedBy() == null ? null : "supervisor");
    }
    long acknowledged =
        probe()
            .count(
                "select count(*) from risk_alert where client_id = ? and acknowledged_at is not null",
                client);
    long events =
        probe()
            .count(
                "select count(distinct acknowledged_at) from risk_alert where client_id = ?",
                client);
    countDuplicates(acknowledged, 2);
    assertEquals(2, acknowledged);
    assertEquals(2, events, "each alert acknowledged at one moment, once");
    REPLAYS.add("alert acknowledgement");
    writeCounts();
  }

  @Test
  @Order(4)
  void aHandoverAcknowledgedTwiceAtOnceIsAcknowledgedOnce() throws Exception {
    String code = TestNames.uniqueLastName("C");
    code = code.substring(0, Math.min(12, code.length()));
    String name = "Concurrency unit " + code;
    Services.lookup(
            "java:global/waypoint/waypoint-it/HandoverProbe!" + HandoverProbe.class.getName(),
            HandoverProbe.class)
        .newProgram(code, name);
    long programId =
        Staff.ADMIN.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals(name))
            .findFirst()
            .orElseThrow()
            .id();
    CoSignFixtures.Account giver = CoSignFixtures.account(Role.CLINICIAN, name, false);
    CoSignFixtures.Account receiver = CoSignFixtures.account(Role.SUPERVISOR, name, false);
    HandoverService handovers = Services.ejb(HandoverService.class);
    long id = giver.call(() -> handovers.give(programId, handovers.shift(null).key())).handoverId();

    String twin = Submissions.newToken();
    Callable<Object> ack =
        () -> receiver.call(() -> handovers.acknowledge(id, "Read; all clear.", twin));
    List<Object> both = atOnce(ack, ack);
    HandoverView a = (HandoverView) both.get(0);
    HandoverView b = (HandoverView) both.get(1);
    assertEquals(a.acknowledgedAt(), b.acknowledgedAt(), "one acknowledgement, told to both");
    long rows =
        probe().count("select count(*) from handover_acknowledgement where handover_id = ?", id);
    countDuplicates(rows, 1);
    assertEquals(1, rows);
    REPLAYS.add("handover acknowledgement");
    writeCounts();
  }

  // --- conflicts: two users load the same version, both save ---

  @Test
  @Order(10)
  void aNoteDraftSavedFromTwoWindowsKeepsTheFirstAndShowsItToTheSecond() throws Exception {
    long client = TestClients.newResidentialClient("Conflictnote");
    NoteDetail draft = Staff.CLINICIAN.call(() -> notes().start(client, false));
    NoteContent office = CoSignFixtures.complete(draft);
    office.setText(NoteField.SUBJECTIVE, "Typed at the office.");
    NoteContent laptop = CoSignFixtures.complete(draft);
    laptop.setText(NoteField.SUBJECTIVE, "Typed on the laptop.");

    DraftSaved first =
        Staff.CLINICIAN.call(() -> notes().saveDraft(draft.id(), draft.version(), office));
    assertNull(first.theirs());
    DraftSaved second =
        Staff.CLINICIAN.call(() -> notes().saveDraft(draft.id(), draft.version(), laptop));
    assertNotNull(second.theirs(), "the second window is shown the first one's text");
    assertEquals("Typed at the office.", second.theirs().text(NoteField.SUBJECTIVE));
    String sql = "select subjective from session_note where id = ?";
    keptFirst("session note draft", "Typed at the office.", probe().text(sql, draft.id()));

    // signing from the stale window: refused in words; the first save stands, still a draft
    ConflictException stale =
        assertThrows(
            ConflictException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        notes()
                            .sign(
                                draft.id(),
                                draft.version(),
                                laptop,
                                demoPassword(),
                                Submissions.newToken())));
    worded(stale.getMessage());
    keptFirst("session note signature", "Typed at the office.", probe().text(sql, draft.id()));
    assertEquals(
        0,
        probe()
            .count(
                "select count(*) from session_note where id = ? and signed_at is not null",
                draft.id()));
  }

  @Test
  @Order(11)
  void aSafetyPlanRevisedByTwoIsMergedNotOverwritten() throws Exception {
    long client = TestClients.newResidentialClient("Conflictplan");
    SafetyPlanService plans = Services.ejb(SafetyPlanService.class);
    List<PlanEntry> v1 =
        List.of(
            new PlanEntry("w1", PlanPart.WARNING_SIGNS, "Stops answering texts", null, null, null));
    Staff.CLINICIAN.call(() -> plans.save(client, null, v1, details()));
    List<PlanEntry> mine = new ArrayList<>(v1);
    mine.add(new PlanEntry("c1", PlanPart.COPING_ALONE, "Hold ice cubes", null, null, null));
    List<PlanEntry> theirs = new ArrayList<>(v1);
    theirs.add(new PlanEntry("d1", PlanPart.DISTRACTIONS, "Walk the dog", null, null, null));

    SaveOutcome first = Staff.CLINICIAN.call(() -> plans.save(client, 1, mine, details()));
    assertNotNull(first.saved());
    SaveOutcome second = Staff.SUPERVISOR.call(() -> plans.save(client, 1, theirs, details()));
    assertNull(second.saved(), "the second save saves nothing");
    assertNotNull(second.latest(), "it is told of the newer version");
    List<String> merged = second.merged().stream().map(PlanEntry::text).toList();
    assertTrue(
        merged.contains("Hold ice cubes") && merged.contains("Walk the dog"),
        "both revisions in the merge to look over: " + merged);
    String stored =
        probe()
            .text(
                "select e.text from safety_plan_entry e join safety_plan_version v on v.id ="
                    + " e.version_id join safety_plan p on p.id = v.plan_id where p.client_id = ?"
                    + " and v.number = 2 and e.entry_key = 'c1'",
                client);
    keptFirst("safety plan", "Hold ice cubes", stored);
  }

  @Test
  @Order(12)
  void anIntakeStepSavedByTwoRefusesTheSecond() throws Exception {
    IntakeService intakes = Services.ejb(IntakeService.class);
    IntakeRecord intake = Staff.INTAKE.call(intakes::start);
    IntakeRecord first =
        Staff.INTAKE.call(() -> intakes.save(intake.id(), intake.version(), referral("First.")));
    assertTrue(first.version() > intake.version());
    IntakeConflictException e =
        assertThrows(
            IntakeConflictException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () -> intakes.save(intake.id(), intake.version(), referral("Second."))));
    worded(e.getMessage());
    keptFirst(
        "intake step",
        "First.",
        probe().text("select referral_reason from intake where id = ?", intake.id()));
  }

  @Test
  @Order(13)
  void aDischargeDraftSavedByTwoRefusesTheSecond() throws Exception {
    long client = DischargeFixtures.client("Conflictdis", 20);
    LocalDate planned = DischargeFixtures.today().plusDays(3);
    DischargeService discharges = DischargeFixtures.discharges();
    DischargeDetail draft =
        Staff.CLINICIAN.call(
            () -> discharges.saveDraft(client, null, 0, DischargeFixtures.complete(planned)));
    DischargeForm mine = DischargeFixtures.complete(planned);
    mine.setReason("First: goals met.");
    DischargeForm theirs = DischargeFixtures.complete(planned);
    theirs.setReason("Second: moving away.");
    Staff.CLINICIAN.call(
        () -> discharges.saveDraft(client, draft.dischargeId(), draft.version(), mine));
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () ->
                        discharges.saveDraft(
                            client, draft.dischargeId(), draft.version(), theirs)));
    worded(e.getMessage());
    keptFirst(
        "discharge draft",
        "First: goals met.",
        probe().text("select reason from discharge where id = ?", draft.dischargeId()));
  }

  @Test
  @Order(14)
  void aPrecautionEndedByTwoKeepsTheFirstEnding() throws Exception {
    long client = TestClients.newResidentialClient("Conflictprec");
    PrecautionService precautions = Services.ejb(PrecautionService.class);
    PrecautionRequest request = new PrecautionRequest();
    request.setKind(PrecautionKind.OBSERVATION);
    request.setObservationLevel(ObservationLevel.ONE_TO_ONE);
    PrecautionEntry started = Staff.CLINICIAN.call(() -> precautions.start(client, request)).get(0);
    Staff.CLINICIAN.call(
        () -> precautions.end(client, started.id(), started.version(), "First: calmer."));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () ->
                        precautions.end(
                            client, started.id(), started.version(), "Second: reviewed.")));
    worded(e.fieldErrors().get("endNote"));
    keptFirst(
        "precaution",
        "First: calmer.",
        probe().text("select end_note from precaution where id = ?", started.id()));
  }

  @Test
  @Order(15)
  void anAlertAndAReviewTaskSettledByTwoKeepTheFirst() throws Exception {
    long client = TestClients.newResidentialClient("Conflictalert");
    Staff.CLINICIAN.call(() -> checkIns().record(client, Submissions.newToken(), selfHarm()));
    long alert = Staff.SUPERVISOR.call(() -> followUps().alertsOf(client)).get(0).id();
    CoSignFixtures.Account other = CoSignFixtures.account(Role.SUPERVISOR, "Residential", false);
    Staff.SUPERVISOR.call(
        () -> {
          followUps()
              .acknowledge(client, alert, "First: called the clinician.", Submissions.newToken());
          return null;
        });
    FollowUpConflictException e =
        assertThrows(
            FollowUpConflictException.class,
            () ->
                other.call(
                    () -> {
                      followUps()
                          .acknowledge(client, alert, "Second: seen.", Submissions.newToken());
                      return null;
                    }));
    worded(e.getMessage());
    keptFirst(
        "risk alert",
        "First: called the clinician.",
        probe().text("select note from risk_alert where id = ?", alert));

    long task = Staff.CLINICIAN.call(() -> followUps().tasksOf(client)).get(0).id();
    Staff.CLINICIAN.call(
        () -> {
          followUps().closeTask(client, task, "First: the plan still fits.");
          return null;
        });
    FollowUpConflictException closed =
        assertThrows(
            FollowUpConflictException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () -> {
                      followUps().closeTask(client, task, "Second: fine.");
                      return null;
                    }));
    worded(closed.getMessage());
    String outcome = probe().text("select outcome from review_task where id = ?", task);
    keptFirst(
        "review task",
        "First: the plan still fits.",
        outcome == null ? null : outcome.substring(outcome.indexOf("First")));
  }

  @Test
  @Order(16)
  void anAccountsAccessChangedByTwoAdministratorsRefusesTheSecond() throws Exception {
    CoSignFixtures.Account staff = CoSignFixtures.account(Role.CLINICIAN, "Residential", false);
    AdminService admin = Services.ejb(AdminService.class);
    long id = probe().idOf("select id from staff_user where username = ?", staff.username());
    UserSummary seen = Staff.ADMIN.call(() -> admin.user(id));
    long outpatient =
        Staff.ADMIN.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals("Intensive Outpatient"))
            .findFirst()
            .orElseThrow()
            .id();
    Set<Long> more = new java.util.HashSet<>(seen.programIds());
    more.add(outpatient);

    Staff.ADMIN.call(
        () ->
            admin.changeAccess(
                id,
                seen,
                java.util.EnumSet.of(Role.CLINICIAN, Role.SUPERVISOR),
                seen.programIds()));
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () ->
                Services.callerSwitch()
                    .as(
                        "admin.elsewhere",
                        new String[] {"ADMIN"},
                        () ->
                            admin.changeAccess(
                                id, seen, java.util.EnumSet.of(Role.CLINICIAN), more)));
    worded(e.getMessage());
    UserSummary now = Staff.ADMIN.call(() -> admin.user(id));
    keptFirst(
        "user account access",
        "[CLINICIAN, SUPERVISOR] " + seen.programIds(),
        new TreeSet<>(now.roles()) + " " + now.programIds());
  }

  @Test
  @Order(17)
  void aFollowUpCallRecordedByTwoKeepsTheFirst() throws Exception {
    long client = DischargeFixtures.client("Conflictcall", 30);
    DischargeFixtures.approved(client, DischargeFixtures.today().minusDays(10));
    FollowUpCallService calls = Services.ejb(FollowUpCallService.class);
    FollowUpCallItem call = Staff.CLINICIAN.call(() -> calls.calls(client)).get(0);
    Staff.CLINICIAN.call(
        () ->
            calls.recordNotReached(
                client, call.id(), CallOutcome.MESSAGE_LEFT, "First: try Friday.", call.version()));
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () ->
                        calls.recordNotReached(
                            client,
                            call.id(),
                            CallOutcome.NOT_REACHED,
                            "Second: no answer.",
                            call.version())));
    worded(e.getMessage());
    keptFirst(
        "follow-up call",
        "First: try Friday.",
        probe().text("select next_step from follow_up_call where id = ?", call.id()));
  }

  @Test
  @Order(18)
  void aGroupNoteSavedFromTwoWindowsRefusesTheSecond() throws Exception {
    long residential =
        Staff.CLINICIAN.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals("Residential"))
            .findFirst()
            .orElseThrow()
            .id();
    GroupSessionService groups = Services.ejb(GroupSessionService.class);
    GroupDetail started = Staff.CLINICIAN.call(() -> groups.start(residential, null));
    Staff.CLINICIAN.call(
        () -> groups.save(started.id(), started.version(), group("First: urges and sleep.")));
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        groups.save(
                            started.id(), started.version(), group("Second: the other window."))));
    worded(e.getMessage());
    keptFirst(
        "group note",
        "First: urges and sleep.",
        probe().text("select shared_part from group_session where id = ?", started.id()));
  }

  @Test
  @Order(19)
  void anEmergencyAccessReviewedByTwoKeepsTheFirstReview() throws Exception {
    ProgramOption php =
        Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals("Partial Hospitalization"))
            .findFirst()
            .orElseThrow();
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName("Glass");
    form.setLegalLastName(TestNames.uniqueLastName("Conflictglass"));
    form.setDateOfBirth(LocalDate.of(1990, 1, 2));
    form.setProgramId(php.id());
    form.setStatus(ClientStatus.REFERRED);
    long client = Staff.INTAKE.call(() -> Services.ejb(ClientService.class).register(form)).id();
    EmergencyAccessService emergencies = Services.ejb(EmergencyAccessService.class);
    EmergencyRequest request = new EmergencyRequest();
    request.setReason(EmergencyReason.CRISIS);
    request.setDetails("Client called the crisis line tonight");
    request.setConfirmed(true);
    Staff.CLINICIAN.call(() -> emergencies.open(client, request));
    long access =
        Staff.SUPERVISOR.call(() -> emergencies.toReview(0, 100)).stream()
            .filter(g -> g.clientId() == client)
            .findFirst()
            .orElseThrow()
            .id();
    CoSignFixtures.Account other =
        CoSignFixtures.account(Role.SUPERVISOR, "Partial Hospitalization", false);

    Staff.SUPERVISOR.call(
        () -> {
          emergencies.review(client, access, "First: appropriate.");
          return null;
        });
    ConflictException e =
        assertThrows(
            ConflictException.class,
            () ->
                other.call(
                    () -> {
                      emergencies.review(client, access, "Second: fine.");
                      return null;
                    }));
    worded(e.getMessage());
    keptFirst(
        "emergency access review",
        "First: appropriate.",
        probe().text("select review_note from emergency_access where id = ?", access));
  }

  // --- the counts ---

  @Test
  @Order(100)
  void countsAreWritten() throws Exception {
    String line = writeCounts();
    System.out.println(line);
    assertEquals(0, duplicates, "duplicates");
    assertEquals(0, lostUpdates, "lost updates");
  }

  // --- helpers ---

  private static GroupContent group(String shared) {
    GroupContent c = new GroupContent();
    c.setTopic("Riding out urges");
    c.setContactDate(TestNames.centerToday().minusDays(1));
    c.setStartTime(java.time.LocalTime.of(10, 0));
    c.setEndTime(java.time.LocalTime.of(11, 0));
    c.setSharedPart(shared);
    c.setFacilitators(List.of("clinician"));
    return c;
  }

  /** Whether the first save is all there; counted, then asserted. */
  private static void keptFirst(String record, String expected, String stored) throws IOException {
    synchronized (ConcurrencyIT.class) {
      CONFLICTS.add(record);
      countLost(!expected.equals(stored));
      writeCounts();
    }
    assertEquals(expected, stored, record + ": the first save is kept");
  }

  /** A refusal the screen shows as it is: words, not a stack trace or an exception's name. */
  private static void worded(String message) {
    assertNotNull(message);
    assertTrue(message.length() > 20, message);
    assertFalse(
        message.contains("Exception") || message.contains("\tat ") || message.contains("org."),
        message);
  }

  private static VersionDetails details() {
    VersionDetails details = new VersionDetails();
    details.setReviewedWithClient(true);
    details.setAcknowledgement(Acknowledgement.VERBAL);
    details.setAcknowledgedWith("Sky");
    return details;
  }

  private static ReferralSection referral(String reason) {
    ReferralSection r = new ReferralSection();
    r.setSource(ReferralSource.HOSPITAL);
    r.setReferralDate(TestNames.centerToday().minusDays(3));
    r.setReason(reason);
    return r;
  }

  private static synchronized void countDuplicates(long rows, long expected) {
    duplicates += Math.max(0, rows - expected);
  }

  private static synchronized void countLost(boolean lost) {
    if (lost) {
      lostUpdates++;
    }
  }

  /** Writes the counts so far; the last test writes them all. */
  private static synchronized String writeCounts() throws IOException {
    String line =
        "CONCURRENCY: "
            + CONFLICTS.size()
            + " records checked for conflicts, "
            + REPLAYS.size()
            + " submit kinds checked for replay, "
            + duplicates
            + " duplicates, "
            + lostUpdates
            + " lost updates";
    // the server runs from it/target/server-<db>/wildfly-<version>
    Path target = Path.of(System.getProperty("jboss.home.dir")).getParent().getParent();
    Path file = target.resolve("reliability").resolve("concurrency.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        line
            + "\nconflicts: "
            + String.join(", ", CONFLICTS)
            + "\nreplays: "
            + String.join(", ", REPLAYS)
            + "\n",
        StandardCharsets.UTF_8);
    return line;
  }

  /**
   * Runs two calls at the same moment, from two threads that start together.
   *
   * @return their results in order; throws the first failure
   */
  private static List<Object> atOnce(Callable<?> one, Callable<?> two) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (Callable<?> call : List.of(one, two)) {
        calls.add(
            pool.submit(
                () -> {
                  start.await(1, TimeUnit.MINUTES);
                  return call.call();
                }));
      }
      List<Object> results = new ArrayList<>();
      for (Future<?> call : calls) {
        results.add(call.get(2, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A calm check-in: Low, nothing on the screening. */
  static CheckInAnswers calm(int urge) {
    CheckInAnswers a = new CheckInAnswers();
    a.setSelfHarm(false);
    a.setUrge(urge);
    for (WarningSign sign : WarningSign.values()) {
      a.rate(sign, 1);
    }
    a.setSubstanceUse(SubstanceUse.NONE);
    a.setMeansAccess(false);
    a.setWishDead(false);
    a.setThoughts(false);
    a.setBehavior(false);
    a.setSupportContacted(true);
    return a;
  }

  /** Self-harm since the last check-in: High. */
  static CheckInAnswers selfHarm() {
    CheckInAnswers a = calm(3);
    a.setSelfHarm(true);
    a.setSelfHarmOn(TestNames.centerToday().minusDays(1));
    a.setMedicalCare(false);
    return a;
  }
}
