package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.waypoint.checkin.CheckInService;
import org.waypoint.it.service.CoSignFixtures.Account;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.kernel.Role;
import org.waypoint.note.CoSignatureService;
import org.waypoint.note.ContactItem;
import org.waypoint.note.DraftItem;
import org.waypoint.note.NoteWorkService;
import org.waypoint.note.ReturnedItem;

/**
 * The dashboards' note lists: each shows what it should, to whom it should, and nothing else.
 * Accounts and clients are made for each test, so the demo's notes never get in the way.
 */
@ExtendWith(ArquillianExtension.class)
class NoteDashboardIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        NoteDashboardIT.class,
        Staff.class,
        TestClients.class,
        CoSignFixtures.class,
        CoSignFixtures.Account.class,
        SafetyPlanProbe.class);
  }

  private static NoteWorkService work() {
    return Services.ejb(NoteWorkService.class);
  }

  private static SafetyPlanProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/SafetyPlanProbe!" + SafetyPlanProbe.class.getName(),
        SafetyPlanProbe.class);
  }

  /** Makes a draft look begun that many hours ago, behind the application's back. */
  private static void age(long noteId, int hours) {
    assertNull(
        probe()
            .refusal(
                "update session_note set created_at = created_at - interval '"
                    + hours
                    + "' hour where id = ?",
                noteId));
  }

  private static List<DraftItem> myDrafts(Account who) throws Exception {
    return who.call(() -> CoSignFixtures.all(work().countMyDrafts(), work()::myDrafts));
  }

  private static List<Long> staleDrafts(Account who) throws Exception {
    return who.call(
        () ->
            CoSignFixtures.all(work().countStaleDrafts(), work()::staleDrafts).stream()
                .map(DraftItem::noteId)
                .toList());
  }

  private static List<Long> staleDrafts(Staff who) throws Exception {
    return who.call(
        () ->
            CoSignFixtures.all(work().countStaleDrafts(), work()::staleDrafts).stream()
                .map(DraftItem::noteId)
                .toList());
  }

  @Test
  void myDraftsAreMineOnlyOldestFirstAndFlaggedAfterADay() throws Exception {
    Account author = CoSignFixtures.account(Role.CLINICIAN, "Residential", false);
    Account colleague = CoSignFixtures.account(Role.CLINICIAN, "Residential", false);
    long client = TestClients.newResidentialClient("Draftlist");
    long fresh = author.call(() -> CoSignFixtures.notes().start(client, false)).id();
    long old = author.call(() -> CoSignFixtures.notes().start(client, false)).id();
    age(old, 30);
    long signed = CoSignFixtures.signedNote(author, client);
    colleague.call(() -> CoSignFixtures.notes().start(client, false));

    List<DraftItem> mine = myDrafts(author);
    assertEquals(List.of(old, fresh), mine.stream().map(DraftItem::noteId).toList());
    assertEquals(2L, author.call(() -> work().countMyDrafts()));
    Instant now = Instant.now();
    assertTrue(mine.get(0).flagged(now), "begun 30 hours ago");
    assertFalse(mine.get(1).flagged(now), "begun just now");
    assertEquals("30 hours", mine.get(0).age(now));
    assertEquals(author.displayName(), mine.get(0).authorName());
    assertEquals(client, mine.get(0).clientId());
    assertFalse(mine.stream().anyMatch(d -> d.noteId() == signed), "signed notes are done");
    assertEquals(1, myDrafts(colleague).size(), "each author sees their own drafts");
  }

  @Test
  void aReturnedNoteIsListedForItsAuthorWithTheComment() throws Exception {
    Account trainee = CoSignFixtures.account(Role.CLINICIAN, "Residential", true);
    Account colleague = CoSignFixtures.account(Role.CLINICIAN, "Residential", false);
    long client = TestClients.newResidentialClient("Returnlist");
    long note = CoSignFixtures.signedNote(trainee, client);
    assertEquals(0L, trainee.call(() -> work().countReturnedToMe()));

    Staff.SUPERVISOR.call(
        () -> Services.ejb(CoSignatureService.class).returnNote(note, "Add the risk observed."));

    List<ReturnedItem> returned = trainee.call(() -> work().returnedToMe(0, 10));
    assertEquals(1, returned.size());
    ReturnedItem item = returned.get(0);
    assertEquals(note, item.returnedNoteId());
    assertEquals("Add the risk observed.", item.comment());
    assertEquals("Renée Park", item.returnedBy());
    assertEquals(CoSignFixtures.yesterday(), item.contactDate());
    assertEquals(1L, trainee.call(() -> work().countReturnedToMe()));
    assertFalse(
        myDrafts(trainee).stream().anyMatch(d -> d.noteId() == item.draftId()),
        "the revision is listed as returned, not twice");
    assertEquals(0L, colleague.call(() -> work().countReturnedToMe()));

    // the author signs the revision: it leaves the list
    trainee.call(
        () -> {
          var draft = CoSignFixtures.notes().open(item.draftId());
          return CoSignFixtures.notes()
              .sign(
                  draft.id(),
                  draft.version(),
                  draft.content(),
                  CoSignFixtures.PASSWORD.toCharArray());
        });
    assertEquals(0L, trainee.call(() -> work().countReturnedToMe()));
  }

  @Test
  void aContactOfTodayWithoutANoteIsListedUntilTheNoteIsBegun() throws Exception {
    CheckInService checkIns = Services.ejb(CheckInService.class);
    long seen = TestClients.newResidentialClient("Contactlist");
    long seenBySomeoneElse = TestClients.newResidentialClient("Contactother");
    Staff.CLINICIAN.call(() -> checkIns.record(seen, CoSignFixtures.calm()));
    Staff.SUPERVISOR.call(() -> checkIns.record(seenBySomeoneElse, CoSignFixtures.calm()));

    List<Long> listed = contacts(Staff.CLINICIAN);
    assertTrue(listed.contains(seen), "Dana saw her client today and wrote nothing yet");
    assertFalse(listed.contains(seenBySomeoneElse), "Dana did not see that client today");
    assertFalse(contacts(Staff.CLINICIAN2).contains(seen), "not Marcus's contact");
    ContactItem item =
        Staff.CLINICIAN
            .call(
                () ->
                    CoSignFixtures.all(
                        work().countContactsWithoutNote(), work()::contactsWithoutNote))
            .stream()
            .filter(c -> c.clientId() == seen)
            .findFirst()
            .orElseThrow();
    assertTrue(item.clientName().startsWith("Contactlist"), item.clientName());

    Staff.CLINICIAN.call(() -> CoSignFixtures.notes().start(seen, false));
    assertFalse(contacts(Staff.CLINICIAN).contains(seen), "a note of today is begun");
  }

  private static List<Long> contacts(Staff who) throws Exception {
    return who.call(
        () ->
            CoSignFixtures.all(work().countContactsWithoutNote(), work()::contactsWithoutNote)
                .stream()
                .map(ContactItem::clientId)
                .toList());
  }

  @Test
  void supervisorsSeeDraftsOlderThanThreeDaysInTheirProgramsOnly() throws Exception {
    Account author = CoSignFixtures.account(Role.CLINICIAN, "Residential", false);
    Account otherProgram = CoSignFixtures.account(Role.SUPERVISOR, "Intensive Outpatient", false);
    long client = TestClients.newResidentialClient("Stalelist");
    long stale = author.call(() -> CoSignFixtures.notes().start(client, false)).id();
    long recent = author.call(() -> CoSignFixtures.notes().start(client, false)).id();
    age(stale, 80);
    age(recent, 30);

    List<Long> listed = staleDrafts(Staff.SUPERVISOR);
    assertTrue(listed.contains(stale), "begun 80 hours ago");
    assertFalse(listed.contains(recent), "begun 30 hours ago");
    assertFalse(staleDrafts(otherProgram).contains(stale), "a client of another program");
    DraftItem item =
        Staff.SUPERVISOR
            .call(() -> CoSignFixtures.all(work().countStaleDrafts(), work()::staleDrafts))
            .stream()
            .filter(d -> d.noteId() == stale)
            .findFirst()
            .orElseThrow();
    assertEquals(author.displayName(), item.authorName());
    assertEquals("3 days", item.age(Instant.now()));
    assertThrows(
        EJBAccessException.class, () -> Staff.CLINICIAN.call(() -> work().staleDrafts(0, 10)));
  }
}
