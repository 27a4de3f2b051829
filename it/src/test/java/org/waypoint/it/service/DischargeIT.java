package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waypoint.it.service.DischargeFixtures.discharges;
import static org.waypoint.it.service.DischargeFixtures.probe;
import static org.waypoint.it.service.DischargeFixtures.today;

import jakarta.ejb.EJBAccessException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.access.ListScope;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.ShiftSchedule;
import org.waypoint.chart.Chart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.ChartService;
import org.waypoint.checkin.CheckInService;
import org.waypoint.client.ClientStatus;
import org.waypoint.discharge.AppointmentForm;
import org.waypoint.discharge.ChecklistItem;
import org.waypoint.discharge.DischargeDetail;
import org.waypoint.discharge.DischargeForm;
import org.waypoint.discharge.DischargeItem;
import org.waypoint.discharge.DischargeKind;
import org.waypoint.discharge.DischargePrintService;
import org.waypoint.discharge.DischargeState;
import org.waypoint.discharge.FollowUpCallItem;
import org.waypoint.handover.HandoverService;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.report.HandoverData;

/**
 * Discharge at the service: the checklist and the approval, refusals that save nothing (bad input,
 * the author approving, a tampered client id), the status change on the discharge date and the
 * client leaving the due lists, withdrawal, and the discharge safety plan's data.
 */
@ExtendWith(ArquillianExtension.class)
class DischargeIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        DischargeIT.class,
        Staff.class,
        DischargeProbe.class,
        DischargeFixtures.class,
        CoSignFixtures.class);
  }

  @Test
  void aSupervisorApprovesOnceTheChecklistIsComplete() throws Exception {
    long client = DischargeFixtures.client("Dischargeck", 20);
    DischargeDetail empty = Staff.CLINICIAN.call(() -> discharges().open(client));
    assertFalse(empty.exists());
    assertTrue(empty.editable());
    LocalDate planned = today().plusDays(2);
    DischargeForm bare = new DischargeForm();
    bare.setPlannedDate(planned);
    bare.setKind(DischargeKind.PLANNED);
    bare.setReason("Goals met.");
    DischargeDetail draft =
        Staff.CLINICIAN.call(() -> discharges().saveDraft(client, null, 0, bare));
    assertEquals(DischargeState.DRAFT, draft.state());
    assertEquals("Dana Whitfield", draft.preparedBy());
    assertEquals(List.of(ChecklistItem.values()), draft.checklist().missing());
    assertFalse(draft.approvable());

    // the supervisor sees why, item by item, and nothing changes
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () -> discharges().approve(client, draft.dischargeId(), draft.version())));
    assertEquals(
        Set.of(
            "approval",
            "planReviewedReason",
            "lethalMeansReason",
            "crisisResourcesReason",
            "firstAppointmentReason"),
        refused.fieldErrors().keySet());
    assertEquals(
        DischargeState.DRAFT, Staff.CLINICIAN.call(() -> discharges().open(client)).state());

    // met or explained, item by item
    DischargeFixtures.reviewedPlan(client);
    DischargeForm form = DischargeFixtures.complete(planned);
    form.setCrisisResourcesGiven(false);
    form.setCrisisResourcesReason("Client already carries the card from her last stay.");
    DischargeDetail ready =
        Staff.CLINICIAN.call(
            () -> discharges().saveDraft(client, draft.dischargeId(), draft.version(), form));
    assertTrue(ready.checklist().complete());
    assertTrue(ready.checklist().item(ChecklistItem.CRISIS_RESOURCES).explained());
    assertTrue(ready.checklist().item(ChecklistItem.PLAN_REVIEWED).met());
    assertEquals(today(), ready.lastPlanReview());
    assertEquals(1, ready.appointments().size());
    assertTrue(
        Staff.SUPERVISOR.call(() -> discharges().awaitingApproval(0, 100)).stream()
            .filter(i -> i.clientId() == client)
            .allMatch(DischargeItem::checklistComplete));
    assertTrue(Staff.SUPERVISOR.call(() -> discharges().open(client)).approvable());

    // a clinician may not approve at all
    assertThrows(
        EJBAccessException.class,
        () ->
            Staff.CLINICIAN.call(
                () -> discharges().approve(client, ready.dischargeId(), ready.version())));

    DischargeDetail approved =
        Staff.SUPERVISOR.call(
            () -> discharges().approve(client, ready.dischargeId(), ready.version()));
    assertEquals(DischargeState.APPROVED, approved.state());
    assertEquals("Renée Park", approved.approvedBy());
    assertEquals(ClientStatus.ACTIVE, approved.clientStatus(), "not before the planned date");
    assertEquals(
        List.of(3, 7, 14, 21, 28),
        approved.calls().stream().map(FollowUpCallItem::days).toList(),
        "the follow-up calls are scheduled");
    assertEquals(planned.plusDays(3), approved.calls().get(0).due());
    assertFalse(approved.editable());

    // approved is frozen
    InvalidInputException frozen =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        discharges()
                            .saveDraft(client, approved.dischargeId(), approved.version(), form)));
    assertTrue(frozen.fieldErrors().containsKey("discharge"));
    // and approving twice is a conflict naming who approved it
    ConflictException twice =
        assertThrows(
            ConflictException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () ->
                        discharges().approve(client, approved.dischargeId(), approved.version())));
    assertTrue(twice.getMessage().contains("Renée Park"), twice.getMessage());
  }

  @Test
  void theAuthorCannotApproveTheirOwnDischarge() throws Exception {
    long client = DischargeFixtures.client("Dischargeau", 20);
    DischargeFixtures.reviewedPlan(client);
    DischargeDetail draft =
        Staff.SUPERVISOR.call(
            () ->
                discharges()
                    .saveDraft(client, null, 0, DischargeFixtures.complete(today().plusDays(3))));
    assertTrue(draft.checklist().complete());
    assertFalse(draft.approvable());
    assertNotNull(draft.approvalRefusal());
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () -> discharges().approve(client, draft.dischargeId(), draft.version())));
    assertEquals(
        "You prepared or last changed this discharge plan, so another supervisor must approve it.",
        refused.fieldErrors().get("approval"));
    DischargeDetail after = Staff.CLINICIAN.call(() -> discharges().open(client));
    assertEquals(DischargeState.DRAFT, after.state());
    assertTrue(after.calls().isEmpty(), "no call scheduled");
    assertTrue(
        Staff.SUPERVISOR.call(() -> discharges().awaitingApproval(0, 100)).stream()
            .noneMatch(i -> i.clientId() == client),
        "a supervisor's own drafts are not listed for them to approve");
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
    long client = DischargeFixtures.client("Dischargebad", 5);
    DischargeForm form = new DischargeForm();
    form.setPlannedDate(today().minusDays(6)); // admitted five days ago
    form.setReason("Goals met.\u0007");
    form.setLethalMeans("x".repeat(DischargeForm.LETHAL_MEANS_LIMIT + 1));
    form.getAppointments()
        .add(
            new AppointmentForm(
                today().minusDays(1), LocalTime.of(9, 0), "Dr. Chen", false, null, null));
    form.getAppointments()
        .add(new AppointmentForm(today().plusDays(3), LocalTime.of(9, 0), " ", true, null, null));
    form.getAppointments()
        .add(new AppointmentForm(today().plusDays(3), null, "Clinic", true, null, null));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> discharges().saveDraft(client, null, 0, form)));
    var errors = refused.fieldErrors();
    assertTrue(
        errors.get("plannedDate").startsWith("The discharge date cannot be before"),
        errors.toString());
    assertEquals("Choose the kind of discharge.", errors.get("kind"));
    assertTrue(errors.get("reason").contains("control character"), errors.toString());
    assertTrue(errors.containsKey("lethalMeans"), errors.toString());
    assertTrue(errors.get("appointments[0].date").contains("in the past"), errors.toString());
    assertEquals("Enter who the client will see.", errors.get("appointments[1].provider"));
    assertEquals("Enter the appointment's time.", errors.get("appointments[2].time"));
    assertFalse(Staff.CLINICIAN.call(() -> discharges().open(client)).exists(), "nothing saved");

    // an appointment before the planned date is no aftercare
    DischargeForm early = DischargeFixtures.complete(today().plusDays(5));
    early.getAppointments().get(0).setDate(today().plusDays(4));
    InvalidInputException before =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> discharges().saveDraft(client, null, 0, early)));
    assertTrue(before.fieldErrors().containsKey("appointments[0].date"));
  }

  @Test
  void aTamperedClientIdIsRefused() throws Exception {
    long mine = DischargeFixtures.client("Dischargeta", 10);
    long other = DischargeFixtures.client("Dischargetb", 10);
    DischargeDetail draft =
        Staff.CLINICIAN.call(
            () ->
                discharges()
                    .saveDraft(mine, null, 0, DischargeFixtures.complete(today().plusDays(3))));
    DischargeForm changed = DischargeFixtures.complete(today().plusDays(4));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        discharges()
                            .saveDraft(other, draft.dischargeId(), draft.version(), changed)));
    assertTrue(refused.fieldErrors().containsKey("discharge"));
    assertThrows(
        InvalidInputException.class,
        () ->
            Staff.SUPERVISOR.call(
                () -> discharges().approve(other, draft.dischargeId(), draft.version())));
    assertFalse(Staff.CLINICIAN.call(() -> discharges().open(other)).exists());
    assertEquals(
        today().plusDays(3),
        Staff.CLINICIAN.call(() -> discharges().open(mine)).form().getPlannedDate(),
        "nothing saved");
    // a client outside the caller's reach (Marcus Lee works in partial hospitalization only)
    assertThrows(
        AccessDeniedException.class,
        () ->
            Staff.CLINICIAN2.call(
                () -> discharges().saveDraft(mine, draft.dischargeId(), draft.version(), changed)));
    assertThrows(
        AccessDeniedException.class, () -> Staff.CLINICIAN2.call(() -> discharges().open(mine)));
  }

  @Test
  void aSaveFromAnotherWindowIsNeverOverwritten() throws Exception {
    long client = DischargeFixtures.client("Dischargecc", 10);
    DischargeDetail first =
        Staff.CLINICIAN.call(
            () ->
                discharges()
                    .saveDraft(client, null, 0, DischargeFixtures.complete(today().plusDays(3))));
    Staff.SUPERVISOR.call(
        () ->
            discharges()
                .saveDraft(
                    client,
                    first.dischargeId(),
                    first.version(),
                    DischargeFixtures.complete(today().plusDays(4))));
    ConflictException conflict =
        assertThrows(
            ConflictException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        discharges()
                            .saveDraft(
                                client,
                                first.dischargeId(),
                                first.version(),
                                DischargeFixtures.complete(today().plusDays(6)))));
    assertTrue(conflict.getMessage().contains("Renée Park"), conflict.getMessage());
    assertThrows(
        ConflictException.class,
        () ->
            Staff.CLINICIAN.call(
                () ->
                    discharges()
                        .saveDraft(
                            client, null, 0, DischargeFixtures.complete(today().plusDays(6)))),
        "one open discharge per client");
    assertEquals(
        today().plusDays(4),
        Staff.CLINICIAN.call(() -> discharges().open(client)).form().getPlannedDate());
  }

  @Test
  void theClientIsDischargedOnTheDateAndLeavesTheDueLists() throws Exception {
    long client = DischargeFixtures.client("Dischargedt", 20);
    LocalDate planned = today().plusDays(2);
    DischargeDetail approved = DischargeFixtures.approved(client, planned);
    assertEquals(DischargeState.APPROVED, approved.state());
    assertTrue(dueCheckInFor(client), "an active client without check-ins is due");

    probe().startPrecaution(client);

    assertEquals(0, probe().apply(planned.minusDays(1)));
    assertEquals(ClientStatus.ACTIVE, probe().status(client));
    assertEquals(java.util.Collections.singletonList(null), probe().precautionsEndedBy(client));
    assertTrue(probe().apply(planned) >= 1);
    assertEquals(ClientStatus.DISCHARGED, probe().status(client));
    assertEquals(
        List.of("supervisor"),
        probe().precautionsEndedBy(client),
        "the precautions end with the discharge, by the supervisor who approved it");
    HandoverService handovers = Services.ejb(HandoverService.class);
    long residential =
        Staff.SUPERVISOR.call(handovers::programs).stream()
            .filter(p -> p.name().equals("Residential"))
            .findFirst()
            .orElseThrow()
            .id();
    // the next shift: the demo gave Residential's current one before this discharge
    ShiftSchedule shifts = new CenterSettings().shifts();
    String next = shifts.next(shifts.current(Instant.now())).key();
    HandoverData handover = Staff.SUPERVISOR.call(() -> handovers.read(residential, next)).data();
    String last = probe().lastName(client);
    assertTrue(
        handover.census().discharges().stream().anyMatch(n -> n.contains(last)),
        "the handover's census lists the discharge of the last 24 hours");
    assertTrue(
        handover.clients().stream().noneMatch(b -> b.name().contains(last)),
        "a discharged client is no longer present on the handover");
    assertEquals(0, probe().apply(planned), "a second run changes nothing");
    assertEquals(ClientStatus.DISCHARGED, probe().status(client));

    assertFalse(dueCheckInFor(client), "a discharged client leaves the due check-ins");
    // the chart stays readable to the care team, its Discharge section done
    Chart chart =
        Staff.CLINICIAN.call(
            () -> Services.ejb(ChartService.class).open(client, ChartSection.DISCHARGE));
    assertEquals(ChartSection.DISCHARGE, chart.opened());
    assertEquals(DischargeState.COMPLETED, chart.discharge().discharge().state());
    assertEquals(5, chart.discharge().discharge().calls().size());
    assertNull(
        Staff.INTAKE
            .call(() -> Services.ejb(ChartService.class).open(client, ChartSection.DISCHARGE))
            .discharge(),
        "intake staff do not see the Discharge section");
    // a completed discharge is not open any more: the supervisor cannot withdraw it
    DischargeDetail done = Staff.SUPERVISOR.call(() -> discharges().open(client));
    assertFalse(done.withdrawable());
    assertThrows(
        InvalidInputException.class,
        () ->
            Staff.SUPERVISOR.call(
                () -> discharges().withdraw(client, done.dischargeId(), done.version())));
  }

  @Test
  void approvalOnOrAfterThePlannedDateDischargesAtOnce() throws Exception {
    long client = DischargeFixtures.client("Dischargeno", 20);
    DischargeDetail approved = DischargeFixtures.approved(client, today().minusDays(1));
    assertEquals(DischargeState.COMPLETED, approved.state());
    assertEquals(ClientStatus.DISCHARGED, approved.clientStatus());
    assertEquals(ClientStatus.DISCHARGED, probe().status(client));
  }

  @Test
  void withdrawingAnApprovalCancelsTheCallsNotMade() throws Exception {
    long client = DischargeFixtures.client("Dischargewd", 20);
    DischargeDetail approved = DischargeFixtures.approved(client, today().plusDays(5));
    assertTrue(approved.withdrawable());
    DischargeDetail again =
        Staff.SUPERVISOR.call(
            () -> discharges().withdraw(client, approved.dischargeId(), approved.version()));
    assertEquals(DischargeState.DRAFT, again.state());
    assertTrue(again.calls().isEmpty());
    assertNull(again.approvedBy());
    assertTrue(again.editable());
    assertEquals(ClientStatus.ACTIVE, probe().status(client));
  }

  @Test
  void theDischargePlanPrintsAsADraftUntilApproved() throws Exception {
    long client = DischargeFixtures.client("Dischargepr", 20);
    DischargeFixtures.reviewedPlan(client);
    DischargeDetail draft =
        Staff.CLINICIAN.call(
            () ->
                discharges()
                    .saveDraft(client, null, 0, DischargeFixtures.complete(today().plusDays(3))));
    DischargePrintService prints = Services.ejb(DischargePrintService.class);
    var printed = Staff.CLINICIAN.call(() -> prints.print(client));
    assertTrue(printed.data().draft());
    assertEquals(today().plusDays(3), printed.data().dischargeDate());
    assertEquals(7, printed.data().parts().size());
    assertEquals(
        "Hold ice cubes", printed.data().parts().get(1).entries().get(0).text(), "client's words");
    assertEquals(1, printed.data().appointments().size());
    assertEquals(java.util.Locale.ENGLISH, printed.locale());
    Staff.SUPERVISOR.call(() -> discharges().approve(client, draft.dischargeId(), draft.version()));
    assertFalse(Staff.SUPERVISOR.call(() -> prints.print(client)).data().draft());
    assertThrows(EJBAccessException.class, () -> Staff.INTAKE.call(() -> prints.print(client)));
    assertThrows(
        AccessDeniedException.class, () -> Staff.CLINICIAN2.call(() -> prints.print(client)));
  }

  private static boolean dueCheckInFor(long client) throws Exception {
    CheckInService checkIns = Services.ejb(CheckInService.class);
    for (int first = 0; ; first += 100) {
      int from = first;
      var page = Staff.CLINICIAN.call(() -> checkIns.due(ListScope.OWN_CASELOAD, from, 100));
      if (page.stream().anyMatch(d -> d.clientId() == client)) {
        return true;
      }
      if (page.size() < 100) {
        return false;
      }
    }
  }

  @Test
  void theDemoHasASpanishDraftAndADraftReadyForApproval() throws Exception {
    long kowalski = DischargeFixtures.demoClient("Kowalski");
    DischargeDetail draft = Staff.SUPERVISOR.call(() -> discharges().open(kowalski));
    assertEquals(DischargeState.DRAFT, draft.state());
    var printed =
        Staff.CLINICIAN2.call(() -> Services.ejb(DischargePrintService.class).print(kowalski));
    assertEquals(java.util.Locale.forLanguageTag("es"), printed.locale());
    assertTrue(printed.data().draft());
    assertTrue(
        printed.data().parts().stream()
            .flatMap(p -> p.entries().stream())
            .anyMatch(e -> e.text().equals("Caminar con mi perro Piñón por el parque.")));
    assertEquals(2, printed.data().appointments().size());

    long jensen = DischargeFixtures.demoClient("Jensen");
    DischargeDetail ready = Staff.SUPERVISOR.call(() -> discharges().open(jensen));
    assertEquals("Dana Whitfield", ready.preparedBy());
    assertTrue(ready.checklist().complete(), ready.checklist().toString());
    if (ready.state() == DischargeState.DRAFT) { // unless a browser test approved it already
      assertTrue(ready.approvable(), ready.approvalRefusal());
    }
  }
}
