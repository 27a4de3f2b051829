package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.chart.Chart;
import org.waypoint.chart.ChartPart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.ChartService;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInService;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.note.NoteService;
import org.waypoint.risk.RiskService;
import org.waypoint.safetyplan.SafetyPlanService;

/**
 * Opening a chart, and reading each of its sections, issues as many SQL statements for a client
 * with a long history as for one with a short one: each read is measured ({@link Statements}) for
 * every role that sees it, the client is given more check-ins (each with its risk level, alerts and
 * review tasks), session notes (signed, and the caller's drafts) and safety-plan versions, and each
 * read is measured again. The later pages of the check-ins and risk levels are measured the same
 * way. Every row is the test's own client's.
 */
@ExtendWith(ArquillianExtension.class)
class ChartStatementCountIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        ChartStatementCountIT.class,
        Statements.class,
        Staff.class,
        TestClients.class,
        CoSignFixtures.class,
        CoSignFixtures.Account.class,
        DischargeFixtures.class);
  }

  private static ChartService charts() {
    return Services.ejb(ChartService.class);
  }

  private static CheckInService checkIns() {
    return Services.ejb(CheckInService.class);
  }

  private static SafetyPlanService plans() {
    return Services.ejb(SafetyPlanService.class);
  }

  /** Self-harm since the last check-in: High, which raises an alert and a review task. */
  private static CheckInAnswers high() {
    CheckInAnswers a = CoSignFixtures.calm();
    a.setSelfHarm(true);
    a.setSelfHarmOn(TestNames.centerToday().minusDays(1));
    a.setMedicalCare(false);
    return a;
  }

  /**
   * More history: check-ins (calm and High, so risk levels, alerts and review tasks), plan
   * versions, signed notes by the clinician and the supervisor, and a draft of the clinician's.
   */
  private static void grow(long client, int round) throws Exception {
    for (int i = 0; i < 6; i++) {
      CheckInAnswers answers = i % 3 == 0 ? high() : CoSignFixtures.calm();
      Staff.CLINICIAN.call(() -> checkIns().record(client, answers));
    }
    // the High check-ins ask for the plan's review before a note of today is signed
    DischargeFixtures.reviewedPlan(client, "Walk the dog, round " + round + "a");
    DischargeFixtures.reviewedPlan(client, "Walk the dog, round " + round + "b");
    for (int i = 0; i < 6; i++) {
      CoSignFixtures.signedNote(i % 2 == 0 ? Staff.CLINICIAN : Staff.SUPERVISOR, client);
    }
    Staff.CLINICIAN.call(() -> Services.ejb(NoteService.class).start(client, false));
  }

  /** Every read of the chart a role makes: its open at each section, and each section alone. */
  private static Map<String, Statements.Action> reads(long client) {
    Map<String, Statements.Action> reads = new LinkedHashMap<>();
    for (Staff who : List.of(Staff.CLINICIAN, Staff.SUPERVISOR, Staff.INTAKE)) {
      for (ChartSection section : ChartSection.values()) {
        boolean shown =
            ChartSection.shownTo(who != Staff.INTAKE, who == Staff.SUPERVISOR).contains(section);
        if (!shown) {
          continue;
        }
        reads.put(
            who + " open at " + section.param(),
            () -> who.call(() -> charts().open(client, section)));
        reads.put(
            who + " section " + section.param(),
            () -> who.call(() -> charts().section(client, section)));
      }
    }
    reads.put(
        "CLINICIAN check-ins page 2",
        () -> Staff.CLINICIAN.call(() -> checkIns().history(client, 10, 10)));
    reads.put(
        "CLINICIAN risk levels page 2",
        () -> Staff.CLINICIAN.call(() -> Services.ejb(RiskService.class).page(client, 10, 10)));
    return reads;
  }

  private static Map<String, Integer> measure(Map<String, Statements.Action> reads)
      throws Exception {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, Statements.Action> read : reads.entrySet()) {
      counts.put(read.getKey(), Statements.count(read.getValue()));
    }
    return counts;
  }

  @Test
  void eachReadOfTheChartIssuesAsManyStatementsForALongHistoryAsForAShortOne() throws Exception {
    long client = TestClients.newResidentialClient("Chartstmt");
    grow(client, 1);
    grow(client, 2);
    Map<String, Statements.Action> reads = reads(client);
    Map<String, Integer> before = measure(reads);
    Chart shortChart = Staff.CLINICIAN.call(() -> charts().open(client, ChartSection.CHECK_INS));

    for (int round = 3; round <= 6; round++) {
      grow(client, round);
    }
    Map<String, Integer> after = measure(reads);
    Chart longChart = Staff.CLINICIAN.call(() -> charts().open(client, ChartSection.CHECK_INS));
    ChartPart notes = Staff.CLINICIAN.call(() -> charts().section(client, ChartSection.NOTES));
    ChartPart plan = Staff.CLINICIAN.call(() -> charts().section(client, ChartSection.SAFETY_PLAN));

    for (String read : reads.keySet()) {
      System.out.printf(
          "statements chart / %s: %d with %d check-ins, %d with %d%n",
          read,
          before.get(read),
          shortChart.checkIns().count(),
          after.get(read),
          longChart.checkIns().count());
    }
    assertEquals(12, shortChart.checkIns().count());
    assertEquals(36, longChart.checkIns().count(), "the history did grow");
    assertTrue(longChart.checkIns().riskCount() >= 36, "a risk level per check-in");
    assertEquals(ChartService.RISK_PAGE, longChart.checkIns().risks().size(), "one page of them");
    assertTrue(notes.notes().count() >= 36, "every note signed, and the drafts");
    assertEquals(12, plan.plan().versions().size(), "every plan version is listed");
    assertTrue(longChart.checkIns().firstPage().size() <= ChartService.CHECK_IN_PAGE);
    assertEquals(before, after, "statements per read before and after the history grew");
  }
}
