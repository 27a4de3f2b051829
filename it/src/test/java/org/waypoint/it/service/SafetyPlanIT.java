package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.access.ListScope;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.EntryChange;
import org.waypoint.safetyplan.PlanComparison;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.PlanReviewItem;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.SaveOutcome;
import org.waypoint.safetyplan.VersionDetails;
import org.waypoint.safetyplan.VersionSummary;

/** Safety plans at the service: final versions, exact comparison, and concurrent revisions. */
@ExtendWith(ArquillianExtension.class)
class SafetyPlanIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        SafetyPlanIT.class, Staff.class, SafetyPlanProbe.class, TestClients.class);
  }

  private static SafetyPlanProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/SafetyPlanProbe!" + SafetyPlanProbe.class.getName(),
        SafetyPlanProbe.class);
  }

  private static SafetyPlanService plans() {
    return Services.ejb(SafetyPlanService.class);
  }

  /** A new Residential client of Dana Whitfield (clinician), within the supervisor's reach. */
  private static long newClient() throws Exception {
    return TestClients.newResidentialClient("Planperson");
  }

  private static PlanEntry entry(String key, PlanPart part, String text) {
    return new PlanEntry(key, part, text, null, null, null);
  }

  private static List<PlanEntry> firstPlan() {
    return List.of(
        entry("w1", PlanPart.WARNING_SIGNS, "Lying awake after midnight"),
        entry("c1", PlanPart.COPING_ALONE, "Drawing in my sketchbook"),
        entry("d1", PlanPart.DISTRACTIONS, "The library on Clark Street"),
        new PlanEntry("p1", PlanPart.PEOPLE_TO_ASK, "Aunt Rosa", "aunt", "(312) 555-0142", null),
        new PlanEntry(
            "s1", PlanPart.PROFESSIONALS, "988 Suicide & Crisis Lifeline", null, "988", null),
        new PlanEntry("m1", PlanPart.SAFER_SURROUNDINGS, "Razors", null, null, "Aunt Rosa"),
        entry("r1", PlanPart.REASONS_FOR_LIVING, "My little brother"));
  }

  private static VersionDetails verbal() {
    VersionDetails d = new VersionDetails();
    d.setReviewedWithClient(true);
    d.setAcknowledgement(Acknowledgement.VERBAL);
    d.setAcknowledgedWith("Dana Whitfield");
    return d;
  }

  @Test
  void aSavedVersionCannotBeChanged() throws Exception {
    long client = newClient();
    SaveOutcome first =
        Staff.CLINICIAN.call(() -> plans().save(client, null, firstPlan(), verbal()));
    assertTrue(first.isSaved());
    assertEquals(1, first.saved().number());
    assertEquals(TestNames.centerToday().plusDays(30), first.saved().reviewDue());

    SafetyPlanProbe probe =
        Services.lookup(
            "java:global/waypoint/waypoint-it/SafetyPlanProbe!" + SafetyPlanProbe.class.getName(),
            SafetyPlanProbe.class);
    String planVersions =
        "(select v.id from safety_plan_version v join safety_plan p on v.plan_id = p.id"
            + " where p.client_id = ?)";
    assertNotNull(
        probe.refusal(
            "update safety_plan_version set note = 'x' where id in " + planVersions, client));
    assertNotNull(
        probe.refusal("delete from safety_plan_entry where version_id in " + planVersions, client));
    assertNotNull(
        probe.refusal(
            "update safety_plan_entry set text = 'x' where version_id in " + planVersions, client));
    assertEquals(
        firstPlan(), Staff.SUPERVISOR.call(() -> plans().versions(client)).get(0).entries());
  }

  @Test
  void theComparisonOfTwoVersionsIsExact() throws Exception {
    long client = newClient();
    Staff.CLINICIAN.call(() -> plans().save(client, null, firstPlan(), verbal()));
    List<PlanEntry> revised = new ArrayList<>(firstPlan());
    revised.remove(2); // the library
    revised.set(1, entry("c1", PlanPart.COPING_ALONE, "Drawing, or a walk with music"));
    revised.add(entry("r2", PlanPart.REASONS_FOR_LIVING, "Finishing my GED"));
    SaveOutcome second = Staff.CLINICIAN.call(() -> plans().save(client, 1, revised, verbal()));
    assertEquals(2, second.saved().number());

    List<VersionSummary> versions = Staff.CLINICIAN.call(() -> plans().versions(client));
    List<EntryChange> changes =
        PlanComparison.between(versions.get(1).entries(), versions.get(0).entries());
    assertEquals(
        List.of(
            "w1 UNCHANGED",
            "c1 CHANGED",
            "d1 REMOVED",
            "p1 UNCHANGED",
            "s1 UNCHANGED",
            "m1 UNCHANGED",
            "r1 UNCHANGED",
            "r2 ADDED"),
        changes.stream()
            .map(c -> (c.after() != null ? c.after() : c.before()).key() + " " + c.kind())
            .toList());
  }

  @Test
  void twoStaffRevisingAtOnceKeepBothTheirEntries() throws Exception {
    long client = newClient();
    Staff.CLINICIAN.call(() -> plans().save(client, null, firstPlan(), verbal()));

    List<PlanEntry> danas = new ArrayList<>(firstPlan());
    danas.add(entry("c2", PlanPart.COPING_ALONE, "A hot shower"));
    List<PlanEntry> renees = new ArrayList<>(firstPlan());
    renees.add(entry("w2", PlanPart.WARNING_SIGNS, "Skipping meals"));

    SaveOutcome hers = Staff.SUPERVISOR.call(() -> plans().save(client, 1, renees, verbal()));
    assertTrue(hers.isSaved());
    SaveOutcome his = Staff.CLINICIAN.call(() -> plans().save(client, 1, danas, verbal()));

    assertFalse(his.isSaved(), "the second save does not overwrite the first");
    assertEquals(2, his.latest().number());
    assertEquals("Renée Park", his.latest().savedBy());
    List<String> merged = his.merged().stream().map(PlanEntry::key).toList();
    assertTrue(merged.contains("c2") && merged.contains("w2"), merged.toString());
    assertEquals(2, Staff.CLINICIAN.call(() -> plans().versions(client)).size());

    SaveOutcome saved = Staff.CLINICIAN.call(() -> plans().save(client, 2, his.merged(), verbal()));
    assertEquals(3, saved.saved().number());
    assertTrue(saved.saved().entries().containsAll(danas));
    assertTrue(saved.saved().entries().containsAll(renees));
  }

  @Test
  void aDraftKeepsWhatWasTypedUntilAVersionIsSaved() throws Exception {
    long client = newClient();
    List<PlanEntry> half =
        List.of(
            entry("w1", PlanPart.WARNING_SIGNS, "Lying awake"),
            entry("c1", PlanPart.COPING_ALONE, ""));
    Staff.CLINICIAN.call(() -> plans().saveDraft(client, null, half));
    assertEquals(half, Staff.CLINICIAN.call(() -> plans().draft(client)).entries());
    assertNull(Staff.SUPERVISOR.call(() -> plans().draft(client)), "drafts are each user's own");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> plans().save(client, null, half, verbal())));
    assertTrue(refused.fieldErrors().containsKey("entries[1].text"));
    assertNotNull(
        Staff.CLINICIAN.call(() -> plans().draft(client)), "a refused save keeps the draft");

    Staff.CLINICIAN.call(() -> plans().save(client, null, firstPlan(), verbal()));
    assertNull(Staff.CLINICIAN.call(() -> plans().draft(client)), "saved: the draft is done with");
  }

  @Test
  void plansToWriteAndOverdueReviewsAreListedForTheCareTeam() throws Exception {
    long client = newClient();
    PlanReviewItem unwritten = dueFor(Staff.CLINICIAN, ListScope.OWN_CASELOAD, client);
    assertNotNull(unwritten, "Dana's new client has no plan yet");
    assertNull(unwritten.reviewDue());
    assertEquals("No plan yet", unwritten.state(TestNames.centerToday()));
    assertNotNull(dueFor(Staff.SUPERVISOR, ListScope.MY_PROGRAMS, client));

    Staff.CLINICIAN.call(() -> plans().save(client, null, firstPlan(), verbal()));
    assertEquals(
        TestNames.centerToday().plusDays(SafetyPlanService.REVIEW_DAYS),
        Staff.CLINICIAN.call(() -> plans().reviewDue(client)));
    assertNull(dueFor(Staff.CLINICIAN, ListScope.OWN_CASELOAD, client), "reviewed today");
    assertNull(dueFor(Staff.SUPERVISOR, ListScope.MY_PROGRAMS, client));

    // the review date passes
    assertNull(
        probe()
            .refusal(
                "update safety_plan set review_due = DATE '2026-01-05' where client_id = ?",
                client));
    PlanReviewItem overdue = dueFor(Staff.SUPERVISOR, ListScope.MY_PROGRAMS, client);
    assertNotNull(overdue, "an overdue review shows on the supervisor's dashboard");
    assertEquals(LocalDate.of(2026, 1, 5), overdue.reviewDue());
    assertEquals(1, overdue.latestNumber());
    assertEquals("Dana Whitfield", overdue.clinicianName());
    assertEquals("Overdue by 1 day", overdue.state(LocalDate.of(2026, 1, 6)));
    assertNotNull(dueFor(Staff.CLINICIAN, ListScope.OWN_CASELOAD, client));
    assertThrows(
        EJBAccessException.class,
        () -> Staff.CLINICIAN.call(() -> plans().reviewsDue(ListScope.MY_PROGRAMS, 0, 10)),
        "a clinician lists their own caseload only");
  }

  /** Pages through the whole list, as the dashboard does, for the client's row. */
  private static PlanReviewItem dueFor(Staff who, ListScope scope, long client) throws Exception {
    long count = who.call(() -> plans().countReviewsDue(scope));
    List<PlanReviewItem> all = new ArrayList<>();
    for (int first = 0; first < count; first += 100) {
      int from = first;
      all.addAll(who.call(() -> plans().reviewsDue(scope, from, 100)));
    }
    assertEquals(count, all.size(), "the count and the rows agree");
    return all.stream().filter(r -> r.clientId() == client).findFirst().orElse(null);
  }

  @Test
  void aSignedAcknowledgementNeedsTheClientsSignatureAsAnImage() throws Exception {
    long client = newClient();
    VersionDetails signed = verbal();
    signed.setAcknowledgement(Acknowledgement.SIGNED);
    InvalidInputException unsigned =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> plans().save(client, null, firstPlan(), signed)));
    assertTrue(unsigned.fieldErrors().containsKey("signature"), unsigned.fieldErrors().toString());

    signed.setSignature("javascript:alert(1)");
    InvalidInputException notAnImage =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> plans().save(client, null, firstPlan(), signed)));
    assertEquals(
        "The signature could not be read; clear it and sign again.",
        notAnImage.fieldErrors().get("signature"));
    assertTrue(Staff.CLINICIAN.call(() -> plans().versions(client)).isEmpty(), "nothing saved");

    signed.setSignature("data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==");
    SaveOutcome saved = Staff.CLINICIAN.call(() -> plans().save(client, null, firstPlan(), signed));
    assertEquals(signed.getSignature(), saved.saved().signature());
    assertEquals(Acknowledgement.SIGNED, saved.saved().acknowledgement());
    assertNull(saved.saved().acknowledgedWith(), "a signed plan names no verbal witness");
  }

  @Test
  void intakeStaffHaveNoAccessToSafetyPlans() throws Exception {
    long client = newClient();
    assertThrows(EJBAccessException.class, () -> Staff.INTAKE.call(() -> plans().versions(client)));
  }
}
