package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.access.ListScope;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInDueItem;
import org.waypoint.checkin.CheckInEntry;
import org.waypoint.checkin.CheckInService;
import org.waypoint.checkin.RecordedCheckIn;
import org.waypoint.client.ClientService;
import org.waypoint.followup.AlertItem;
import org.waypoint.followup.FollowUpConflictException;
import org.waypoint.followup.FollowUpService;
import org.waypoint.followup.TaskItem;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.risk.RiskEntry;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.RiskService;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.VersionDetails;

/**
 * Check-ins at the service: the follow-up of a High level, a clinician's own level kept beside the
 * computed one, refusals that save nothing, the rising mark, and check-ins due on dashboards.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        CheckInIT.class, Staff.class, SafetyPlanProbe.class, TestClients.class);
  }

  private static CheckInService checkIns() {
    return Services.ejb(CheckInService.class);
  }

  private static FollowUpService followUps() {
    return Services.ejb(FollowUpService.class);
  }

  private static SafetyPlanProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/SafetyPlanProbe!" + SafetyPlanProbe.class.getName(),
        SafetyPlanProbe.class);
  }

  /** A calm check-in: Low, nothing on the screening. */
  private static CheckInAnswers calm(int urge) {
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

  private static CheckInAnswers selfHarmSinceLastCheckIn() {
    CheckInAnswers a = calm(3);
    a.setSelfHarm(true);
    a.setSelfHarmOn(TestNames.centerToday().minusDays(1));
    a.setMedicalCare(false);
    return a;
  }

  private static void writePlan(long client) throws Exception {
    VersionDetails details = new VersionDetails();
    details.setReviewedWithClient(true);
    details.setAcknowledgement(Acknowledgement.VERBAL);
    details.setAcknowledgedWith("Dana Whitfield");
    List<PlanEntry> entries =
        List.of(
            new PlanEntry("c1", PlanPart.COPING_ALONE, "Hold ice cubes", null, null, null),
            new PlanEntry("d1", PlanPart.DISTRACTIONS, "Walk the dog", null, null, null));
    Staff.CLINICIAN.call(
        () -> Services.ejb(SafetyPlanService.class).save(client, null, entries, details));
  }

  private static List<AlertItem> openAlertsOf(long client) throws Exception {
    return Staff.SUPERVISOR.call(() -> followUps().openAlerts(0, 100)).stream()
        .filter(a -> a.clientId() == client)
        .toList();
  }

  private static List<TaskItem> openTasksOf(long client) throws Exception {
    return Staff.CLINICIAN.call(() -> followUps().myOpenTasks(0, 100)).stream()
        .filter(t -> t.clientId() == client)
        .toList();
  }

  @Test
  void aHighCheckInRaisesExactlyOneAlertAndOneReviewTask() throws Exception {
    long client = TestClients.newResidentialClient("Checkin");
    writePlan(client);
    SafetyPlanService plans = Services.ejb(SafetyPlanService.class);
    assertEquals(
        TestNames.centerToday().plusDays(SafetyPlanService.REVIEW_DAYS),
        Staff.CLINICIAN.call(() -> plans.reviewDue(client)));

    CheckInAnswers answers = selfHarmSinceLastCheckIn();
    answers.setCopingUsed(List.of("Hold ice cubes"));
    RecordedCheckIn recorded = Staff.CLINICIAN.call(() -> checkIns().record(client, answers));
    assertEquals(RiskLevel.HIGH, recorded.entry().level());
    assertEquals(List.of("self-harm since last check-in"), recorded.entry().computed().reasons());
    assertTrue(recorded.alertRaised());
    assertTrue(recorded.taskOpened());
    assertEquals(List.of("Hold ice cubes"), recorded.entry().copingUsed());
    assertEquals(1, recorded.entry().planVersion());

    List<AlertItem> alerts = openAlertsOf(client);
    assertEquals(1, alerts.size(), "exactly one alert to the program's supervisors");
    assertEquals(RiskLevel.HIGH, alerts.get(0).level());
    assertEquals("High: self-harm since last check-in", alerts.get(0).summary());
    assertEquals("Dana Whitfield", alerts.get(0).clinicianName());
    List<TaskItem> tasks = openTasksOf(client);
    assertEquals(1, tasks.size(), "exactly one safety-plan review task for the clinician");
    assertEquals("Dana Whitfield", tasks.get(0).assigneeName());
    assertEquals(
        TestNames.centerToday(),
        Staff.CLINICIAN.call(() -> plans.reviewDue(client)),
        "the plan's review date comes forward to today");
    // the client's next check-in is due within a day (daily at High)
    var profile = Staff.CLINICIAN.call(() -> Services.ejb(ClientService.class).profile(client));
    assertEquals(RiskLevel.HIGH, profile.riskLevel());
    assertTrue(profile.checkInDue().isBefore(Instant.now().plusSeconds(24 * 3600 + 60)));

    // another High check-in alerts again (one alert per check-in) but owes the same review
    RecordedCheckIn again =
        Staff.CLINICIAN.call(() -> checkIns().record(client, selfHarmSinceLastCheckIn()));
    assertTrue(again.alertRaised());
    assertFalse(again.taskOpened());
    assertTrue(again.reviewOwed());
    assertEquals(2, openAlertsOf(client).size());
    assertEquals(1, openTasksOf(client).size());

    // the supervisor acknowledges once; a second acknowledgement is refused and changes nothing
    long alert = alerts.get(0).id();
    Staff.SUPERVISOR.call(
        () -> {
          followUps().acknowledge(client, alert, "Called Dana; daily check-ins agreed.");
          return null;
        });
    assertEquals(1, openAlertsOf(client).size(), "the second check-in's alert still waits");
    assertThrows(
        FollowUpConflictException.class,
        () ->
            Staff.SUPERVISOR.call(
                () -> {
                  followUps().acknowledge(client, alert, "again");
                  return null;
                }));
    AlertItem acknowledged =
        Staff.CLINICIAN.call(() -> followUps().alertsOf(client)).stream()
            .filter(a -> a.id() == alert)
            .findFirst()
            .orElseThrow();
    assertEquals("Renée Park", acknowledged.acknowledgedBy());
    assertEquals("Called Dana; daily check-ins agreed.", acknowledged.note());
    assertThrows(
        EJBAccessException.class,
        () ->
            Staff.CLINICIAN.call(
                () -> {
                  followUps().acknowledge(client, alert, null);
                  return null;
                }),
        "only supervisors acknowledge");

    // saving a plan version is the review: the task closes
    writePlan2(client);
    assertTrue(openTasksOf(client).isEmpty());
    TaskItem done = Staff.CLINICIAN.call(() -> followUps().tasksOf(client)).get(0);
    assertEquals("Safety plan version 2 saved", done.outcome());

    // recorded check-ins are final, in the database too
    String ofClient = "(select id from check_in where client_id = ?)";
    assertNotNull(probe().refusal("update check_in set urge = 0 where id in " + ofClient, client));
    assertNotNull(probe().refusal("delete from check_in where id in " + ofClient, client));
  }

  private static void writePlan2(long client) throws Exception {
    SafetyPlanService plans = Services.ejb(SafetyPlanService.class);
    var latest = Staff.CLINICIAN.call(() -> plans.versions(client)).get(0);
    VersionDetails details = new VersionDetails();
    details.setReviewedWithClient(true);
    details.setAcknowledgement(Acknowledgement.NOT_YET);
    details.setNote("Reviewed after the check-in");
    Staff.CLINICIAN.call(() -> plans.save(client, latest.number(), latest.entries(), details));
  }

  @Test
  void aClinicianLevelIsKeptBesideTheComputedOne() throws Exception {
    long client = TestClients.newResidentialClient("Checkin");
    CheckInAnswers answers = calm(6); // urge 6: Moderate by the rules
    answers.setOverrideLevel(RiskLevel.LOW);
    answers.setOverrideReason("Urge is usual for her on a Monday; coping plan working well.");
    RecordedCheckIn recorded = Staff.CLINICIAN.call(() -> checkIns().record(client, answers));
    CheckInEntry entry = recorded.entry();
    assertEquals(RiskLevel.LOW, entry.level());
    assertEquals(RiskLevel.MODERATE, entry.computed().level());
    assertEquals(List.of("urge 6/10"), entry.computed().reasons());
    assertEquals(
        "Urge is usual for her on a Monday; coping plan working well.", entry.overrideReason());
    assertFalse(recorded.alertRaised());

    CheckInEntry stored = Staff.SUPERVISOR.call(() -> checkIns().history(client, 0, 10)).get(0);
    assertEquals(RiskLevel.LOW, stored.level());
    assertEquals(RiskLevel.MODERATE, stored.computed().level());
    RiskEntry risk =
        Staff.SUPERVISOR.call(() -> Services.ejb(RiskService.class).history(client, 1)).get(0);
    assertEquals(RiskLevel.LOW, risk.level());
    assertTrue(risk.reasonText().contains("the rules gave Moderate: urge 6/10"), risk.reasonText());

    // a clinician's High on a computed Low still alerts: the recorded level decides
    CheckInAnswers raised = calm(1);
    raised.setOverrideLevel(RiskLevel.HIGH);
    raised.setOverrideReason("Says goodbye-like things; I am worried.");
    RecordedCheckIn high = Staff.CLINICIAN.call(() -> checkIns().record(client, raised));
    assertEquals(RiskLevel.LOW, high.entry().computed().level());
    assertTrue(high.alertRaised());
    assertTrue(high.taskOpened());

    // and a computed High that the clinician records lower still tells the supervisors
    CheckInAnswers lowered = calm(9);
    lowered.setOverrideLevel(RiskLevel.MODERATE);
    lowered.setOverrideReason("Urge is high but he is with his family all weekend.");
    RecordedCheckIn moderate = Staff.CLINICIAN.call(() -> checkIns().record(client, lowered));
    assertEquals(RiskLevel.MODERATE, moderate.entry().level());
    assertTrue(moderate.alertRaised());
    assertTrue(
        openAlertsOf(client).stream()
            .anyMatch(
                a ->
                    a.level() == RiskLevel.HIGH
                        && a.summary()
                            .equals("High: urge 9/10 (the clinician recorded Moderate)")));
  }

  @Test
  void refusedAnswersSaveNothing() throws Exception {
    long client = TestClients.newResidentialClient("Checkin");
    CheckInAnswers answers = calm(2);
    answers.setSelfHarm(true); // no date, no answer on medical care
    answers.setThoughts(true); // items 3 to 5 unanswered
    answers.setOverrideLevel(RiskLevel.HIGH); // no reason
    answers.setCopingUsed(List.of("Something the plan does not have"));
    answers.setUrge(11);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> checkIns().record(client, answers)));
    assertEquals(
        java.util.Set.of(
            "urge",
            "selfHarmOn",
            "medicalCare",
            "method",
            "intent",
            "plan",
            "overrideReason",
            "copingUsed"),
        refused.fieldErrors().keySet());
    assertEquals(0, Staff.CLINICIAN.call(() -> checkIns().count(client)));
    assertTrue(openAlertsOf(client).isEmpty());
    assertNull(
        Staff.CLINICIAN.call(() -> Services.ejb(ClientService.class).profile(client)).riskLevel());

    // a self-harm date in the future is refused too
    CheckInAnswers future = selfHarmSinceLastCheckIn();
    future.setSelfHarmOn(TestNames.centerToday().plusDays(1));
    InvalidInputException date =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> checkIns().record(client, future)));
    assertEquals(java.util.Set.of("selfHarmOn"), date.fieldErrors().keySet());

    assertThrows(
        EJBAccessException.class,
        () -> Staff.INTAKE.call(() -> checkIns().record(client, calm(1))),
        "intake staff do not record check-ins");
  }

  @Test
  void anUrgeThreeAboveTheRecentMeanMarksTheClientRising() throws Exception {
    long client = TestClients.newResidentialClient("Checkin");
    for (int urge : new int[] {1, 1, 1}) {
      assertNull(
          Staff.CLINICIAN.call(() -> checkIns().record(client, calm(urge))).entry().risingReason());
    }
    RecordedCheckIn jump = Staff.CLINICIAN.call(() -> checkIns().record(client, calm(4)));
    assertEquals(RiskLevel.LOW, jump.entry().level());
    assertEquals(
        "urge 4/10, 3 or more above the mean of the last 3 check-ins (1)",
        jump.entry().risingReason());
    assertTrue(
        Staff.CLINICIAN.call(() -> Services.ejb(ClientService.class).profile(client)).rising());
    Staff.CLINICIAN.call(() -> checkIns().record(client, calm(2)));
    assertFalse(
        Staff.CLINICIAN.call(() -> Services.ejb(ClientService.class).profile(client)).rising(),
        "the mark follows the latest check-in");
  }

  @Test
  void anOverdueCheckInAppearsOnTheDashboardLists() throws Exception {
    long client = TestClients.newResidentialClient("Checkin");
    Staff.CLINICIAN.call(() -> checkIns().record(client, calm(1))); // Low: next in a week
    assertNull(dueFor(Staff.CLINICIAN, ListScope.OWN_CASELOAD, client), "not due for a week");
    assertNull(dueFor(Staff.SUPERVISOR, ListScope.MY_PROGRAMS, client));

    // two days pass beyond the due time
    assertNull(
        probe()
            .refusal(
                "update client set check_in_due = TIMESTAMP WITH TIME ZONE"
                    + " '2026-01-05 15:00:00+00' where id = ?",
                client));
    CheckInDueItem clinicianSees = dueFor(Staff.CLINICIAN, ListScope.OWN_CASELOAD, client);
    assertNotNull(clinicianSees, "the clinician's list shows the overdue check-in");
    assertTrue(clinicianSees.overdue(Instant.now()));
    assertEquals("Overdue by 2 days", clinicianSees.state(Instant.parse("2026-01-07T16:00:00Z")));
    CheckInDueItem supervisorSees = dueFor(Staff.SUPERVISOR, ListScope.MY_PROGRAMS, client);
    assertNotNull(supervisorSees, "so does the supervisor's");
    assertEquals("Dana Whitfield", supervisorSees.clinicianName());
    assertEquals(RiskLevel.LOW, supervisorSees.level());
    long count = Staff.SUPERVISOR.call(() -> checkIns().countDue(ListScope.MY_PROGRAMS));
    assertEquals(
        count, Staff.SUPERVISOR.call(() -> checkIns().due(ListScope.MY_PROGRAMS, 0, 100)).size());
    assertTrue(
        Staff.SUPERVISOR.call(() -> checkIns().overview()).stream()
                .mapToLong(p -> p.overdue())
                .sum()
            >= 1);
    assertThrows(
        EJBAccessException.class,
        () -> Staff.CLINICIAN.call(() -> checkIns().due(ListScope.MY_PROGRAMS, 0, 10)));

    // a check-in now puts it back on time
    Staff.CLINICIAN.call(() -> checkIns().record(client, calm(1)));
    assertNull(dueFor(Staff.SUPERVISOR, ListScope.MY_PROGRAMS, client));
  }

  @Test
  void aDraftKeepsEveryAnswerPerUserUntilTheCheckInIsRecorded() throws Exception {
    long client = TestClients.newResidentialClient("Checkin");
    CheckInAnswers typed = selfHarmSinceLastCheckIn();
    typed.setThoughts(true);
    typed.setMethod(false);
    typed.setCrisisSteps(List.of(org.waypoint.checkin.CrisisStep.STAY_WITH_CLIENT));
    typed.setClientWords("Half a sentence, and");
    typed.setUrge(null); // not rated yet
    Staff.CLINICIAN.call(() -> checkIns().saveDraft(client, typed));

    CheckInAnswers restored = Staff.CLINICIAN.call(() -> checkIns().start(client)).draft();
    assertNotNull(restored, "the clinician's draft comes back");
    assertEquals(typed.getSelfHarmOn(), restored.getSelfHarmOn());
    assertEquals(Boolean.FALSE, restored.getMedicalCare());
    assertEquals(Boolean.TRUE, restored.getThoughts());
    assertEquals(Boolean.FALSE, restored.getMethod());
    assertNull(restored.getIntent());
    assertNull(restored.getUrge());
    assertEquals(typed.signs(), restored.signs());
    assertEquals(SubstanceUse.NONE, restored.getSubstanceUse());
    assertEquals(
        List.of(org.waypoint.checkin.CrisisStep.STAY_WITH_CLIENT), restored.getCrisisSteps());
    assertEquals("Half a sentence, and", restored.getClientWords());
    assertNull(
        Staff.SUPERVISOR.call(() -> checkIns().start(client)).draft(), "drafts are per user");

    // recording the check-in removes the draft
    restored.setUrge(2);
    restored.setIntent(false);
    restored.setPlan(false);
    Staff.CLINICIAN.call(() -> checkIns().record(client, restored));
    assertNull(Staff.CLINICIAN.call(() -> checkIns().start(client)).draft());
  }

  private static CheckInDueItem dueFor(Staff who, ListScope scope, long client) throws Exception {
    // the list is ordered by due time: look through every page
    List<CheckInDueItem> all = who.call(() -> checkIns().due(scope, 0, 100));
    for (int first = 100; all.size() == first; first += 100) {
      int from = first;
      all = new java.util.ArrayList<>(all);
      all.addAll(who.call(() -> checkIns().due(scope, from, 100)));
    }
    return all.stream().filter(d -> d.clientId() == client).findFirst().orElse(null);
  }
}
