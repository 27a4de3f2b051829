package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.ChartService;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.note.AttendeePart;
import org.waypoint.note.GroupContent;
import org.waypoint.note.GroupDetail;
import org.waypoint.note.GroupSessionService;
import org.waypoint.note.GroupSummary;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteFormat;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteState;
import org.waypoint.program.ProgramService;

/**
 * Group sessions at the service: one signature for every attendee's note, and no attendee's name or
 * words in another attendee's note, note list or chart.
 */
@ExtendWith(ArquillianExtension.class)
class GroupNoteIT {

  private static final char[] PASSWORD = "waypoint-demo".toCharArray();

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(GroupNoteIT.class, Staff.class, SafetyPlanProbe.class);
  }

  private static GroupSessionService groups() {
    return Services.ejb(GroupSessionService.class);
  }

  private static NoteService notes() {
    return Services.ejb(NoteService.class);
  }

  /** A client of the test, with their part of the group's note. */
  private record Person(long id, String first, String last, String words) {}

  private static long program(String name) throws Exception {
    return Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs()).stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /**
   * @return a new client with a first and last name no other test uses, in the program, of the
   *     clinician named
   */
  private static Person newClient(String program, String clinician, ClientStatus status)
      throws Exception {
    ClientService clients = Services.ejb(ClientService.class);
    long clinicianId =
        Staff.INTAKE.call(clients::clinicians).stream()
            .filter(s -> s.displayName().equals(clinician))
            .findFirst()
            .orElseThrow()
            .id();
    ClientRegistration form = new ClientRegistration();
    String first = TestNames.uniqueLastName("Grp");
    String last = TestNames.uniqueLastName("Member");
    form.setLegalFirstName(first);
    form.setLegalLastName(last);
    form.setDateOfBirth(LocalDate.of(1999, 3, 4));
    form.setProgramId(program(program));
    form.setPrimaryClinicianId(clinicianId);
    form.setStatus(status);
    if (status == ClientStatus.ACTIVE) {
      form.setAdmissionDate(TestNames.centerToday().minusDays(10));
    }
    ClientProfile client = Staff.INTAKE.call(() -> clients.register(form));
    return new Person(client.id(), first, last, TestNames.uniqueLastName("Said"));
  }

  private static Person residential() throws Exception {
    return newClient("Residential", "Dana Whitfield", ClientStatus.ACTIVE);
  }

  /** The group's content: yesterday 10 to 11, with a SOAP part per attendee in their own words. */
  private static GroupContent content(String shared, List<Person> attendees) {
    GroupContent c = new GroupContent();
    c.setTopic("Riding out urges");
    c.setContactDate(TestNames.centerToday().minusDays(1));
    c.setStartTime(LocalTime.of(10, 0));
    c.setEndTime(LocalTime.of(11, 0));
    c.setSharedPart(shared);
    c.setFacilitators(List.of("clinician"));
    List<AttendeePart> parts = new ArrayList<>();
    for (Person p : attendees) {
      NoteContent part = new NoteContent();
      part.setFormat(NoteFormat.SOAP);
      for (NoteField field : NoteFormat.SOAP.fields()) {
        part.setText(field, p.words() + " " + field.property());
      }
      parts.add(new AttendeePart(p.id(), part));
    }
    c.setAttendees(parts);
    return c;
  }

  private static GroupDetail signedGroupOf(List<Person> attendees, String shared) throws Exception {
    long residential = program("Residential");
    GroupDetail started = Staff.CLINICIAN.call(() -> groups().start(residential, null));
    var saved =
        Staff.CLINICIAN.call(
            () -> groups().save(started.id(), started.version(), content(shared, attendees)));
    return Staff.CLINICIAN.call(() -> groups().sign(started.id(), saved.version(), PASSWORD));
  }

  /** Everything a note's screen and print could show of it, as text to search. */
  private static String shown(NoteDetail d) {
    StringBuilder text = new StringBuilder(d.toString());
    NoteContent c = d.content();
    text.append(' ').append(c.getTexts().values());
    text.append(' ').append(c.getRiskObserved()).append(' ').append(c.getOtherInterventions());
    text.append(' ').append(c.getPlanGateReason());
    return text.toString();
  }

  @Test
  void aGroupSignedOnceYieldsASignedNoteForEachAttendeeWithTheSharedPart() throws Exception {
    List<Person> people = List.of(residential(), residential(), residential());
    String shared = "We practised urge surfing together " + TestNames.uniqueLastName("Shared");
    GroupDetail group = signedGroupOf(people, shared);

    assertTrue(group.signed());
    assertEquals(3, group.attendees().size());
    assertEquals("Dana Whitfield", group.signedByName());
    for (int i = 0; i < people.size(); i++) {
      GroupDetail.Attendee a = group.attendees().get(i);
      assertEquals(people.get(i).id(), a.clientId(), "attendees in the order they were added");
      NoteDetail note = Staff.CLINICIAN.call(() -> notes().open(a.noteId()));
      assertEquals(NoteState.SIGNED, note.state());
      assertNotNull(note.signedAt());
      assertEquals(Modality.GROUP, note.content().getModality());
      assertEquals(TestNames.centerToday().minusDays(1), note.content().getContactDate());
      assertEquals(LocalTime.of(10, 0), note.content().getStartTime());
      assertEquals(LocalTime.of(11, 0), note.content().getEndTime());
      assertEquals(shared, note.group().sharedPart());
      assertEquals("Riding out urges", note.group().topic());
      assertEquals(List.of("Dana Whitfield"), note.group().facilitators());
      assertEquals(
          people.get(i).words() + " subjective", note.content().text(NoteField.SUBJECTIVE));
    }
    List<GroupSummary> mine = Staff.CLINICIAN.call(() -> groups().mine(0, 100));
    GroupSummary listed = mine.stream().filter(g -> g.id() == group.id()).findFirst().orElseThrow();
    assertEquals(3, listed.attendees());
    assertTrue(listed.signed());
    for (Person p : people) {
      assertFalse(listed.toString().contains(p.last()), "the list of groups names no attendee");
    }
  }

  @Test
  void noAttendeesNoteListOrChartShowsAnotherAttendeesNameOrWords() throws Exception {
    List<Person> people = List.of(residential(), residential(), residential());
    GroupDetail group = signedGroupOf(people, "A shared part " + TestNames.uniqueLastName("Sh"));
    for (int i = 0; i < people.size(); i++) {
      Person self = people.get(i);
      long noteId = group.attendees().get(i).noteId();
      String note = Staff.CLINICIAN.call(() -> shown(notes().open(noteId)));
      String list =
          Staff.CLINICIAN.call(() -> notes().list(self.id(), NoteFilter.ALL, 0, 100)).toString();
      String chart =
          Staff.SUPERVISOR
              .call(() -> Services.ejb(ChartService.class).open(self.id(), ChartSection.NOTES))
              .notes()
              .toString();
      assertTrue(note.contains(self.words()), "the search finds the attendee's own words");
      assertTrue(note.contains(self.last()), "and their own name");
      for (Person other : people) {
        if (other == self) {
          continue;
        }
        for (String shownText : List.of(note, list, chart)) {
          assertFalse(shownText.contains(other.first()), "another attendee's first name");
          assertFalse(shownText.contains(other.last()), "another attendee's last name");
          assertFalse(shownText.contains(other.words()), "another attendee's words");
        }
      }
    }
  }

  @Test
  void anAttendeeOutsideTheProgramOrReachIsRefusedAndNothingIsSaved() throws Exception {
    Person member = residential();
    Person outside = newClient("Partial Hospitalization", "Marcus Lee", ClientStatus.ACTIVE);
    Person otherProgram = newClient("Intensive Outpatient", "Dana Whitfield", ClientStatus.ACTIVE);
    Person referred = newClient("Residential", "Dana Whitfield", ClientStatus.REFERRED);
    long residential = program("Residential");
    GroupDetail started = Staff.CLINICIAN.call(() -> groups().start(residential, "Sleep"));
    var saved =
        Staff.CLINICIAN.call(
            () -> groups().save(started.id(), started.version(), content("x", List.of(member))));
    assertTrue(
        Staff.CLINICIAN.call(() -> groups().open(started.id())).clientChoices().stream()
            .noneMatch(
                c ->
                    c.clientId() == outside.id()
                        || c.clientId() == otherProgram.id()
                        || c.clientId() == referred.id()),
        "only the program's active clients within reach are offered");

    for (Person refused : List.of(outside, otherProgram, referred)) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () ->
                  Staff.CLINICIAN.call(
                      () ->
                          groups()
                              .save(
                                  started.id(),
                                  saved.version(),
                                  content("changed", List.of(member, refused)))));
      String message = e.fieldErrors().get("attendees");
      assertNotNull(message, e.fieldErrors().toString());
      assertFalse(message.contains(refused.last()), "the refusal names no client");
      assertFalse(message.contains(member.last()), "the refusal names no client");
      assertEquals(
          0L,
          Staff.SUPERVISOR.call(() -> notes().count(refused.id(), NoteFilter.ALL)),
          "no note was made for the refused client");
    }
    GroupDetail after = Staff.CLINICIAN.call(() -> groups().open(started.id()));
    assertEquals(saved.version(), after.version(), "nothing was saved");
    assertEquals("x", after.sharedPart());
    assertEquals(List.of(member.id()), after.attendees().stream().map(a -> a.clientId()).toList());
  }

  @Test
  void removingAnAttendeeDeletesTheirDraftAndAStaleVersionIsAConflict() throws Exception {
    Person stays = residential();
    Person leaves = residential();
    long residential = program("Residential");
    GroupDetail started = Staff.CLINICIAN.call(() -> groups().start(residential, null));
    var first =
        Staff.CLINICIAN.call(
            () ->
                groups()
                    .save(started.id(), started.version(), content("x", List.of(stays, leaves))));
    assertEquals(1L, Staff.SUPERVISOR.call(() -> notes().count(leaves.id(), NoteFilter.ALL)));
    var second =
        Staff.CLINICIAN.call(
            () -> groups().save(started.id(), first.version(), content("x", List.of(stays))));
    assertEquals(0L, Staff.SUPERVISOR.call(() -> notes().count(leaves.id(), NoteFilter.ALL)));
    assertEquals(1L, Staff.SUPERVISOR.call(() -> notes().count(stays.id(), NoteFilter.ALL)));
    assertTrue(second.version() > first.version());

    assertThrows(
        ConflictException.class,
        () ->
            Staff.CLINICIAN.call(
                () -> groups().save(started.id(), first.version(), content("y", List.of(stays)))));
    assertEquals("x", Staff.CLINICIAN.call(() -> groups().open(started.id())).sharedPart());
  }

  @Test
  void onlyFacilitatorsAndTheProgramsSupervisorsOpenAGroup() throws Exception {
    long residential = program("Residential");
    GroupDetail started = Staff.CLINICIAN.call(() -> groups().start(residential, "Grief"));
    assertEquals("Grief", Staff.SUPERVISOR.call(() -> groups().open(started.id())).topic());
    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> groups().open(started.id())));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN2.call(() -> groups().start(residential, "Not mine")));
    assertTrue(e.fieldErrors().containsKey("program"));
  }

  @Test
  void signingNeedsThePasswordAndEveryPartAndASignedGroupRefusesChanges() throws Exception {
    Person member = residential();
    long residential = program("Residential");
    GroupDetail started = Staff.CLINICIAN.call(() -> groups().start(residential, null));
    GroupContent missing = content("shared", List.of(member));
    missing.getAttendees().get(0).getContent().setText(NoteField.PLAN, null);
    var saved = Staff.CLINICIAN.call(() -> groups().save(started.id(), started.version(), missing));

    InvalidInputException wrong =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(
                    () -> groups().sign(started.id(), saved.version(), "nope".toCharArray())));
    assertTrue(wrong.fieldErrors().containsKey("password"));
    InvalidInputException parts =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(() -> groups().sign(started.id(), saved.version(), PASSWORD)));
    assertEquals(
        List.of("attendees[0].text.PLAN"),
        List.copyOf(parts.fieldErrors().keySet()),
        "keyed by row");

    var complete =
        Staff.CLINICIAN.call(
            () -> groups().save(started.id(), saved.version(), content("shared", List.of(member))));
    GroupDetail signed =
        Staff.CLINICIAN.call(() -> groups().sign(started.id(), complete.version(), PASSWORD));
    assertTrue(signed.signed());
    assertTrue(signed.clientChoices().isEmpty());

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        groups()
                            .save(
                                started.id(),
                                signed.version(),
                                content("changed", List.of(member)))));
    assertTrue(refused.fieldErrors().containsKey("group"));
    assertThrows(
        InvalidInputException.class,
        () -> Staff.CLINICIAN.call(() -> groups().sign(started.id(), signed.version(), PASSWORD)));
    long noteId = signed.attendees().get(0).noteId();
    assertThrows(
        InvalidInputException.class,
        () -> Staff.CLINICIAN.call(() -> notes().saveDraft(noteId, 0, new NoteContent())),
        "the attendee's note is final");

    SafetyPlanProbe probe =
        Services.lookup(
            "java:global/waypoint/waypoint-it/SafetyPlanProbe!" + SafetyPlanProbe.class.getName(),
            SafetyPlanProbe.class);
    assertNotNull(
        probe.refusal("update group_session set topic = 'changed' where id = ?", started.id()),
        "the database refuses changing a signed group session");
    assertNotNull(
        probe.refusal("update session_note set plan = 'changed' where id = ?", noteId),
        "and its attendees' notes");
    assertEquals(
        "Riding out urges", Staff.CLINICIAN.call(() -> groups().open(started.id())).topic());
  }

  @Test
  void eachAttendeesNoteTakesItsOwnAddendumTheOthersDoNotShow() throws Exception {
    List<Person> people = List.of(residential(), residential());
    GroupDetail group = signedGroupOf(people, "Shared " + TestNames.uniqueLastName("Add"));
    long first = group.attendees().get(0).noteId();
    long second = group.attendees().get(1).noteId();
    String words = "Called after group " + TestNames.uniqueLastName("Later");
    NoteDetail withAddendum =
        Staff.CLINICIAN.call(() -> notes().addAddendum(first, words, "Late information"));
    assertEquals(1, withAddendum.addenda().size());
    assertEquals(words, withAddendum.addenda().get(0).text());
    NoteDetail other = Staff.CLINICIAN.call(() -> notes().open(second));
    assertTrue(other.addenda().isEmpty());
    assertFalse(shown(other).contains(words));
    assertNull(other.content().getPlanGateReason());
    assertEquals(NoteState.SIGNED, other.state());
    assertEquals(NoteState.SIGNED, withAddendum.state());
  }
}
