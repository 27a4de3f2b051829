package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInService;
import org.waypoint.checkin.RecordedCheckIn;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.note.DraftSaved;
import org.waypoint.note.Intervention;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteFormat;
import org.waypoint.note.NoteNotFoundException;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteState;
import org.waypoint.note.NoteSummary;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;

/**
 * Session notes at the service and in the database: drafts keep exactly what is typed and never
 * overwrite another window's save; a signed note refuses every change, in the service and in the
 * database; addenda keep order and authorship; the safety-plan gate blocks, then allows; intake
 * staff and staff out of reach never read a body; the audit trail has a row for each read, none for
 * an autosave.
 */
@ExtendWith(ArquillianExtension.class)
class SessionNoteIT {

  private static final ZoneId CENTER = ZoneId.of("America/Chicago");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        SessionNoteIT.class,
        Staff.class,
        TestClients.class,
        NoteProbe.class,
        DischargeFixtures.class,
        CoSignFixtures.class);
  }

  private static NoteService notes() {
    return Services.ejb(NoteService.class);
  }

  private static NoteProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/NoteProbe!" + NoteProbe.class.getName(), NoteProbe.class);
  }

  /** The demo accounts' password, new for each call (a service may wipe what it was given). */
  private static char[] password() {
    return "waypoint-demo".toCharArray();
  }

  private static NoteDetail start(long client) throws Exception {
    return Staff.CLINICIAN.call(() -> notes().start(client, false));
  }

  private static NoteDetail open(Staff who, long note) throws Exception {
    return who.call(() -> notes().open(note));
  }

  private static DraftSaved save(long note, long version, NoteContent content) throws Exception {
    return Staff.CLINICIAN.call(() -> notes().saveDraft(note, version, content));
  }

  private static NoteDetail sign(long note, long version, NoteContent content) throws Exception {
    return Staff.CLINICIAN.call(() -> notes().sign(note, version, content, password()));
  }

  /**
   * A complete SOAP note of a 45-minute contact that ended {@code ago} before now, on one day of
   * the center's calendar (a little earlier when that would straddle midnight).
   */
  private static NoteContent complete(NoteContent from, Duration ago) {
    NoteContent c = from.copy();
    LocalDateTime end = LocalDateTime.now(CENTER).minus(ago).truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime start = end.minusMinutes(45);
    if (!start.toLocalDate().equals(end.toLocalDate())) {
      end = end.toLocalDate().atStartOfDay().minusMinutes(1);
      start = end.minusMinutes(45);
    }
    c.setContactDate(end.toLocalDate());
    c.setStartTime(start.toLocalTime());
    c.setEndTime(end.toLocalTime());
    c.setModality(Modality.INDIVIDUAL);
    c.setFormat(NoteFormat.SOAP);
    c.setText(NoteField.SUBJECTIVE, "Says the week was hard; slept four hours a night.");
    c.setText(NoteField.OBJECTIVE, "Tired, calm, good eye contact.");
    c.setText(NoteField.ASSESSMENT, "Stable; warning signs lower than last week.");
    c.setText(NoteField.PLAN, "Practise the breathing exercise; meet again Thursday.");
    c.setInterventions(EnumSet.of(Intervention.CBT, Intervention.SAFETY_PLAN_REVIEW));
    return c;
  }

  /** A client's audit rows, newest first, as a supervisor reads them. */
  private static List<AuditRow> trailOf(long client) throws Exception {
    AuditQuery query =
        new AuditQuery(client, null, null, null, null, AuditQuery.SortBy.TIME, false);
    return Staff.SUPERVISOR.call(() -> Services.ejb(AuditTrail.class).search(query, 0, 500));
  }

  /** The newest audit row of a member of staff. */
  private static AuditRow newestBy(Staff who) throws Exception {
    AuditQuery query =
        new AuditQuery(null, who.username, null, null, null, AuditQuery.SortBy.TIME, false);
    return Staff.SUPERVISOR.call(() -> Services.ejb(AuditTrail.class).search(query, 0, 1)).get(0);
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

  /** Records a check-in that comes out High: self-harm since the last one. */
  private static long highCheckIn(long client) throws Exception {
    CheckInAnswers high = calm();
    high.setSelfHarm(true);
    high.setSelfHarmOn(TestNames.centerToday().minusDays(1));
    high.setMedicalCare(false);
    RecordedCheckIn recorded =
        Staff.CLINICIAN.call(() -> Services.ejb(CheckInService.class).record(client, high));
    assertEquals(RiskLevel.HIGH, recorded.entry().level());
    return recorded.entry().id();
  }

  private static long calmCheckIn(long client) throws Exception {
    return Staff.CLINICIAN
        .call(() -> Services.ejb(CheckInService.class).record(client, calm()))
        .entry()
        .id();
  }

  // --- drafts ---

  @Test
  void aNewNoteIsADraftOfTodayByItsAuthor() throws Exception {
    long client = TestClients.newResidentialClient("Notestart");
    NoteDetail note = start(client);
    assertEquals(NoteState.DRAFT, note.state());
    assertTrue(note.draft());
    assertTrue(note.mine());
    assertEquals("Dana Whitfield", note.authorName());
    assertEquals(client, note.clientId());
    assertEquals(TestNames.centerToday(), note.content().getContactDate());
    assertNotNull(note.content().getStartTime());
    assertNull(note.content().getEndTime());
    assertNull(note.signedAt());
    assertNull(note.copiedFromId());
    assertNull(note.content().getCheckInId(), "no check-in today to link");
    assertFalse(Staff.SUPERVISOR.call(() -> notes().open(note.id())).mine());
  }

  @Test
  void aDraftKeepsExactlyWhatIsTypedAndEachSaveBumpsTheVersion() throws Exception {
    long client = TestClients.newResidentialClient("Notetyped");
    NoteDetail note = start(client);
    String typed = "  Leading and trailing spaces stay.  \r\nA second line.\n\n\tTabbed 🙂 ✓  ";
    String full = "ä".repeat(NoteField.LIMIT - 2) + "🙂"; // 8000 characters, the emoji is two
    assertEquals(NoteField.LIMIT, full.length());
    NoteContent content = note.content();
    content.setText(NoteField.SUBJECTIVE, typed);
    content.setText(NoteField.OBJECTIVE, full);
    content.setRiskObserved("  none seen  ");

    DraftSaved first = save(note.id(), note.version(), content);
    assertFalse(first.conflict());
    assertEquals(note.version() + 1, first.version());

    content.setText(NoteField.PLAN, " plan ");
    DraftSaved second = save(note.id(), first.version(), content);
    assertEquals(first.version() + 1, second.version());

    NoteDetail read = open(Staff.CLINICIAN, note.id());
    assertEquals(second.version(), read.version());
    assertEquals(typed, read.content().text(NoteField.SUBJECTIVE));
    assertEquals(full, read.content().text(NoteField.OBJECTIVE));
    assertEquals(" plan ", read.content().text(NoteField.PLAN));
    assertEquals("  none seen  ", read.content().getRiskObserved());
    assertEquals(
        full,
        probe().value("select objective from session_note where id = ?", note.id()),
        "as stored");
  }

  @Test
  void aSaveFromAnOlderVersionSavesNothingAndReturnsTheOtherSave() throws Exception {
    long client = TestClients.newResidentialClient("Notetabs");
    NoteDetail note = start(client);
    NoteContent tabA = note.content().copy();
    tabA.setText(NoteField.SUBJECTIVE, "Typed in the first tab");
    NoteContent tabB = note.content().copy();
    tabB.setText(NoteField.SUBJECTIVE, "Typed in the second tab");

    DraftSaved a = save(note.id(), note.version(), tabA);
    DraftSaved b = save(note.id(), note.version(), tabB);

    assertFalse(a.conflict());
    assertTrue(b.conflict(), "the second tab's save meets the first's");
    assertEquals(a.version(), b.version(), "the version to save against once they have chosen");
    assertEquals("Typed in the first tab", b.theirs().text(NoteField.SUBJECTIVE));
    NoteDetail read = open(Staff.CLINICIAN, note.id());
    assertEquals("Typed in the first tab", read.content().text(NoteField.SUBJECTIVE));
    assertEquals(a.version(), read.version(), "nothing saved");

    // having chosen, the second tab saves against the version it was given
    DraftSaved merged = save(note.id(), b.version(), tabB);
    assertFalse(merged.conflict());
    assertEquals(
        "Typed in the second tab",
        open(Staff.CLINICIAN, note.id()).content().text(NoteField.SUBJECTIVE));
  }

  @Test
  void aDraftRefusesBadInputAndSavesNothing() throws Exception {
    long client = TestClients.newResidentialClient("Noterefused");
    long otherClientsCheckIn = calmCheckIn(TestClients.newResidentialClient("Noteother"));
    NoteDetail note = start(client);
    NoteContent kept = note.content();
    kept.setText(NoteField.SUBJECTIVE, "Kept");
    long version = save(note.id(), note.version(), kept).version();

    NoteContent tooLong = kept.copy();
    tooLong.setText(NoteField.ASSESSMENT, "x".repeat(NoteField.LIMIT + 1));
    assertRefused("text.ASSESSMENT", note.id(), version, tooLong);

    NoteContent control = kept.copy();
    control.setText(NoteField.PLAN, "Bell \u0007 here");
    assertRefused("text.PLAN", note.id(), version, control);

    NoteContent endBeforeStart = kept.copy();
    endBeforeStart.setStartTime(java.time.LocalTime.of(10, 0));
    endBeforeStart.setEndTime(java.time.LocalTime.of(9, 59));
    endBeforeStart.setContactDate(TestNames.centerToday().minusDays(1));
    assertRefused("endTime", note.id(), version, endBeforeStart);

    NoteContent future = kept.copy();
    future.setContactDate(TestNames.centerToday().plusDays(1));
    assertRefused("contactDate", note.id(), version, future);

    NoteContent laterToday = kept.copy();
    LocalDateTime inAnHour = LocalDateTime.now(CENTER).plusHours(1);
    laterToday.setContactDate(inAnHour.toLocalDate());
    laterToday.setStartTime(inAnHour.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
    assertTrue(
        assertThrows(InvalidInputException.class, () -> save(note.id(), version, laterToday))
            .fieldErrors()
            .keySet()
            .stream()
            .anyMatch(Set.of("contactDate", "startTime")::contains));

    NoteContent notTheirs = kept.copy();
    notTheirs.setCheckInId(otherClientsCheckIn);
    assertRefused("checkInId", note.id(), version, notTheirs);

    NoteDetail read = open(Staff.CLINICIAN, note.id());
    assertEquals(version, read.version(), "nothing was saved");
    assertEquals("Kept", read.content().text(NoteField.SUBJECTIVE));
    assertNull(read.content().text(NoteField.ASSESSMENT));
    assertNull(read.content().getCheckInId());
  }

  private static void assertRefused(String field, long note, long version, NoteContent content) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> save(note, version, content));
    assertTrue(refused.fieldErrors().containsKey(field), refused.fieldErrors().toString());
  }

  @Test
  void anotherClinicianCannotChangeSomeonesDraftAndADiscardedDraftIsGone() throws Exception {
    long client = TestClients.newResidentialClient("Notediscard");
    NoteDetail note = start(client);
    InvalidInputException notAuthor =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () -> notes().saveDraft(note.id(), note.version(), note.content())));
    assertTrue(notAuthor.fieldErrors().containsKey("note"));

    Staff.CLINICIAN.call(
        () -> {
          notes().discard(note.id(), note.version());
          return null;
        });
    assertThrows(NoteNotFoundException.class, () -> open(Staff.CLINICIAN, note.id()));
  }

  // --- signing ---

  @Test
  void aWrongPasswordSignsNothing() throws Exception {
    long client = TestClients.newResidentialClient("Notepassword");
    NoteDetail note = start(client);
    NoteContent content = complete(note.content(), Duration.ZERO);
    InvalidInputException wrong =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        notes().sign(note.id(), note.version(), content, "not-it".toCharArray())));
    assertTrue(wrong.fieldErrors().containsKey("password"), wrong.fieldErrors().toString());
    assertThrows(
        InvalidInputException.class,
        () -> Staff.CLINICIAN.call(() -> notes().sign(note.id(), note.version(), content, null)));

    NoteDetail read = open(Staff.CLINICIAN, note.id());
    assertEquals(NoteState.DRAFT, read.state());
    assertNull(read.signedAt());
    assertEquals(note.version(), read.version());
    assertNull(probe().value("select signed_by from session_note where id = ?", note.id()));
  }

  @Test
  void signingRefusesEachMissingPartByItsField() throws Exception {
    long client = TestClients.newResidentialClient("Noteparts");
    NoteDetail note = start(client);
    NoteContent half = note.content();
    half.setFormat(NoteFormat.DAP);
    half.setText(NoteField.DATA, "Only the data part");
    half.setInterventions(EnumSet.of(Intervention.OTHER));

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> sign(note.id(), note.version(), half));
    assertEquals(
        Set.of("endTime", "modality", "text.ASSESSMENT", "text.PLAN", "otherInterventions"),
        refused.fieldErrors().keySet());
    assertEquals("Write the Plan part before signing.", refused.fieldErrors().get("text.PLAN"));
    assertEquals(NoteState.DRAFT, open(Staff.CLINICIAN, note.id()).state());
  }

  @Test
  void aSignedNoteIsStampedAndRefusesEveryChangeAtTheServiceAndInTheDatabase() throws Exception {
    long client = TestClients.newResidentialClient("Notesigned");
    NoteDetail note = start(client);
    NoteContent content = complete(note.content(), Duration.ZERO);
    NoteDetail signed = sign(note.id(), note.version(), content);

    assertEquals(NoteState.SIGNED, signed.state());
    assertNotNull(signed.signedAt());
    assertFalse(signed.lateEntry());
    assertFalse(signed.coSignatureRequired());
    assertEquals(content.text(NoteField.PLAN), signed.content().text(NoteField.PLAN));
    assertEquals(
        "clinician", probe().value("select signed_by from session_note where id = ?", note.id()));
    assertEquals(
        "SIGNED", probe().value("select status from session_note where id = ?", note.id()));

    NoteContent changed = content.copy();
    changed.setText(NoteField.PLAN, "Changed after signing");
    assertThrows(InvalidInputException.class, () -> save(note.id(), signed.version(), changed));
    assertThrows(InvalidInputException.class, () -> sign(note.id(), signed.version(), changed));
    assertThrows(
        InvalidInputException.class,
        () ->
            Staff.CLINICIAN.call(
                () -> {
                  notes().discard(note.id(), signed.version());
                  return null;
                }));

    NoteProbe probe = probe();
    for (String sql :
        List.of(
            "update session_note set plan = 'Changed behind its back' where id = ?",
            "update session_note set status = 'DRAFT' where id = ?",
            "update session_note set signed_at = null, signed_by = null where id = ?",
            "delete from session_note where id = ?")) {
      NoteProbe.Outcome outcome = probe.run(sql, note.id());
      assertNotNull(outcome.refusal(), sql + " went through");
      assertTrue(outcome.refusal().contains("final"), "the guard refused it: " + outcome.refusal());
    }
    NoteDetail read = open(Staff.SUPERVISOR, note.id());
    assertEquals(NoteState.SIGNED, read.state());
    assertEquals(content.text(NoteField.PLAN), read.content().text(NoteField.PLAN));
    assertEquals(signed.signedAt(), read.signedAt());

    // the trigger is selective: a draft's row may still change (and be discarded)
    NoteDetail draft = start(client);
    NoteProbe.Outcome draftUpdate =
        probe.run("update session_note set plan = 'Draft words' where id = ?", draft.id());
    assertNull(draftUpdate.refusal());
    assertEquals(1, draftUpdate.rows());
    assertEquals("Draft words", open(Staff.CLINICIAN, draft.id()).content().text(NoteField.PLAN));
  }

  @Test
  void aNoteSignedMoreThanADayAfterTheContactIsALateEntry() throws Exception {
    long client = TestClients.newResidentialClient("Notelate");
    NoteDetail late = start(client);
    NoteDetail signedLate =
        sign(late.id(), late.version(), complete(late.content(), Duration.ofDays(2)));
    assertTrue(signedLate.lateEntry());
    assertTrue(
        signedLate.content().getContactDate().isBefore(TestNames.centerToday().minusDays(1)));

    NoteDetail timely = start(client);
    NoteDetail signedTimely =
        sign(timely.id(), timely.version(), complete(timely.content(), Duration.ofHours(1)));
    assertFalse(signedTimely.lateEntry());

    List<NoteSummary> listed =
        Staff.CLINICIAN.call(() -> notes().list(client, NoteFilter.ALL, 0, 10));
    assertEquals(
        Set.of(late.id()),
        Set.copyOf(listed.stream().filter(NoteSummary::lateEntry).map(NoteSummary::id).toList()));
  }

  // --- addenda ---

  @Test
  void addendaKeepTheirOrderAuthorsAndReasonsAndAreFinal() throws Exception {
    long client = TestClients.newResidentialClient("Noteaddenda");
    NoteDetail draft = start(client);
    InvalidInputException onDraft =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> notes().addAddendum(draft.id(), "Text", "Reason")));
    assertTrue(onDraft.fieldErrors().containsKey("text"));

    NoteDetail signed = sign(draft.id(), draft.version(), complete(draft.content(), Duration.ZERO));
    Staff.CLINICIAN.call(
        () -> notes().addAddendum(signed.id(), "Client called back at 5 pm.", "Late information"));
    Staff.SUPERVISOR.call(
        () ->
            notes()
                .addAddendum(signed.id(), "Reviewed with the clinician.", "Supervision comment"));
    NoteDetail third =
        Staff.CLINICIAN.call(
            () ->
                notes()
                    .addAddendum(
                        signed.id(), "  Correction:\nthe date of the visit was Monday.  ", "Typo"));

    assertEquals(
        List.of(1, 2, 3), third.addenda().stream().map(NoteDetail.Addendum::position).toList());
    assertEquals(
        List.of("Dana Whitfield", "Renée Park", "Dana Whitfield"),
        third.addenda().stream().map(NoteDetail.Addendum::author).toList());
    assertEquals(
        List.of("Late information", "Supervision comment", "Typo"),
        third.addenda().stream().map(NoteDetail.Addendum::reason).toList());
    assertEquals(
        "  Correction:\nthe date of the visit was Monday.  ", third.addenda().get(2).text());
    assertEquals(NoteState.SIGNED, third.state(), "the note itself stays as signed");
    assertEquals(3, open(Staff.SUPERVISOR, signed.id()).addenda().size());

    assertThrows(
        InvalidInputException.class,
        () -> Staff.CLINICIAN.call(() -> notes().addAddendum(signed.id(), "Text", " ")));

    NoteProbe probe = probe();
    for (String sql :
        List.of(
            "update note_addendum set body = 'x' where note_id = ?",
            "delete from note_addendum where note_id = ?")) {
      String refusal = probe.run(sql, signed.id()).refusal();
      assertNotNull(refusal, sql + " went through");
      assertTrue(refusal.contains("final"), "the guard refused it: " + refusal);
    }
    assertEquals(
        "Client called back at 5 pm.", open(Staff.CLINICIAN, signed.id()).addenda().get(0).text());
  }

  // --- the safety-plan gate ---

  @Test
  void aHighCheckInBlocksTheSignatureUntilThePlanIsReviewed() throws Exception {
    long client = TestClients.newResidentialClient("Notegate");
    long checkIn = highCheckIn(client);
    NoteDetail note = start(client);
    assertEquals(checkIn, note.content().getCheckInId(), "today's check-in is linked");
    assertEquals(RiskLevel.HIGH, note.content().getRiskLevel());
    assertTrue(note.planGate().applies());
    assertFalse(note.planGate().reviewed());

    NoteContent content = complete(note.content(), Duration.ZERO);
    InvalidInputException blocked =
        assertThrows(InvalidInputException.class, () -> sign(note.id(), note.version(), content));
    assertEquals(Set.of("planGateReason"), blocked.fieldErrors().keySet());
    assertTrue(blocked.fieldErrors().get("planGateReason").contains("High"));
    assertEquals(NoteState.DRAFT, open(Staff.CLINICIAN, note.id()).state());

    DischargeFixtures.reviewedPlan(client);
    NoteDetail reopened = open(Staff.CLINICIAN, note.id());
    assertTrue(reopened.planGate().reviewed());
    NoteDetail signed = sign(note.id(), note.version(), content);
    assertEquals(NoteState.SIGNED, signed.state());
    assertNull(signed.content().getPlanGateReason());
  }

  @Test
  void aReasonWhyThePlanWasNotReviewedLetsTheNoteBeSignedAndIsKept() throws Exception {
    long client = TestClients.newResidentialClient("Notereason");
    long high = highCheckIn(client);
    NoteDetail note = start(client);
    NoteContent content = complete(note.content(), Duration.ZERO);
    content.setPlanGateReason("   ");
    InvalidInputException blank =
        assertThrows(InvalidInputException.class, () -> sign(note.id(), note.version(), content));
    assertTrue(blank.fieldErrors().containsKey("planGateReason"), "a blank reason is no reason");

    String reason = "Client left in crisis with the mobile team; plan review booked for tomorrow.";
    content.setPlanGateReason(reason);
    NoteDetail signed = sign(note.id(), note.version(), content);
    assertEquals(NoteState.SIGNED, signed.state());
    assertEquals(reason, signed.content().getPlanGateReason());
    NoteDetail read = open(Staff.SUPERVISOR, note.id());
    assertEquals(reason, read.content().getPlanGateReason());
    assertTrue(read.planGate().applies());
    assertFalse(read.planGate().reviewed());

    // "start from my last note": the parts come along, this contact's check-in and reason do not
    long calm = calmCheckIn(client);
    NoteDetail copy = Staff.CLINICIAN.call(() -> notes().start(client, true));
    assertEquals(note.id(), copy.copiedFromId());
    assertEquals(NoteState.DRAFT, copy.state());
    for (NoteField field : NoteFormat.SOAP.fields()) {
      assertEquals(content.text(field), copy.content().text(field), field.name());
    }
    assertEquals(content.getInterventions(), copy.content().getInterventions());
    assertEquals(Modality.INDIVIDUAL, copy.content().getModality());
    assertNull(copy.content().getPlanGateReason());
    assertNotEquals(high, copy.content().getCheckInId());
    assertEquals(calm, copy.content().getCheckInId(), "the new contact's own check-in");
    assertEquals(TestNames.centerToday(), copy.content().getContactDate());
    assertNull(copy.content().getEndTime());
    assertNull(
        Staff.CLINICIAN.call(() -> notes().start(client, false)).copiedFromId(),
        "a new note that is not a copy says so");
  }

  @Test
  void startingFromTheLastNoteCopiesTheLastSignedNoteOnlyAndLeavesDraftsDiscardable()
      throws Exception {
    long client = TestClients.newResidentialClient("Notecopy");
    NoteDetail first = start(client);
    NoteContent content = complete(first.content(), Duration.ZERO);
    content.setFormat(NoteFormat.BIRP);
    content.setText(NoteField.BEHAVIOR, "Paced the room");
    content.setText(NoteField.INTERVENTION, "Grounding");
    content.setText(NoteField.RESPONSE, "Calmer after ten minutes");
    sign(first.id(), first.version(), content);

    NoteDetail draft = Staff.CLINICIAN.call(() -> notes().start(client, true));
    assertEquals(first.id(), draft.copiedFromId());
    assertEquals(NoteFormat.BIRP, draft.content().getFormat());
    assertEquals("Grounding", draft.content().text(NoteField.INTERVENTION));

    NoteDetail second = Staff.CLINICIAN.call(() -> notes().start(client, true));
    assertEquals(first.id(), second.copiedFromId(), "a draft is not the last note");
    Staff.CLINICIAN.call(
        () -> {
          notes().discard(draft.id(), draft.version());
          return null;
        });
    assertThrows(NoteNotFoundException.class, () -> open(Staff.CLINICIAN, draft.id()));
  }

  // --- who may read ---

  @Test
  void intakeStaffSeeThatNotesExistButNeverTheirBody() throws Exception {
    long client = TestClients.newResidentialClient("Noteintake");
    NoteDetail note = start(client);
    NoteContent content = complete(note.content(), Duration.ZERO);
    content.setModality(Modality.PHONE);
    sign(note.id(), note.version(), content);

    assertThrows(EJBAccessException.class, () -> open(Staff.INTAKE, note.id()));
    assertThrows(
        EJBAccessException.class,
        () -> Staff.INTAKE.call(() -> notes().saveDraft(note.id(), 0, content)));
    List<NoteSummary> listed = Staff.INTAKE.call(() -> notes().list(client, NoteFilter.ALL, 0, 10));
    assertEquals(1, listed.size());
    NoteSummary row = listed.get(0);
    assertEquals(note.id(), row.id());
    assertEquals(content.getContactDate(), row.contactDate());
    assertEquals("Dana Whitfield", row.authorName());
    assertEquals(Modality.PHONE, row.modality());
    assertEquals(NoteState.SIGNED, row.state());
    assertEquals(1L, Staff.INTAKE.call(() -> notes().count(client, NoteFilter.ALL)));
    assertEquals(client, (long) Staff.INTAKE.call(() -> notes().clientOf(note.id())));
  }

  @Test
  void aClinicianOutOfReachIsRefusedAndTheTrailSaysSo() throws Exception {
    long client = TestClients.newResidentialClient("Notereach");
    NoteDetail note = start(client);
    NoteContent typed = note.content();
    typed.setText(NoteField.SUBJECTIVE, "Private words");
    long version = save(note.id(), note.version(), typed).version();

    int before = trailOf(client).size();
    assertThrows(AccessDeniedException.class, () -> open(Staff.CLINICIAN2, note.id()));
    // the refused read names the note (its client is not looked up for someone out of reach)
    AuditRow denied = newestBy(Staff.CLINICIAN2);
    assertEquals(AuditAction.NOTE_VIEW, denied.action());
    assertEquals(AuditOutcome.DENIED, denied.outcome());
    assertEquals("SessionNote", denied.recordType());
    assertEquals(String.valueOf(note.id()), denied.recordId());

    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> notes().list(client, NoteFilter.ALL, 0, 10)));
    List<AuditRow> trail = trailOf(client);
    assertEquals(before + 1, trail.size());
    assertEquals(AuditAction.NOTE_LIST, trail.get(0).action());
    assertEquals(AuditOutcome.DENIED, trail.get(0).outcome());
    assertEquals("clinician2", trail.get(0).username());

    NoteContent overwrite = typed.copy();
    overwrite.setText(NoteField.SUBJECTIVE, "Overwritten");
    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> notes().saveDraft(note.id(), version, overwrite)));
    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> notes().clientOf(note.id())));
    NoteDetail read = open(Staff.CLINICIAN, note.id());
    assertEquals("Private words", read.content().text(NoteField.SUBJECTIVE));
    assertEquals(version, read.version());
  }

  @Test
  void aNoteIdThatDoesNotExistIsNotFound() throws Exception {
    long tampered = Long.MAX_VALUE - 7;
    assertThrows(NoteNotFoundException.class, () -> open(Staff.CLINICIAN, tampered));
    assertThrows(NoteNotFoundException.class, () -> save(tampered, 0, new NoteContent()));
    assertThrows(NoteNotFoundException.class, () -> sign(tampered, 0, new NoteContent()));
    assertThrows(
        NoteNotFoundException.class,
        () -> Staff.CLINICIAN.call(() -> notes().addAddendum(tampered, "Text", "Reason")));
    assertThrows(
        NoteNotFoundException.class, () -> Staff.INTAKE.call(() -> notes().clientOf(tampered)));
  }

  // --- the audit trail ---

  @Test
  void theTrailHasTheDraftsStartItsSignatureAndEachReadButNoAutosave() throws Exception {
    long client = TestClients.newResidentialClient("Noteaudit");
    int before = trailOf(client).size();

    NoteDetail note = start(client);
    List<AuditRow> trail = trailOf(client);
    assertEquals(before + 1, trail.size());
    assertEquals(AuditAction.NOTE_DRAFT_START, trail.get(0).action());
    assertEquals(AuditOutcome.SUCCESS, trail.get(0).outcome());

    long version = note.version();
    NoteContent typed = note.content();
    for (int i = 1; i <= 10; i++) {
      typed.setText(NoteField.SUBJECTIVE, "Typed so far, " + i);
      version = save(note.id(), version, typed).version();
    }
    assertEquals(before + 1, trailOf(client).size(), "no row for an autosave");

    long last = version;
    sign(note.id(), last, complete(typed, Duration.ZERO));
    trail = trailOf(client);
    assertEquals(before + 2, trail.size());
    assertEquals(AuditAction.NOTE_SIGN, trail.get(0).action());
    assertEquals("SessionNote", trail.get(0).recordType());
    assertEquals(String.valueOf(note.id()), trail.get(0).recordId());

    open(Staff.SUPERVISOR, note.id());
    trail = trailOf(client);
    assertEquals(before + 3, trail.size());
    AuditRow view = trail.get(0);
    assertEquals(AuditAction.NOTE_VIEW, view.action());
    assertEquals(AuditOutcome.SUCCESS, view.outcome());
    assertEquals("supervisor", view.username());
    assertEquals("SessionNote", view.recordType());
    assertEquals(String.valueOf(note.id()), view.recordId());
    assertEquals(client, view.clientId());
  }
}
