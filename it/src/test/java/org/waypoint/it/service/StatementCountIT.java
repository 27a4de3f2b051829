package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyReason;
import org.waypoint.access.EmergencyRequest;
import org.waypoint.access.ListScope;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInService;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.discharge.DischargeDetail;
import org.waypoint.discharge.DischargeService;
import org.waypoint.discharge.FollowUpCallService;
import org.waypoint.followup.FollowUpService;
import org.waypoint.handover.HandoverService;
import org.waypoint.intake.IntakeService;
import org.waypoint.it.service.CoSignFixtures.Account;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.Role;
import org.waypoint.note.AttendeePart;
import org.waypoint.note.CoSignatureService;
import org.waypoint.note.GroupContent;
import org.waypoint.note.GroupDetail;
import org.waypoint.note.GroupSessionService;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteFormat;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteWorkService;
import org.waypoint.program.ProgramService;
import org.waypoint.risk.RiskLevel;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.VersionDetails;

/**
 * The number of SQL statements behind each dashboard block (for each role), the client list, the
 * handover, the note list, a note with its addenda and a group note does not grow with the number
 * of rows: each is measured ({@link Statements}), the rows that would show a query per row are
 * added (clients, check-ins, alerts, tasks, drafts, notes, addenda, discharges, calls, intakes,
 * emergency accesses, attendees), and it is measured again. Every row is the test's own: its own
 * clients, accounts and (for the handover) program; the demo's clients are left alone.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

  /** Rows per page: the most a list gives, so the rows added are on the page measured. */
  private static final int PAGE = 100;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        StatementCountIT.class,
        Statements.class,
        Staff.class,
        TestClients.class,
        CoSignFixtures.class,
        CoSignFixtures.Account.class,
        DischargeFixtures.class,
        DischargeProbe.class,
        HandoverProbe.class,
        SafetyPlanProbe.class);
  }

  // ---- the measurement ----

  /**
   * Measures every block, adds rows twice (the first round makes sure no list is empty when first
   * measured), measures again and compares.
   */
  private static void assertConstant(
      String what, Map<String, Statements.Action> blocks, Statements.Action grow) throws Exception {
    grow.run();
    Map<String, Integer> before = measure(blocks);
    grow.run();
    grow.run();
    Map<String, Integer> after = measure(blocks);
    for (String block : blocks.keySet()) {
      System.out.printf(
          "statements %s / %s: %d before, %d after adding rows%n",
          what, block, before.get(block), after.get(block));
    }
    // no block may issue more statements after rows were added; one may issue fewer when a lookup
    // for an empty set is skipped because its page came out different
    for (String block : blocks.keySet()) {
      assertTrue(
          after.get(block) <= before.get(block),
          what
              + " / "
              + block
              + ": "
              + before.get(block)
              + " statements before adding rows, "
              + after.get(block)
              + " after");
    }
  }

  private static Map<String, Integer> measure(Map<String, Statements.Action> blocks)
      throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Statements.Action> block : blocks.entrySet()) {
      counts.put(block.getKey(), Statements.count(block.getValue()));
    }
    return counts;
  }

  // ---- services ----

  private static ClientService clients() {
    return Services.ejb(ClientService.class);
  }

  private static CheckInService checkIns() {
    return Services.ejb(CheckInService.class);
  }

  private static FollowUpService followUps() {
    return Services.ejb(FollowUpService.class);
  }

  private static SafetyPlanService plans() {
    return Services.ejb(SafetyPlanService.class);
  }

  private static FollowUpCallService calls() {
    return Services.ejb(FollowUpCallService.class);
  }

  private static NoteWorkService work() {
    return Services.ejb(NoteWorkService.class);
  }

  private static NoteService notes() {
    return Services.ejb(NoteService.class);
  }

  private static GroupSessionService groups() {
    return Services.ejb(GroupSessionService.class);
  }

  private static IntakeService intakes() {
    return Services.ejb(IntakeService.class);
  }

  // ---- rows ----

  /** A calm check-in the clinician records as High: it raises an alert and a review task. */
  private static CheckInAnswers high() {
    CheckInAnswers a = CoSignFixtures.calm();
    a.setOverrideLevel(RiskLevel.HIGH);
    a.setOverrideReason("Says goodbye-like things; staff are worried.");
    return a;
  }

  /** A new Residential client of Dana's with a High check-in by her today. */
  private static long clientSeenToday(String name) throws Exception {
    long client = TestClients.newResidentialClient(name);
    Staff.CLINICIAN.call(() -> checkIns().record(client, high()));
    return client;
  }

  /** A draft by Dana begun 80 hours ago (stale for supervisors), on a new client. */
  private static void staleDraft() throws Exception {
    long client = TestClients.newResidentialClient("Stmtdraft");
    long note = Staff.CLINICIAN.call(() -> notes().start(client, false)).id();
    SafetyPlanProbe probe =
        Services.lookup(
            "java:global/waypoint/waypoint-it/SafetyPlanProbe!" + SafetyPlanProbe.class.getName(),
            SafetyPlanProbe.class);
    assertNull(
        probe.refusal(
            "update session_note set created_at = created_at - interval '80' hour where id = ?",
            note));
  }

  /** A client discharged ten days ago, whose first two follow-up calls are missed. */
  private static void dischargedWithCallsDue() throws Exception {
    long client = DischargeFixtures.client("Stmtcall", 30);
    DischargeFixtures.approved(client, DischargeFixtures.today().minusDays(10));
  }

  /** A complete discharge plan prepared by Dana, waiting for a supervisor's approval. */
  private static void dischargeAwaitingApproval() throws Exception {
    long client = DischargeFixtures.client("Stmtdis", 30);
    DischargeFixtures.reviewedPlan(client);
    DischargeDetail draft =
        Staff.CLINICIAN.call(
            () ->
                Services.ejb(DischargeService.class)
                    .saveDraft(
                        client,
                        null,
                        0,
                        DischargeFixtures.complete(DischargeFixtures.today().plusDays(7))));
    assertEquals(client, draft.clientId());
  }

  /** A trainee's note waiting for co-signature, and another the supervisor returned. */
  private static void traineeNotes(Account trainee) throws Exception {
    long client = TestClients.newResidentialClient("Stmtcosign");
    CoSignFixtures.signedNote(trainee, client);
    long returned = CoSignFixtures.signedNote(trainee, client);
    Staff.SUPERVISOR.call(
        () -> Services.ejb(CoSignatureService.class).returnNote(returned, "Add the risk seen."));
  }

  /** An emergency access to a Residential client by a clinician of another program. */
  private static void emergencyAccess(Account outsider) throws Exception {
    long client = TestClients.newResidentialClient("Stmtglass");
    EmergencyRequest request = new EmergencyRequest();
    request.setReason(EmergencyReason.CRISIS);
    request.setDetails("Client called the crisis line; the covering clinician needs the plan.");
    request.setConfirmed(true);
    outsider.call(() -> Services.ejb(EmergencyAccessService.class).open(client, request));
  }

  /** A plan version by the clinician, with a warning sign and two things that help. */
  private static void plan(Account clinician, long client) throws Exception {
    VersionDetails details = new VersionDetails();
    details.setReviewedWithClient(true);
    details.setAcknowledgement(Acknowledgement.VERBAL);
    details.setAcknowledgedWith(clinician.displayName());
    List<PlanEntry> entries =
        List.of(
            new PlanEntry("w1", PlanPart.WARNING_SIGNS, "Not sleeping", null, null, null),
            new PlanEntry("c1", PlanPart.COPING_ALONE, "Hold ice cubes", null, null, null),
            new PlanEntry("d1", PlanPart.DISTRACTIONS, "Walk the dog", null, null, null));
    clinician.call(() -> plans().save(client, null, entries, details));
  }

  // ---- the dashboards ----

  @Test
  void clinicianDashboardBlocksIssueAsManyStatementsWithMoreRows() throws Exception {
    Account trainee = CoSignFixtures.account(Role.CLINICIAN, "Residential", true);
    ClientQuery caseload =
        ClientQuery.ownCaseload(ClientStatus.ACTIVE)
            .orderedBy(ClientQuery.SortBy.RISK_LEVEL, false);
    Map<String, Statements.Action> blocks = new LinkedHashMap<>();
    blocks.put(
        "caseload",
        () ->
            Staff.CLINICIAN.call(
                () -> clients().count(caseload) + clients().search(caseload, 0, PAGE).size()));
    blocks.put(
        "checkInsDue",
        () ->
            Staff.CLINICIAN.call(
                () ->
                    checkIns().countDue(ListScope.OWN_CASELOAD)
                        + checkIns().due(ListScope.OWN_CASELOAD, 0, PAGE).size()));
    blocks.put(
        "reviewTasks",
        () ->
            Staff.CLINICIAN.call(
                () -> followUps().countMyOpenTasks() + followUps().myOpenTasks(0, PAGE).size()));
    blocks.put(
        "planReviews",
        () ->
            Staff.CLINICIAN.call(
                () ->
                    plans().countReviewsDue(ListScope.OWN_CASELOAD)
                        + plans().reviewsDue(ListScope.OWN_CASELOAD, 0, PAGE).size()));
    blocks.put(
        "callsDue",
        () ->
            Staff.CLINICIAN.call(
                () ->
                    calls().countDue(ListScope.OWN_CASELOAD)
                        + calls().due(ListScope.OWN_CASELOAD, 0, PAGE).size()));
    blocks.put(
        "myDrafts",
        () -> Staff.CLINICIAN.call(() -> work().countMyDrafts() + work().myDrafts(0, PAGE).size()));
    blocks.put(
        "contactsWithoutNote",
        () ->
            Staff.CLINICIAN.call(
                () ->
                    work().countContactsWithoutNote()
                        + work().contactsWithoutNote(0, PAGE).size()));
    blocks.put(
        "returnedToMe",
        () -> trainee.call(() -> work().countReturnedToMe() + work().returnedToMe(0, PAGE).size()));
    blocks.put(
        "programs",
        () -> Staff.CLINICIAN.call(() -> Services.ejb(ProgramService.class).programs()));
    assertConstant(
        "clinician dashboard",
        blocks,
        () -> {
          clientSeenToday("Stmtseen");
          clientSeenToday("Stmtseen");
          staleDraft();
          traineeNotes(trainee);
          dischargedWithCallsDue();
        });
  }

  @Test
  void supervisorDashboardBlocksIssueAsManyStatementsWithMoreRows() throws Exception {
    Account trainee = CoSignFixtures.account(Role.CLINICIAN, "Residential", true);
    Account outsider = CoSignFixtures.account(Role.CLINICIAN, "Intensive Outpatient", false);
    Map<String, Statements.Action> blocks = new LinkedHashMap<>();
    blocks.put(
        "intakesInProgress",
        () ->
            Staff.SUPERVISOR.call(
                () -> intakes().countInProgress() + intakes().inProgress(0, PAGE).size()));
    blocks.put(
        "checkInsDue",
        () ->
            Staff.SUPERVISOR.call(
                () ->
                    checkIns().countDue(ListScope.MY_PROGRAMS)
                        + checkIns().due(ListScope.MY_PROGRAMS, 0, PAGE).size()));
    blocks.put(
        "reviewTasks",
        () ->
            Staff.SUPERVISOR.call(
                () -> followUps().countMyOpenTasks() + followUps().myOpenTasks(0, PAGE).size()));
    blocks.put(
        "alerts",
        () ->
            Staff.SUPERVISOR.call(
                () -> followUps().countOpenAlerts() + followUps().openAlerts(0, PAGE).size()));
    blocks.put("riskOverview", () -> Staff.SUPERVISOR.call(() -> checkIns().overview()));
    blocks.put(
        "planReviews",
        () ->
            Staff.SUPERVISOR.call(
                () ->
                    plans().countReviewsDue(ListScope.MY_PROGRAMS)
                        + plans().reviewsDue(ListScope.MY_PROGRAMS, 0, PAGE).size()));
    blocks.put(
        "callsDue",
        () ->
            Staff.SUPERVISOR.call(
                () ->
                    calls().countDue(ListScope.MY_PROGRAMS)
                        + calls().due(ListScope.MY_PROGRAMS, 0, PAGE).size()));
    DischargeService discharges = Services.ejb(DischargeService.class);
    blocks.put(
        "dischargesAwaiting",
        () ->
            Staff.SUPERVISOR.call(
                () ->
                    discharges.countAwaitingApproval()
                        + discharges.awaitingApproval(0, PAGE).size()));
    EmergencyAccessService emergencies = Services.ejb(EmergencyAccessService.class);
    blocks.put(
        "emergencyReviews",
        () ->
            Staff.SUPERVISOR.call(
                () -> emergencies.countToReview() + emergencies.toReview(0, PAGE).size()));
    CoSignatureService coSign = Services.ejb(CoSignatureService.class);
    blocks.put(
        "coSignQueue",
        () -> Staff.SUPERVISOR.call(() -> coSign.countQueue() + coSign.queue(0, PAGE).size()));
    blocks.put(
        "staleDrafts",
        () ->
            Staff.SUPERVISOR.call(
                () -> work().countStaleDrafts() + work().staleDrafts(0, PAGE).size()));
    blocks.put(
        "lateHandovers",
        () -> Staff.SUPERVISOR.call(() -> Services.ejb(HandoverService.class).late()));
    blocks.put(
        "programs",
        () -> Staff.SUPERVISOR.call(() -> Services.ejb(ProgramService.class).programs()));
    assertConstant(
        "supervisor dashboard",
        blocks,
        () -> {
          clientSeenToday("Stmtalert");
          TestClients.newResidentialClient("Stmtnew");
          Staff.INTAKE.call(() -> intakes().start());
          staleDraft();
          traineeNotes(trainee);
          emergencyAccess(outsider);
          dischargeAwaitingApproval();
          dischargedWithCallsDue();
        });
  }

  @Test
  void intakeAndAdministratorDashboardBlocksIssueAsManyStatementsWithMoreRows() throws Exception {
    Map<String, Statements.Action> blocks = new LinkedHashMap<>();
    blocks.put(
        "intakesInProgress",
        () ->
            Staff.INTAKE.call(
                () -> intakes().countInProgress() + intakes().inProgress(0, PAGE).size()));
    blocks.put(
        "intake programs",
        () -> Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs()));
    blocks.put(
        "admin programs",
        () -> Staff.ADMIN.call(() -> Services.ejb(ProgramService.class).programs()));
    assertConstant(
        "intake and administrator dashboards",
        blocks,
        () -> {
          Staff.INTAKE.call(() -> intakes().start());
          Staff.INTAKE.call(() -> intakes().start());
        });
  }

  // ---- the client list ----

  @Test
  void clientListAndSearchIssueAsManyStatementsWithMoreClients() throws Exception {
    String name = TestNames.uniqueLastName("Stmtlist");
    ClientQuery all = ClientQuery.all();
    ClientQuery byName = new ClientQuery(name, null, null, ClientQuery.SortBy.NAME, true);
    ClientQuery byRisk =
        new ClientQuery(null, null, ClientStatus.ACTIVE, ClientQuery.SortBy.RISK_LEVEL, false);
    Map<String, Statements.Action> blocks = new LinkedHashMap<>();
    for (Staff who : List.of(Staff.INTAKE, Staff.CLINICIAN, Staff.SUPERVISOR)) {
      for (Map.Entry<String, ClientQuery> q :
          Map.of("all", all, "search", byName, "byRisk", byRisk).entrySet()) {
        ClientQuery query = q.getValue();
        blocks.put(
            who.username + " " + q.getKey(),
            () -> who.call(() -> clients().count(query) + clients().search(query, 0, PAGE).size()));
      }
    }
    assertConstant(
        "client list",
        blocks,
        () -> {
          for (int i = 0; i < 3; i++) {
            long client = TestClients.newResidentialClient(name);
            Staff.CLINICIAN.call(() -> checkIns().record(client, high()));
          }
        });
  }

  // ---- the handover ----

  @Test
  void handoverReadIssuesAsManyStatementsWithMoreClientsAndHistory() throws Exception {
    String code = TestNames.uniqueLastName("S");
    code = code.substring(0, Math.min(12, code.length()));
    String program = "Statement unit " + code;
    HandoverProbe probe =
        Services.lookup(
            "java:global/waypoint/waypoint-it/HandoverProbe!" + HandoverProbe.class.getName(),
            HandoverProbe.class);
    long programId = probe.newProgram(code, program);
    Account clinician = CoSignFixtures.account(Role.CLINICIAN, program, false);
    Account supervisor = CoSignFixtures.account(Role.SUPERVISOR, program, false);
    long clinicianId =
        Staff.INTAKE.call(clients()::clinicians).stream()
            .filter(s -> s.displayName().equals(clinician.displayName()))
            .findFirst()
            .orElseThrow()
            .id();
    Map<String, Statements.Action> blocks = new LinkedHashMap<>();
    HandoverService handovers = Services.ejb(HandoverService.class);
    blocks.put("read", () -> supervisor.call(() -> handovers.read(programId, null)));
    blocks.put("late", () -> supervisor.call(handovers::late));
    blocks.put("history", () -> supervisor.call(() -> handovers.history(programId, 0, PAGE)));
    DischargeProbe discharge =
        Services.lookup(
            "java:global/waypoint/waypoint-it/DischargeProbe!" + DischargeProbe.class.getName(),
            DischargeProbe.class);
    assertConstant(
        "handover",
        blocks,
        () -> {
          for (int i = 0; i < 2; i++) {
            ClientRegistration form = new ClientRegistration();
            form.setLegalFirstName("Robin");
            form.setLegalLastName(TestNames.uniqueLastName("Stmthand"));
            form.setDateOfBirth(LocalDate.of(1999, 4, 3));
            form.setProgramId(programId);
            form.setPrimaryClinicianId(clinicianId);
            form.setStatus(ClientStatus.ACTIVE);
            form.setAdmissionDate(TestNames.centerToday());
            long client = Staff.INTAKE.call(() -> clients().register(form)).id();
            clinician.call(() -> checkIns().record(client, CoSignFixtures.calm()));
            clinician.call(() -> checkIns().record(client, high()));
            plan(clinician, client);
            CoSignFixtures.signedNote(clinician, client);
            CoSignFixtures.signedNote(clinician, client);
            discharge.startPrecaution(client);
          }
        });
  }

  // ---- notes ----

  @Test
  void noteListAndANoteWithAddendaIssueAsManyStatementsWithMoreNotes() throws Exception {
    long client = TestClients.newResidentialClient("Stmtnotes");
    long first = CoSignFixtures.signedNote(Staff.CLINICIAN, client);
    Map<String, Statements.Action> blocks = new LinkedHashMap<>();
    blocks.put(
        "list",
        () ->
            Staff.CLINICIAN.call(
                () ->
                    notes().count(client, NoteFilter.ALL)
                        + notes().list(client, NoteFilter.ALL, 0, PAGE).size()));
    blocks.put(
        "list as intake",
        () -> Staff.INTAKE.call(() -> notes().list(client, NoteFilter.ALL, 0, PAGE).size()));
    blocks.put("authors", () -> Staff.CLINICIAN.call(() -> notes().authors(client)));
    blocks.put("open with addenda", () -> Staff.CLINICIAN.call(() -> notes().open(first)));
    blocks.put("open as supervisor", () -> Staff.SUPERVISOR.call(() -> notes().open(first)));
    assertConstant(
        "notes",
        blocks,
        () -> {
          Staff.CLINICIAN.call(
              () -> notes().addAddendum(first, "Client called back.", "Late information"));
          Staff.SUPERVISOR.call(
              () -> notes().addAddendum(first, "Reviewed with the team.", "Supervision"));
          long other = CoSignFixtures.signedNote(Staff.CLINICIAN, client);
          Staff.CLINICIAN.call(
              () -> notes().addAddendum(other, "Phone number changed.", "Correction"));
          Staff.SUPERVISOR.call(() -> notes().start(client, false));
        });
  }

  @Test
  void aGroupNoteIssuesAsManyStatementsWithMoreAttendees() throws Exception {
    long residential =
        Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals("Residential"))
            .findFirst()
            .orElseThrow()
            .id();
    GroupDetail started = Staff.CLINICIAN.call(() -> groups().start(residential, null));
    List<Long> attendees = new ArrayList<>();
    long[] version = {started.version()};
    Map<String, Statements.Action> blocks = new LinkedHashMap<>();
    blocks.put("open", () -> Staff.CLINICIAN.call(() -> groups().open(started.id())));
    blocks.put(
        "open as supervisor", () -> Staff.SUPERVISOR.call(() -> groups().open(started.id())));
    blocks.put(
        "mine",
        () -> Staff.CLINICIAN.call(() -> groups().countMine() + groups().mine(0, PAGE).size()));
    blocks.put(
        "an attendee's note",
        () -> {
          long note =
              Staff.CLINICIAN.call(() -> groups().open(started.id())).attendees().get(0).noteId();
          Staff.CLINICIAN.call(() -> notes().open(note));
        });
    assertConstant(
        "group note",
        blocks,
        () -> {
          for (int i = 0; i < 2; i++) {
            attendees.add(TestClients.newResidentialClient("Stmtgroup"));
          }
          version[0] =
              Staff.CLINICIAN
                  .call(() -> groups().save(started.id(), version[0], groupContent(attendees)))
                  .version();
          Staff.CLINICIAN.call(() -> groups().start(residential, "Sleep"));
        });
  }

  /** Yesterday's group, 10 to 11, with a SOAP part for each attendee. */
  private static GroupContent groupContent(List<Long> attendees) {
    GroupContent c = new GroupContent();
    c.setTopic("Riding out urges");
    c.setContactDate(TestNames.centerToday().minusDays(1));
    c.setStartTime(LocalTime.of(10, 0));
    c.setEndTime(LocalTime.of(11, 0));
    c.setSharedPart("Skills practice: urge surfing.");
    c.setFacilitators(List.of("clinician"));
    List<AttendeePart> parts = new ArrayList<>();
    for (long id : attendees) {
      NoteContent part = new NoteContent();
      part.setFormat(NoteFormat.SOAP);
      for (NoteField field : NoteFormat.SOAP.fields()) {
        part.setText(field, "Took part " + field.property());
      }
      parts.add(new AttendeePart(id, part));
    }
    c.setAttendees(parts);
    return c;
  }
}
