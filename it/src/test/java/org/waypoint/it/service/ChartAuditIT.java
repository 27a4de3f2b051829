package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditOutcome;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditRow;
import org.waypoint.audit.AuditTrail;
import org.waypoint.chart.Chart;
import org.waypoint.chart.ChartPart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.ChartService;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInService;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.VersionDetails;

/**
 * Opening a chart is one audited read of its header and the section it opens at, whichever section
 * and whoever opens it; each other section is read when first shown, with one audited read naming
 * it; a draft is on the audit trail when it starts and when it ends, not at each autosave.
 */
@ExtendWith(ArquillianExtension.class)
class ChartAuditIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(ChartAuditIT.class, Staff.class, TestClients.class);
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

  /** Every audit row about the client, newest first, as a supervisor reads them. */
  private static List<AuditRow> trailOf(long client) throws Exception {
    AuditQuery query =
        new AuditQuery(client, null, null, null, null, AuditQuery.SortBy.TIME, false);
    return Staff.SUPERVISOR.call(() -> Services.ejb(AuditTrail.class).search(query, 0, 500));
  }

  /** A client with a plan version and a High check-in, so every section has something to show. */
  private static long clientWithAHistory() throws Exception {
    long client = TestClients.newResidentialClient("Chartaudit");
    Staff.CLINICIAN.call(() -> plans().save(client, null, plan("Walk the dog"), verbal()));
    CheckInAnswers high = calm();
    high.setSelfHarm(true);
    high.setSelfHarmOn(TestNames.centerToday().minusDays(1));
    high.setMedicalCare(false);
    Staff.CLINICIAN.call(() -> checkIns().record(client, high));
    return client;
  }

  private static CheckInAnswers calm() {
    CheckInAnswers a = new CheckInAnswers();
    a.setSelfHarm(false);
    a.setUrge(2);
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

  private static List<PlanEntry> plan(String distraction) {
    return List.of(
        new PlanEntry("w1", PlanPart.WARNING_SIGNS, "Lying awake", null, null, null),
        new PlanEntry("d1", PlanPart.DISTRACTIONS, distraction, null, null, null));
  }

  private static VersionDetails verbal() {
    VersionDetails d = new VersionDetails();
    d.setReviewedWithClient(true);
    d.setAcknowledgement(Acknowledgement.VERBAL);
    d.setAcknowledgedWith("Dana Whitfield");
    return d;
  }

  @Test
  void openingTheChartAtItsDefaultSectionWritesExactlyOneRowNamingTheSectionsShown()
      throws Exception {
    long client = clientWithAHistory();
    int before = trailOf(client).size();

    Chart chart = Staff.CLINICIAN.call(() -> charts().open(client, null));

    List<AuditRow> trail = trailOf(client);
    assertEquals(before + 1, trail.size(), "one row for the whole chart");
    AuditRow row = trail.get(0);
    assertEquals(AuditAction.CHART_VIEW, row.action());
    assertEquals(AuditOutcome.SUCCESS, row.outcome());
    assertEquals("clinician", row.username());
    assertEquals(
        "opened at overview; shown: overview, precautions, safety-plan, notes, check-ins, discharge,"
            + " reports",
        row.detail());
    assertEquals(ChartSection.OVERVIEW, chart.opened());
    assertNotNull(chart.currentRisk(), "the header carries the latest risk level");
    assertNotNull(chart.part().recentRisks(), "the overview carries its timeline's risk levels");
    assertNull(chart.plan(), "the other sections are read when they are first shown");
    assertNull(chart.checkIns());
  }

  @Test
  void showingEachOtherSectionWritesExactlyOneRowNamingIt() throws Exception {
    long client = clientWithAHistory();

    for (ChartSection section :
        List.of(
            ChartSection.PRECAUTIONS,
            ChartSection.SAFETY_PLAN,
            ChartSection.NOTES,
            ChartSection.CHECK_INS,
            ChartSection.DISCHARGE)) {
      int before = trailOf(client).size();
      ChartPart part = Staff.CLINICIAN.call(() -> charts().section(client, section));
      List<AuditRow> trail = trailOf(client);
      assertEquals(before + 1, trail.size(), section + ": one row");
      assertEquals(AuditAction.CHART_VIEW, trail.get(0).action());
      assertEquals(AuditOutcome.SUCCESS, trail.get(0).outcome());
      assertEquals("section " + section.param(), trail.get(0).detail());
      assertEquals(section, part.section());
    }
    ChartPart checkIns =
        Staff.CLINICIAN.call(() -> charts().section(client, ChartSection.CHECK_INS));
    assertEquals(1, checkIns.checkIns().count(), "the section carries what its tab shows");
    assertEquals(1, checkIns.checkIns().alerts().size());
    assertEquals(1, checkIns.checkIns().tasks().size());
    assertFalse(checkIns.checkIns().risks().isEmpty());
    assertEquals(
        1,
        Staff.CLINICIAN
            .call(() -> charts().section(client, ChartSection.SAFETY_PLAN))
            .plan()
            .versions()
            .size());
  }

  @Test
  void aSectionNotShownToTheRoleOrAClientOutOfReachIsRefusedWithOneDeniedRow() throws Exception {
    long client = clientWithAHistory();

    int before = trailOf(client).size();
    assertThrows(
        AccessDeniedException.class,
        () -> Staff.INTAKE.call(() -> charts().section(client, ChartSection.CHECK_INS)));
    List<AuditRow> trail = trailOf(client);
    assertEquals(before + 1, trail.size());
    assertEquals(AuditOutcome.DENIED, trail.get(0).outcome());

    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> charts().section(client, ChartSection.NOTES)));
    trail = trailOf(client);
    assertEquals(before + 2, trail.size());
    assertEquals(AuditAction.CHART_VIEW, trail.get(0).action());
    assertEquals(AuditOutcome.DENIED, trail.get(0).outcome());
  }

  @Test
  void openingTheChartAtAnotherSectionAlsoWritesExactlyOneRow() throws Exception {
    long client = clientWithAHistory();

    for (ChartSection section :
        List.of(ChartSection.CHECK_INS, ChartSection.SAFETY_PLAN, ChartSection.PRECAUTIONS)) {
      int before = trailOf(client).size();
      Chart chart = Staff.SUPERVISOR.call(() -> charts().open(client, section));
      List<AuditRow> trail = trailOf(client);
      assertEquals(before + 1, trail.size(), section + ": one row");
      assertEquals(AuditAction.CHART_VIEW, trail.get(0).action());
      assertTrue(
          trail.get(0).detail().startsWith("opened at " + section.param() + ";"),
          trail.get(0).detail());
      assertTrue(trail.get(0).detail().endsWith("reports, audit-trail"), trail.get(0).detail());
      assertEquals(section, chart.opened());
    }
  }

  @Test
  void intakeStaffSeeNoClinicalSectionsAndTheRowSaysSo() throws Exception {
    long client = clientWithAHistory();
    int before = trailOf(client).size();

    Chart chart = Staff.INTAKE.call(() -> charts().open(client, ChartSection.CHECK_INS));

    List<AuditRow> trail = trailOf(client);
    assertEquals(before + 1, trail.size());
    assertEquals(
        "opened at overview; shown: overview, precautions, notes, reports", trail.get(0).detail());
    assertNull(chart.plan());
    assertNull(chart.checkIns());
  }

  @Test
  void aChartOutOfReachIsRefusedWithOneDeniedRow() throws Exception {
    long client = clientWithAHistory();
    int before = trailOf(client).size();

    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> charts().open(client, null)));

    List<AuditRow> trail = trailOf(client);
    assertEquals(before + 1, trail.size());
    assertEquals(AuditAction.CHART_VIEW, trail.get(0).action());
    assertEquals(AuditOutcome.DENIED, trail.get(0).outcome());
  }

  @Test
  void tenAutosavesOfACheckInDraftAddNoRowBeyondItsStart() throws Exception {
    long client = TestClients.newResidentialClient("Chartdraft");
    int before = trailOf(client).size();

    for (int i = 1; i <= 10; i++) {
      CheckInAnswers typed = calm();
      typed.setClientWords("Typed so far, " + i);
      Staff.CLINICIAN.call(() -> checkIns().saveDraft(client, typed));
    }

    List<AuditRow> trail = trailOf(client);
    assertEquals(before + 1, trail.size(), "the draft's start, and no autosave");
    assertEquals(AuditAction.CHECK_IN_DRAFT_START, trail.get(0).action());
    assertEquals(
        "Typed so far, 10",
        Staff.CLINICIAN.call(() -> checkIns().start(client)).draft().getClientWords(),
        "every autosave was kept");

    Staff.CLINICIAN.call(
        () -> {
          checkIns().discardDraft(client);
          return null;
        });
    assertEquals(AuditAction.CHECK_IN_DRAFT_DISCARD, trailOf(client).get(0).action());
  }

  @Test
  void tenAutosavesOfAPlanDraftAddNoRowBeyondItsStart() throws Exception {
    long client = TestClients.newResidentialClient("Chartplan");
    int before = trailOf(client).size();

    for (int i = 1; i <= 10; i++) {
      List<PlanEntry> typed = plan("Walk " + i);
      Staff.CLINICIAN.call(() -> plans().saveDraft(client, null, typed));
    }

    List<AuditRow> trail = trailOf(client);
    assertEquals(before + 1, trail.size(), "the draft's start, and no autosave");
    assertEquals(AuditAction.SAFETY_PLAN_DRAFT_START, trail.get(0).action());

    Staff.CLINICIAN.call(() -> plans().save(client, null, plan("Walk 10"), verbal()));
    trail = trailOf(client);
    assertEquals(before + 2, trail.size(), "the draft ends as a version");
    assertEquals(AuditAction.SAFETY_PLAN_SAVE, trail.get(0).action());
    assertNotNull(Staff.CLINICIAN.call(() -> plans().versions(client)));
  }
}
