package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.center.Shift;
import org.waypoint.center.ShiftSchedule;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInService;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.handover.HandoverNotFoundException;
import org.waypoint.handover.HandoverPrintService;
import org.waypoint.handover.HandoverProgram;
import org.waypoint.handover.HandoverService;
import org.waypoint.handover.HandoverSummary;
import org.waypoint.handover.HandoverView;
import org.waypoint.handover.LateHandover;
import org.waypoint.it.service.CoSignFixtures.Account;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Role;
import org.waypoint.report.HandoverData;
import org.waypoint.risk.RiskLevel;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.VersionDetails;

/**
 * Shift handover at the service: the live contents in risk order with each I-PASS part, giving a
 * snapshot that never changes, one handover per program and shift, acknowledgement by another staff
 * member only and once, the program's reach, history, late handovers, audit rows and printing. Each
 * test has a program of its own, with its own staff and clients, so the demo's handovers and other
 * tests are left alone.
 */
@ExtendWith(ArquillianExtension.class)
class HandoverIT {

  private static final ZoneId CENTER = ZoneId.of("America/Chicago");
  private static final ShiftSchedule SHIFTS = ShiftSchedule.parse(ShiftSchedule.DEFAULT, CENTER);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        HandoverIT.class,
        Staff.class,
        TestClients.class,
        CoSignFixtures.class,
        CoSignFixtures.Account.class,
        HandoverProbe.class);
  }

  private static HandoverService handovers() {
    return Services.ejb(HandoverService.class);
  }

  private static HandoverProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/HandoverProbe!" + HandoverProbe.class.getName(),
        HandoverProbe.class);
  }

  /** A program of the test's own: a clinician who gives, a supervisor who receives, clients. */
  private record Unit(long programId, String name, Account clinician, Account supervisor) {}

  private static Unit unit() throws Exception {
    String code = TestNames.uniqueLastName("H");
    code = code.substring(0, Math.min(12, code.length()));
    String name = "Handover unit " + code;
    long id = probe().newProgram(code, name);
    return new Unit(
        id,
        name,
        CoSignFixtures.account(Role.CLINICIAN, name, false),
        CoSignFixtures.account(Role.SUPERVISOR, name, false));
  }

  private static long client(Unit unit, String lastName, ClientStatus status) throws Exception {
    ClientService clients = Services.ejb(ClientService.class);
    long clinician =
        Staff.INTAKE.call(clients::clinicians).stream()
            .filter(s -> s.displayName().equals(unit.clinician().displayName()))
            .findFirst()
            .orElseThrow()
            .id();
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName("Robin");
    form.setLegalLastName(lastName);
    form.setDateOfBirth(LocalDate.of(1999, 4, 3));
    form.setProgramId(unit.programId());
    form.setPrimaryClinicianId(clinician);
    form.setStatus(status);
    form.setAdmissionDate(status == ClientStatus.ACTIVE ? TestNames.centerToday() : null);
    return Staff.INTAKE.call(() -> clients.register(form)).id();
  }

  private static void checkIn(Account who, long client, RiskLevel level) throws Exception {
    CheckInAnswers answers = CoSignFixtures.calm();
    if (level != RiskLevel.LOW) {
      answers.setOverrideLevel(level);
      answers.setOverrideReason("Says goodbye-like things; staff are worried.");
    }
    who.call(() -> Services.ejb(CheckInService.class).record(client, answers));
  }

  private static void plan(Account who, long client) throws Exception {
    VersionDetails details = new VersionDetails();
    details.setReviewedWithClient(true);
    details.setAcknowledgement(Acknowledgement.VERBAL);
    details.setAcknowledgedWith(who.displayName());
    List<PlanEntry> entries =
        List.of(
            new PlanEntry("w1", PlanPart.WARNING_SIGNS, "Stops answering texts", null, null, null),
            new PlanEntry("c1", PlanPart.COPING_ALONE, "Hold ice cubes", null, null, null),
            new PlanEntry(
                "p1", PlanPart.PEOPLE_TO_ASK, "Aunt Rosa", "aunt", "(312) 555-0142", null));
    who.call(() -> Services.ejb(SafetyPlanService.class).save(client, null, entries, details));
  }

  private static Shift current() {
    return SHIFTS.current(Instant.now());
  }

  private static String currentKey() {
    return current().key();
  }

  private static HandoverData.ClientBlock block(HandoverData data, String lastName) {
    return data.clients().stream()
        .filter(b -> b.name().endsWith(" " + lastName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(lastName + " not in " + data.clients()));
  }

  @Test
  void theLiveHandoverListsThePresentClientsByRiskWithEachIPassPart() throws Exception {
    Unit unit = unit();
    String high = TestNames.uniqueLastName("Hhigh");
    String low = TestNames.uniqueLastName("Hlow");
    String unassessed = TestNames.uniqueLastName("Hnone");
    long highClient = client(unit, high, ClientStatus.ACTIVE);
    long lowClient = client(unit, low, ClientStatus.ACTIVE);
    client(unit, unassessed, ClientStatus.ACTIVE);
    String referred = TestNames.uniqueLastName("Hreferred");
    client(unit, referred, ClientStatus.REFERRED);
    plan(unit.clinician(), highClient);
    checkIn(unit.clinician(), lowClient, RiskLevel.LOW);
    checkIn(unit.clinician(), highClient, RiskLevel.LOW);
    checkIn(unit.clinician(), highClient, RiskLevel.HIGH);

    HandoverView view = unit.clinician().call(() -> handovers().read(unit.programId(), null));

    assertFalse(view.given());
    assertTrue(view.mayGive());
    assertFalse(view.mayAcknowledge());
    assertEquals(current(), view.shift());
    assertEquals(unit.name(), view.programName());
    HandoverData data = view.data();
    assertEquals(unit.name(), data.program());
    assertNull(data.preparedBy(), "live contents are not given by anyone yet");
    assertEquals(current().start(), data.shiftStart());
    assertEquals(3, data.census().present(), "a referred client is not present");
    assertEquals(1, data.census().high());
    assertEquals(1, data.census().low());
    assertEquals(1, data.census().notAssessed());
    assertEquals(3, data.census().admissions().size(), "all three were admitted today");
    assertEquals(
        List.of(high, low, unassessed),
        data.clients().stream()
            .map(b -> b.name().substring(b.name().lastIndexOf(' ') + 1))
            .toList(),
        "High, then Low, then not assessed");

    HandoverData.ClientBlock h = block(data, high);
    assertEquals("HIGH", h.illness().level());
    assertNotNull(h.illness().reasons());
    assertEquals("UP", h.illness().trend(), "High after Low");
    assertEquals(unit.name(), h.summary().program());
    assertEquals(unit.clinician().displayName(), h.summary().clinician());
    assertEquals(0L, h.summary().daysInCare());
    assertEquals("HIGH", h.summary().lastCheckInLevel());
    assertTrue(
        h.actions().stream().anyMatch(a -> a.kind().equals("ALERT") && a.owner() == null),
        "the supervisors own the unacknowledged alert: " + h.actions());
    assertTrue(
        h.actions().stream()
            .anyMatch(
                a ->
                    a.kind().equals("REVIEW_TASK")
                        && unit.clinician().displayName().equals(a.owner())),
        h.actions().toString());
    assertEquals(List.of("Stops answering texts"), h.awareness().warningSigns());
    assertEquals(
        List.of("Hold ice cubes", "Aunt Rosa (aunt), (312) 555-0142"), h.awareness().whatHelps());
    assertEquals(1, h.awareness().planVersion());
    assertTrue(
        h.events().stream().anyMatch(e -> e.kind().equals("CHECK_IN") && e.text().contains("High")),
        h.events().toString());
    assertTrue(h.events().stream().anyMatch(e -> e.kind().equals("PLAN_REVISED")));
    assertTrue(h.events().stream().anyMatch(e -> e.kind().equals("ALERT")));

    HandoverData.ClientBlock none = block(data, unassessed);
    assertNull(none.illness().level());
    assertTrue(
        none.actions().stream()
            .anyMatch(
                a ->
                    a.kind().equals("CHECK_IN_DUE")
                        && unit.clinician().displayName().equals(a.owner())),
        "a client never assessed is due a first check-in: " + none.actions());
    assertNull(none.awareness().planVersion());
    assertEquals(List.of(), none.events());
  }

  @Test
  void aGivenHandoverKeepsWhatItShowedWhileTheLiveOneMovesOn() throws Exception {
    Unit unit = unit();
    String last = TestNames.uniqueLastName("Hsnap");
    long client = client(unit, last, ClientStatus.ACTIVE);
    checkIn(unit.clinician(), client, RiskLevel.LOW);

    HandoverView given =
        unit.clinician().call(() -> handovers().give(unit.programId(), currentKey()));
    assertTrue(given.given());
    assertTrue(given.givenByCaller());
    assertFalse(given.mayAcknowledge(), "the giver may not acknowledge");
    assertEquals(unit.clinician().displayName(), given.givenBy());
    assertNotNull(given.givenAt());
    assertEquals("LOW", block(given.data(), last).illness().level());

    checkIn(unit.clinician(), client, RiskLevel.HIGH);

    HandoverView reread = unit.supervisor().call(() -> handovers().read(unit.programId(), null));
    assertEquals(given.handoverId(), reread.handoverId());
    assertTrue(reread.mayAcknowledge());
    assertFalse(reread.givenByCaller());
    assertEquals("LOW", block(reread.data(), last).illness().level(), "the snapshot stays");
    assertEquals(given.data().clients(), reread.data().clients());
    assertEquals(given.data().preparedAt().toInstant(), reread.data().preparedAt().toInstant());
    HandoverView next =
        unit.supervisor()
            .call(() -> handovers().read(unit.programId(), SHIFTS.next(current()).key()));
    assertFalse(next.given());
    assertEquals("HIGH", block(next.data(), last).illness().level(), "the live one moves on");

    long id = given.handoverId();
    assertNotNull(probe().refusal("update handover set given_by = 'someone' where id = ?", id));
    assertNotNull(probe().refusal("update handover set snapshot = '{}' where id = ?", id));
    assertNotNull(probe().refusal("delete from handover where id = ?", id));
    assertEquals(
        given.data().clients(), unit.clinician().call(() -> handovers().open(id)).data().clients());
  }

  @Test
  void aSecondGiveForTheSameShiftIsAConflictNamingTheGiver() throws Exception {
    Unit unit = unit();
    client(unit, TestNames.uniqueLastName("Htwice"), ClientStatus.ACTIVE);
    unit.clinician().call(() -> handovers().give(unit.programId(), currentKey()));

    ConflictException e =
        assertThrows(
            ConflictException.class,
            () -> unit.supervisor().call(() -> handovers().give(unit.programId(), currentKey())));
    assertTrue(e.getMessage().contains(unit.clinician().displayName()), e.getMessage());
    assertEquals(1L, unit.supervisor().call(() -> handovers().countHistory(unit.programId())));
  }

  @Test
  void onlyTheCurrentOrTheNextShiftCanBeGiven() throws Exception {
    Unit unit = unit();
    String previous = SHIFTS.previous(current()).key();
    InvalidInputException past =
        assertThrows(
            InvalidInputException.class,
            () -> unit.clinician().call(() -> handovers().give(unit.programId(), previous)));
    assertTrue(past.fieldErrors().containsKey(HandoverService.HANDOVER_FIELD));
    String later = SHIFTS.next(SHIFTS.next(current())).key();
    assertThrows(
        InvalidInputException.class,
        () -> unit.clinician().call(() -> handovers().give(unit.programId(), later)));
    InvalidInputException bogus =
        assertThrows(
            InvalidInputException.class,
            () ->
                unit.clinician()
                    .call(() -> handovers().give(unit.programId(), "2026-11-30T16:00")));
    assertTrue(bogus.fieldErrors().containsKey(HandoverService.SHIFT_FIELD));
    assertEquals(0L, unit.clinician().call(() -> handovers().countHistory(unit.programId())));

    HandoverView next =
        unit.clinician()
            .call(() -> handovers().give(unit.programId(), SHIFTS.next(current()).key()));
    assertEquals(SHIFTS.next(current()), next.shift());
  }

  @Test
  void theGiverCannotAcknowledgeTheirOwnHandoverAndNothingIsSaved() throws Exception {
    Unit unit = unit();
    client(unit, TestNames.uniqueLastName("Hown"), ClientStatus.ACTIVE);
    long id =
        unit.clinician().call(() -> handovers().give(unit.programId(), currentKey())).handoverId();

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> unit.clinician().call(() -> handovers().acknowledge(id, "All clear")));
    assertEquals(
        "You gave this handover, so another staff member of the program must acknowledge it.",
        e.fieldErrors().get(HandoverService.HANDOVER_FIELD));
    HandoverView after = unit.supervisor().call(() -> handovers().open(id));
    assertFalse(after.acknowledged());
    assertNull(after.acknowledgedBy());
    assertTrue(
        probe().audit(unit.clinician().username(), 1).get(0).startsWith("HANDOVER_ACKNOWLEDGE "),
        "the refused attempt is on the audit trail");
  }

  @Test
  void anotherStaffMemberAcknowledgesOnceWithTheirSynthesis() throws Exception {
    Unit unit = unit();
    client(unit, TestNames.uniqueLastName("Hack"), ClientStatus.ACTIVE);
    Account third = CoSignFixtures.account(Role.CLINICIAN, unit.name(), false);
    long id =
        unit.clinician().call(() -> handovers().give(unit.programId(), currentKey())).handoverId();
    String synthesis =
        "  Watch the High client's evening; 'ice cubes' helps.\nCall Rosa if needed.";

    HandoverView acked = unit.supervisor().call(() -> handovers().acknowledge(id, synthesis));

    assertTrue(acked.acknowledged());
    assertEquals(unit.supervisor().displayName(), acked.acknowledgedBy());
    assertEquals(synthesis, acked.synthesis());
    assertEquals(unit.supervisor().displayName(), acked.data().acknowledgedBy());
    assertEquals(synthesis, acked.data().synthesis());
    assertEquals(acked.acknowledgedAt(), acked.data().acknowledgedAt().toInstant());
    assertFalse(acked.mayAcknowledge());

    // a double click: the first acknowledgement stands, unchanged
    HandoverView again = unit.supervisor().call(() -> handovers().acknowledge(id, "other"));
    assertEquals(acked.acknowledgedAt(), again.acknowledgedAt());
    assertEquals(synthesis, again.synthesis());

    ConflictException e =
        assertThrows(
            ConflictException.class, () -> third.call(() -> handovers().acknowledge(id, null)));
    assertTrue(e.getMessage().contains(unit.supervisor().displayName()), e.getMessage());
    assertThrows(
        InvalidInputException.class,
        () -> unit.clinician().call(() -> handovers().acknowledge(id, null)),
        "the giver is told it is their own, whoever acknowledged it");
    assertNotNull(
        probe()
            .refusal(
                "update handover_acknowledgement set synthesis = 'x' where handover_id = ?", id));
    assertNotNull(
        probe().refusal("delete from handover_acknowledgement where handover_id = ?", id));
  }

  @Test
  void aSynthesisTooLongOrWithAControlCharacterIsRefusedAndNothingSaved() throws Exception {
    Unit unit = unit();
    client(unit, TestNames.uniqueLastName("Hsyn"), ClientStatus.ACTIVE);
    long id =
        unit.clinician().call(() -> handovers().give(unit.programId(), currentKey())).handoverId();

    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () -> unit.supervisor().call(() -> handovers().acknowledge(id, "x".repeat(501))));
    assertEquals(
        "Use at most 500 characters for your summary; nothing was saved.",
        tooLong.fieldErrors().get(HandoverService.SYNTHESIS_FIELD));
    InvalidInputException control =
        assertThrows(
            InvalidInputException.class,
            () -> unit.supervisor().call(() -> handovers().acknowledge(id, "ok\u0007")));
    assertTrue(control.fieldErrors().containsKey(HandoverService.SYNTHESIS_FIELD));
    assertFalse(unit.supervisor().call(() -> handovers().open(id)).acknowledged());

    String full = "é".repeat(500);
    assertEquals(full, unit.supervisor().call(() -> handovers().acknowledge(id, full)).synthesis());
  }

  @Test
  void aProgramOutsideTheCallersProgramsOrATamperedIdIsRefused() throws Exception {
    Unit unit = unit();
    client(unit, TestNames.uniqueLastName("Hreach"), ClientStatus.ACTIVE);
    long id =
        unit.clinician().call(() -> handovers().give(unit.programId(), currentKey())).handoverId();
    long program = unit.programId();
    HandoverPrintService print = Services.ejb(HandoverPrintService.class);

    // Dana and Renée work in the demo's programs, not this one
    for (Staff outsider : List.of(Staff.CLINICIAN, Staff.SUPERVISOR)) {
      assertThrows(
          AccessDeniedException.class, () -> outsider.call(() -> handovers().read(program, null)));
      assertThrows(AccessDeniedException.class, () -> outsider.call(() -> handovers().open(id)));
      assertThrows(
          AccessDeniedException.class,
          () -> outsider.call(() -> handovers().acknowledge(id, null)));
      assertThrows(
          AccessDeniedException.class,
          () -> outsider.call(() -> handovers().history(program, 0, 10)));
      assertThrows(
          AccessDeniedException.class, () -> outsider.call(() -> print.print(program, null)));
      assertFalse(
          outsider.call(() -> handovers().programs()).stream().anyMatch(p -> p.id() == program));
    }
    assertThrows(
        AccessDeniedException.class,
        () -> unit.clinician().call(() -> handovers().read(Long.MAX_VALUE, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> unit.clinician().call(() -> handovers().give(-5, currentKey())));
    assertThrows(
        HandoverNotFoundException.class,
        () -> unit.clinician().call(() -> handovers().open(Long.MAX_VALUE)));
    assertFalse(unit.supervisor().call(() -> handovers().open(id)).acknowledged());
    assertEquals(
        List.of(new HandoverProgram(program, unit.name())),
        unit.clinician().call(() -> handovers().programs()));
  }

  @Test
  void historyListsTheProgramsHandoversNewestShiftFirstPaged() throws Exception {
    Unit unit = unit();
    client(unit, TestNames.uniqueLastName("Hhist"), ClientStatus.ACTIVE);
    Shift previous = SHIFTS.previous(current());
    long old =
        probe()
            .oldHandover(
                unit.programId(),
                previous.date(),
                previous.start(),
                previous.end(),
                previous.startsAt(CENTER),
                unit.supervisor().username(),
                previous.startsAt(CENTER).minus(Duration.ofMinutes(10)));
    long now =
        unit.clinician().call(() -> handovers().give(unit.programId(), currentKey())).handoverId();
    long next =
        unit.clinician()
            .call(() -> handovers().give(unit.programId(), SHIFTS.next(current()).key()))
            .handoverId();
    unit.supervisor().call(() -> handovers().acknowledge(now, null));

    assertEquals(3L, unit.supervisor().call(() -> handovers().countHistory(unit.programId())));
    List<HandoverSummary> first =
        unit.supervisor().call(() -> handovers().history(unit.programId(), 0, 2));
    List<HandoverSummary> second =
        unit.supervisor().call(() -> handovers().history(unit.programId(), 2, 2));
    assertEquals(List.of(next, now), first.stream().map(HandoverSummary::id).toList());
    assertEquals(List.of(old), second.stream().map(HandoverSummary::id).toList());
    HandoverSummary acked = first.get(1);
    assertEquals(unit.clinician().displayName(), acked.givenBy());
    assertEquals(unit.supervisor().displayName(), acked.acknowledgedBy());
    assertEquals(1, acked.clients());
    assertTrue(second.get(0).late(), "never acknowledged, and its shift began hours ago");
    assertNull(second.get(0).acknowledgedBy());
  }

  @Test
  void lateHandoversShowOnTheDashboardOfTheProgramsSupervisors() throws Exception {
    Unit unit = unit();
    client(unit, TestNames.uniqueLastName("Hlate"), ClientStatus.ACTIVE);
    Shift previous = SHIFTS.previous(current());
    long old =
        probe()
            .oldHandover(
                unit.programId(),
                previous.date(),
                previous.start(),
                previous.end(),
                previous.startsAt(CENTER),
                unit.clinician().username(),
                previous.startsAt(CENTER).minus(Duration.ofMinutes(10)));

    List<LateHandover> late = unit.supervisor().call(() -> handovers().late());
    assertTrue(
        late.stream()
            .anyMatch(
                l ->
                    l.handoverId() != null
                        && l.handoverId() == old
                        && l.kind() == LateHandover.Kind.NOT_ACKNOWLEDGED
                        && l.givenBy().equals(unit.clinician().displayName())),
        late.toString());
    boolean currentIsLate = Instant.now().isAfter(current().startsAt(CENTER).plusSeconds(3600));
    assertEquals(
        currentIsLate,
        late.stream()
            .anyMatch(
                l -> l.programId() == unit.programId() && l.kind() == LateHandover.Kind.NOT_GIVEN),
        "the current shift has no handover: late once it has been under way an hour");
    assertFalse(
        Staff.SUPERVISOR.call(() -> handovers().late()).stream()
            .anyMatch(l -> l.programId() == unit.programId()),
        "not a program of the demo's supervisor");
    assertThrows(Exception.class, () -> unit.clinician().call(() -> handovers().late()));

    unit.supervisor().call(() -> handovers().give(unit.programId(), currentKey()));
    unit.supervisor().call(() -> handovers().acknowledge(old, "Late, but read."));
    assertFalse(
        unit.supervisor().call(() -> handovers().late()).stream()
            .anyMatch(
                l ->
                    l.programId() == unit.programId()
                        && (l.kind() == LateHandover.Kind.NOT_GIVEN
                            || (l.handoverId() != null && l.handoverId() == old))),
        "given now, and the old one acknowledged");
  }

  @Test
  void readingGivingAcknowledgingAndPrintingAreOnTheAuditTrail() throws Exception {
    Unit unit = unit();
    client(unit, TestNames.uniqueLastName("Haudit"), ClientStatus.ACTIVE);
    HandoverPrintService print = Services.ejb(HandoverPrintService.class);

    unit.clinician().call(() -> handovers().read(unit.programId(), currentKey()));
    String live = probe().audit(unit.clinician().username(), 1).get(0);
    assertTrue(
        live.startsWith("HANDOVER_VIEW SUCCESS null null | program " + unit.programId()), live);

    HandoverPrintService.Printed draft =
        unit.clinician().call(() -> print.print(unit.programId(), currentKey()));
    assertNull(draft.handoverId());
    assertEquals(unit.clinician().displayName(), draft.data().printedBy());
    assertNotNull(draft.data().printedAt());
    assertTrue(
        probe().audit(unit.clinician().username(), 1).get(0).startsWith("HANDOVER_PRINT SUCCESS"));

    long id =
        unit.clinician().call(() -> handovers().give(unit.programId(), currentKey())).handoverId();
    assertTrue(
        probe()
            .audit(unit.clinician().username(), 1)
            .get(0)
            .startsWith("HANDOVER_GIVE SUCCESS Handover " + id + " | "));
    unit.supervisor().call(() -> handovers().acknowledge(id, "Read it."));
    assertTrue(
        probe()
            .audit(unit.supervisor().username(), 1)
            .get(0)
            .startsWith("HANDOVER_ACKNOWLEDGE SUCCESS Handover " + id + " | "));

    HandoverPrintService.Printed printed =
        unit.supervisor().call(() -> print.print(unit.programId(), currentKey()));
    assertEquals(id, printed.handoverId());
    assertEquals(unit.supervisor().displayName(), printed.data().acknowledgedBy());
    assertEquals("Read it.", printed.data().synthesis());
    assertEquals(unit.clinician().displayName(), printed.data().preparedBy());
    assertTrue(
        probe()
            .audit(unit.supervisor().username(), 1)
            .get(0)
            .startsWith("HANDOVER_PRINT SUCCESS Handover " + id + " | "));

    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN.call(() -> handovers().read(unit.programId(), null)));
    assertTrue(
        probe().audit("clinician", 1).get(0).startsWith("HANDOVER_VIEW DENIED"),
        probe().audit("clinician", 1).toString());
  }

  @Test
  void theDemoHasAnAcknowledgedHandoverAndOneWaiting() throws Exception {
    long residential =
        Staff.SUPERVISOR.call(() -> handovers().programs()).stream()
            .filter(p -> p.name().equals("Residential"))
            .findFirst()
            .orElseThrow()
            .id();
    List<HandoverSummary> history =
        Staff.SUPERVISOR.call(() -> handovers().history(residential, 0, 100));
    assertTrue(
        history.stream()
            .anyMatch(
                h ->
                    h.givenBy().equals("Dana Whitfield")
                        && "Renée Park".equals(h.acknowledgedBy())),
        history.toString());
    assertTrue(
        history.stream()
            .anyMatch(h -> h.givenBy().equals("Renée Park") && h.acknowledgedBy() == null),
        history.toString());
  }
}
