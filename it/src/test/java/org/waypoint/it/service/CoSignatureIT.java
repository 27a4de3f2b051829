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
import org.waypoint.admin.AdminService;
import org.waypoint.it.service.CoSignFixtures.Account;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Role;
import org.waypoint.note.CoSignItem;
import org.waypoint.note.CoSignatureService;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteReview;
import org.waypoint.note.NoteState;
import org.waypoint.note.NoteWorkService;
import org.waypoint.note.ReturnedItem;

/**
 * Co-signature at the service: a clinician in training's signed notes wait for the supervisors of
 * the client's program, who co-sign them or return them with a comment; each decision is made once
 * and never changed.
 */
@ExtendWith(ArquillianExtension.class)
class CoSignatureIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        CoSignatureIT.class,
        Staff.class,
        TestClients.class,
        CoSignFixtures.class,
        CoSignFixtures.Account.class,
        SafetyPlanProbe.class);
  }

  private static CoSignatureService coSign() {
    return Services.ejb(CoSignatureService.class);
  }

  private static SafetyPlanProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/SafetyPlanProbe!" + SafetyPlanProbe.class.getName(),
        SafetyPlanProbe.class);
  }

  /** A clinician in training of the Residential program, flagged by the administrator. */
  private static Account trainee() throws Exception {
    return CoSignFixtures.account(Role.CLINICIAN, "Residential", true);
  }

  private static List<Long> queueOf(Staff supervisor) throws Exception {
    return supervisor.call(
        () ->
            CoSignFixtures.all(coSign().countQueue(), coSign()::queue).stream()
                .map(CoSignItem::noteId)
                .toList());
  }

  private static List<Long> queueOf(Account supervisor) throws Exception {
    return supervisor.call(
        () ->
            CoSignFixtures.all(coSign().countQueue(), coSign()::queue).stream()
                .map(CoSignItem::noteId)
                .toList());
  }

  private static NoteDetail open(Staff who, long noteId) throws Exception {
    return who.call(() -> CoSignFixtures.notes().open(noteId));
  }

  @Test
  void aTraineesSignedNoteWaitsForTheSupervisorsOfItsProgramOnly() throws Exception {
    Account trainee = trainee();
    Account otherProgram = CoSignFixtures.account(Role.SUPERVISOR, "Intensive Outpatient", false);
    long client = TestClients.newResidentialClient("Cosignqueue");
    long note = CoSignFixtures.signedNote(trainee, client);
    long ordinary = CoSignFixtures.signedNote(Staff.CLINICIAN, client);

    assertEquals(NoteState.AWAITING_CO_SIGNATURE, open(Staff.SUPERVISOR, note).state());
    assertTrue(open(Staff.SUPERVISOR, note).coSignatureRequired());
    List<CoSignItem> queue =
        Staff.SUPERVISOR.call(() -> CoSignFixtures.all(coSign().countQueue(), coSign()::queue));
    CoSignItem item = queue.stream().filter(q -> q.noteId() == note).findFirst().orElseThrow();
    assertEquals(client, item.clientId());
    assertEquals(trainee.displayName(), item.authorName());
    assertEquals(CoSignFixtures.yesterday(), item.contactDate());
    assertNotNull(item.signedAt());
    assertTrue(item.clientName().startsWith("Cosignqueue"), item.clientName());
    assertEquals("under an hour", item.age(item.signedAt().plusSeconds(60)));
    assertEquals("5 hours", item.age(item.signedAt().plusSeconds(5 * 3600)));
    assertEquals("3 days", item.age(item.signedAt().plusSeconds(3 * 86400 + 60)));

    assertFalse(queueOf(Staff.SUPERVISOR).contains(ordinary), "Dana needs no co-signature");
    assertEquals(NoteState.SIGNED, open(Staff.SUPERVISOR, ordinary).state());
    assertFalse(queueOf(otherProgram).contains(note), "not a client of that supervisor's program");
    assertThrows(AccessDeniedException.class, () -> otherProgram.call(() -> coSign().coSign(note)));
    assertEquals(NoteState.AWAITING_CO_SIGNATURE, open(Staff.SUPERVISOR, note).state());
  }

  @Test
  void aCoSignatureStampsWhoAndWhenAndLeavesTheQueue() throws Exception {
    Account trainee = trainee();
    long client = TestClients.newResidentialClient("Cosigned");
    long note = CoSignFixtures.signedNote(trainee, client);

    NoteDetail coSigned = Staff.SUPERVISOR.call(() -> coSign().coSign(note));

    assertEquals(NoteState.CO_SIGNED, coSigned.state());
    assertEquals(NoteReview.Decision.CO_SIGNED, coSigned.review().decision());
    assertEquals("Renée Park", coSigned.review().by());
    assertNotNull(coSigned.review().at());
    assertNull(coSigned.review().comment());
    assertEquals(coSigned.review(), open(Staff.CLINICIAN, note).review());
    assertFalse(queueOf(Staff.SUPERVISOR).contains(note));
    assertEquals(
        "Slept better; urges lower this week.",
        open(Staff.SUPERVISOR, note).content().text(NoteField.SUBJECTIVE),
        "the note itself stays as signed");
  }

  @Test
  void aReturnNeedsACommentAndGivesTheAuthorANewDraftCarryingIt() throws Exception {
    Account trainee = trainee();
    long client = TestClients.newResidentialClient("Cosignreturn");
    long note = CoSignFixtures.signedNote(trainee, client);

    for (String bad :
        new String[] {null, "  ", "x".repeat(NoteReview.COMMENT_LIMIT + 1), "a\u0007b"}) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> Staff.SUPERVISOR.call(() -> coSign().returnNote(note, bad)));
      assertTrue(refused.fieldErrors().containsKey("comment"), refused.fieldErrors().toString());
    }
    assertEquals(NoteState.AWAITING_CO_SIGNATURE, open(Staff.SUPERVISOR, note).state());

    String comment = "Say which coping skills she used, and add the safety-plan review.";
    NoteDetail returned = Staff.SUPERVISOR.call(() -> coSign().returnNote(note, comment));

    assertEquals(NoteState.RETURNED, returned.state());
    assertEquals(comment, returned.review().comment());
    assertEquals("Renée Park", returned.review().by());
    assertNotNull(
        probe().refusal("update session_note set subjective = 'changed' where id = ?", note),
        "the returned note stays final");
    assertFalse(queueOf(Staff.SUPERVISOR).contains(note));

    ReturnedItem back =
        trainee.call(() -> Services.ejb(NoteWorkService.class).returnedToMe(0, 100)).stream()
            .filter(r -> r.returnedNoteId() == note)
            .findFirst()
            .orElseThrow();
    assertEquals(comment, back.comment());
    assertEquals("Renée Park", back.returnedBy());
    NoteDetail draft = trainee.call(() -> CoSignFixtures.notes().open(back.draftId()));
    assertTrue(draft.draft());
    assertTrue(draft.mine());
    assertEquals(comment, draft.returnedFrom().comment());
    assertEquals(note, draft.returnedFrom().noteId());
    assertEquals(List.of(note), draft.history().stream().map(NoteDetail.Earlier::noteId).toList());
    assertEquals(comment, draft.history().get(0).comment());
    assertEquals(
        "Slept better; urges lower this week.",
        draft.content().text(NoteField.SUBJECTIVE),
        "the draft starts from the returned text");
  }

  @Test
  void aNoteIsDecidedOnceAndNeverByItsAuthorOrWithoutNeed() throws Exception {
    Account trainee = trainee();
    long client = TestClients.newResidentialClient("Cosignrefused");
    long note = CoSignFixtures.signedNote(trainee, client);
    Staff.SUPERVISOR.call(() -> coSign().coSign(note));

    InvalidInputException second =
        assertThrows(
            InvalidInputException.class, () -> Staff.SUPERVISOR.call(() -> coSign().coSign(note)));
    assertEquals("Renée Park co-signed this note already.", second.fieldErrors().get("review"));
    assertThrows(
        InvalidInputException.class,
        () -> Staff.SUPERVISOR.call(() -> coSign().returnNote(note, "Too late")));

    long ordinary = CoSignFixtures.signedNote(Staff.CLINICIAN, client);
    InvalidInputException notNeeded =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.SUPERVISOR.call(() -> coSign().coSign(ordinary)));
    assertEquals(
        "This note is not waiting for a co-signature.", notNeeded.fieldErrors().get("review"));
    long draft = trainee.call(() -> CoSignFixtures.notes().start(client, false)).id();
    assertThrows(
        InvalidInputException.class, () -> Staff.SUPERVISOR.call(() -> coSign().coSign(draft)));

    // a supervisor in training signs a note; they cannot co-sign it themselves
    Account supervisorInTraining = CoSignFixtures.account(Role.SUPERVISOR, "Residential", true);
    long own = CoSignFixtures.signedNote(supervisorInTraining, client);
    assertFalse(queueOf(supervisorInTraining).contains(own));
    assertTrue(queueOf(Staff.SUPERVISOR).contains(own));
    InvalidInputException ownNote =
        assertThrows(
            InvalidInputException.class,
            () -> supervisorInTraining.call(() -> coSign().coSign(own)));
    assertEquals(
        "You cannot co-sign or return your own note.", ownNote.fieldErrors().get("review"));
  }

  @Test
  void theDatabaseRefusesToChangeADecision() throws Exception {
    Account trainee = trainee();
    long client = TestClients.newResidentialClient("Cosignfinal");
    long note = CoSignFixtures.signedNote(trainee, client);
    Staff.SUPERVISOR.call(() -> coSign().returnNote(note, "Add the plan."));

    assertNotNull(
        probe().refusal("update note_review set comment = 'changed' where note_id = ?", note));
    assertNotNull(probe().refusal("delete from note_review where note_id = ?", note));
    assertEquals("Add the plan.", open(Staff.SUPERVISOR, note).review().comment());
  }

  @Test
  void theAdministratorMarksAndUnmarksAClinicianInTraining() throws Exception {
    Account clinician = CoSignFixtures.account(Role.CLINICIAN, "Residential", false);
    AdminService admin = Services.ejb(AdminService.class);
    long userId =
        Staff.ADMIN.call(
            () ->
                CoSignFixtures.all(admin.countUsers(), admin::users).stream()
                    .filter(u -> u.username().equals(clinician.username()))
                    .findFirst()
                    .orElseThrow()
                    .id());
    long client = TestClients.newResidentialClient("Cosignflag");

    assertTrue(Staff.ADMIN.call(() -> admin.requireCoSignature(userId, true)).needsCoSignature());
    long flagged = CoSignFixtures.signedNote(clinician, client);
    assertFalse(Staff.ADMIN.call(() -> admin.requireCoSignature(userId, false)).needsCoSignature());
    long unflagged = CoSignFixtures.signedNote(clinician, client);

    assertEquals(NoteState.AWAITING_CO_SIGNATURE, open(Staff.SUPERVISOR, flagged).state());
    assertEquals(NoteState.SIGNED, open(Staff.SUPERVISOR, unflagged).state());
    assertFalse(Staff.ADMIN.call(() -> admin.user(userId)).needsCoSignature());
  }
}
