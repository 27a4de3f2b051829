package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteFormat;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteState;
import org.waypoint.note.NoteSummary;

/**
 * The demo center's session notes (DemoNotes) are there in every state on first start, as the
 * service shows them. Only reads.
 */
@ExtendWith(ArquillianExtension.class)
class DemoNotesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(DemoNotesIT.class, Staff.class);
  }

  private static NoteService notes() {
    return Services.ejb(NoteService.class);
  }

  private static long demoClient(String lastName) throws Exception {
    ClientService clients = Services.ejb(ClientService.class);
    ClientQuery query = new ClientQuery(lastName, null, null, ClientQuery.SortBy.NAME, true);
    List<ClientProfile> found = Staff.SUPERVISOR.call(() -> clients.search(query, 0, 10));
    return found.stream()
        .filter(c -> c.legalLastName().equals(lastName))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static List<NoteSummary> notesOf(String lastName) throws Exception {
    long client = demoClient(lastName);
    return Staff.SUPERVISOR.call(() -> notes().list(client, NoteFilter.ALL, 0, 50));
  }

  private static List<NoteSummary> ownNotes(String lastName) throws Exception {
    return notesOf(lastName).stream().filter(n -> !n.group()).toList();
  }

  private static Map<NoteState, Long> states(List<NoteSummary> notes) {
    return notes.stream()
        .collect(Collectors.groupingBy(NoteSummary::state, TreeMap::new, Collectors.counting()));
  }

  @Test
  void patelHasThreeSignedNotesOfEachFormatALateEntryTwoAddendaAndTodaysDraft() throws Exception {
    List<NoteSummary> patel = notesOf("Patel");

    assertEquals(Map.of(NoteState.SIGNED, 3L, NoteState.DRAFT, 1L), states(patel));
    assertTrue(patel.stream().allMatch(n -> n.author().equals("clinician")));
    assertEquals(1, patel.stream().filter(NoteSummary::lateEntry).count());
    List<NoteDetail> signed = new java.util.ArrayList<>();
    for (NoteSummary n : patel) {
      if (n.state() == NoteState.SIGNED) {
        signed.add(Staff.CLINICIAN.call(() -> notes().open(n.id())));
      }
    }
    assertEquals(
        java.util.Set.of(NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP),
        signed.stream().map(d -> d.content().getFormat()).collect(Collectors.toSet()));
    NoteDetail withAddenda =
        signed.stream().filter(d -> !d.addenda().isEmpty()).findFirst().orElseThrow();
    assertEquals(
        List.of("Dana Whitfield", "Renée Park"),
        withAddenda.addenda().stream().map(NoteDetail.Addendum::author).toList());
  }

  @Test
  void marcusLeesNotesWaitForCoSignatureAreCoSignedOrReturnedWithTheirNextDraft() throws Exception {
    assertEquals(Map.of(NoteState.AWAITING_CO_SIGNATURE, 1L), states(notesOf("Nguyen")));
    assertEquals(Map.of(NoteState.CO_SIGNED, 1L), states(notesOf("Quinn")));
    List<NoteSummary> walker = notesOf("Walker");
    assertEquals(Map.of(NoteState.RETURNED, 1L, NoteState.DRAFT, 1L), states(walker));
    long draft =
        walker.stream().filter(n -> n.state() == NoteState.DRAFT).findFirst().orElseThrow().id();

    NoteDetail revision = Staff.CLINICIAN2.call(() -> notes().open(draft));

    assertNotNull(revision.returnedFrom(), "the draft carries the supervisor's comment");
    assertEquals("Renée Park", revision.returnedFrom().by());
    assertEquals(1, revision.history().size());
  }

  @Test
  void draftsLeftForDaysAndAGroupSessionOfThree() throws Exception {
    // GroupSessionBrowserIT may add group notes for these two: the demo's own are not group notes
    assertEquals(Map.of(NoteState.DRAFT, 1L), states(ownNotes("Vasquez")));
    assertEquals(Map.of(NoteState.DRAFT, 1L), states(ownNotes("García")));
    for (String attendee : List.of("Ibrahim", "Lopez", "O'Brien")) {
      List<NoteSummary> group = notesOf(attendee);
      assertEquals(1, group.size(), attendee);
      assertTrue(group.get(0).group(), attendee);
      assertEquals(NoteState.SIGNED, group.get(0).state(), attendee);
    }
  }
}
