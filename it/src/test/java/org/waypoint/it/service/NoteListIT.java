package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditRow;
import org.waypoint.audit.AuditTrail;
import org.waypoint.chart.Chart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.ChartService;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteFormat;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteState;
import org.waypoint.note.NoteSummary;

/**
 * A client's note list: each filter (author, period, modality, state) narrows it in the database,
 * pages come in order without overlap, and intake staff see that notes exist (date, author,
 * modality) but are refused every body; opening the chart with its notes is still one audit row.
 */
@ExtendWith(ArquillianExtension.class)
class NoteListIT {

  private static final char[] PASSWORD = "waypoint-demo".toCharArray();

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(NoteListIT.class, Staff.class, TestClients.class);
  }

  private static NoteService notes() {
    return Services.ejb(NoteService.class);
  }

  /** The client's notes and what they are, as written by {@link #clientWithThreeNotes}. */
  private record ThreeNotes(long client, long late, long draft, long bySupervisor) {}

  /**
   * A client with a signed Individual note by the clinician three days ago (signed now, so a late
   * entry), a Phone draft by the clinician yesterday, and a signed Family note by the supervisor
   * two days ago.
   */
  private static ThreeNotes clientWithThreeNotes(String name) throws Exception {
    long client = TestClients.newResidentialClient(name);
    LocalDate today = TestNames.centerToday();
    long late = signed(Staff.CLINICIAN, client, content(today.minusDays(3), Modality.INDIVIDUAL));
    long draft = draft(Staff.CLINICIAN, client, content(today.minusDays(1), Modality.PHONE));
    long bySupervisor =
        signed(Staff.SUPERVISOR, client, content(today.minusDays(2), Modality.FAMILY));
    return new ThreeNotes(client, late, draft, bySupervisor);
  }

  private static NoteContent content(LocalDate day, Modality modality) {
    NoteContent c = new NoteContent();
    c.setFormat(NoteFormat.SOAP);
    c.setContactDate(day);
    c.setStartTime(LocalTime.of(9, 0));
    c.setEndTime(LocalTime.of(9, 50));
    c.setModality(modality);
    for (NoteField field : NoteFormat.SOAP.fields()) {
      c.setText(field, "Said in session about " + field.name().toLowerCase());
    }
    return c;
  }

  private static long draft(Staff who, long client, NoteContent content) throws Exception {
    NoteDetail started = who.call(() -> notes().start(client, false));
    who.call(() -> notes().saveDraft(started.id(), started.version(), content));
    return started.id();
  }

  private static long signed(Staff who, long client, NoteContent content) throws Exception {
    NoteDetail started = who.call(() -> notes().start(client, false));
    who.call(() -> notes().sign(started.id(), started.version(), content, PASSWORD.clone()));
    return started.id();
  }

  private static List<Long> ids(Staff who, long client, NoteFilter filter) throws Exception {
    return who.call(() -> notes().list(client, filter, 0, 100)).stream()
        .map(NoteSummary::id)
        .toList();
  }

  private static Set<Long> idSet(Staff who, long client, NoteFilter filter) throws Exception {
    return new HashSet<>(ids(who, client, filter));
  }

  private static List<AuditRow> trailOf(long client) throws Exception {
    AuditQuery query =
        new AuditQuery(client, null, null, null, null, AuditQuery.SortBy.TIME, false);
    return Staff.SUPERVISOR.call(() -> Services.ejb(AuditTrail.class).search(query, 0, 500));
  }

  @Test
  void everyNoteIsListedNewestContactFirstWithItsAuthorModalityAndState() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Notelist");

    List<NoteSummary> all =
        Staff.CLINICIAN.call(() -> notes().list(t.client(), NoteFilter.ALL, 0, 10));

    assertEquals(
        List.of(t.draft(), t.bySupervisor(), t.late()), all.stream().map(NoteSummary::id).toList());
    assertEquals(3, Staff.CLINICIAN.call(() -> notes().count(t.client(), NoteFilter.ALL)));
    NoteSummary draft = all.get(0);
    assertEquals(NoteState.DRAFT, draft.state());
    assertEquals(Modality.PHONE, draft.modality());
    assertEquals("clinician", draft.author());
    assertEquals(null, draft.signedAt());
    NoteSummary late = all.get(2);
    assertTrue(late.lateEntry(), "signed three days after the contact");
    assertTrue(late.signedAt() != null);
    assertFalse(draft.lateEntry(), "a draft is not an entry yet");
    assertEquals("supervisor", all.get(1).author());
  }

  @Test
  void theAuthorFilterNarrowsToThatAuthorsNotes() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Noteauthor");

    assertEquals(
        Set.of(t.late(), t.draft()),
        idSet(Staff.SUPERVISOR, t.client(), new NoteFilter("clinician", null, null, null, null)));
    assertEquals(
        Set.of(t.bySupervisor()),
        idSet(Staff.CLINICIAN, t.client(), new NoteFilter("supervisor", null, null, null, null)));
    assertEquals(
        2,
        Staff.CLINICIAN.call(
            () -> notes().count(t.client(), new NoteFilter("clinician", null, null, null, null))));
    assertEquals(
        Set.of(),
        idSet(Staff.CLINICIAN, t.client(), new NoteFilter("clinician2", null, null, null, null)));

    Map<String, String> authors = Staff.INTAKE.call(() -> notes().authors(t.client()));
    assertEquals(Set.of("clinician", "supervisor"), authors.keySet(), "the authors to choose from");
    assertTrue(authors.containsValue("Dana Whitfield"), authors.toString());
  }

  @Test
  void thePeriodFilterKeepsContactsFromItsFirstToItsLastDayIncluded() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Noteperiod");
    LocalDate today = TestNames.centerToday();

    assertEquals(
        Set.of(t.draft(), t.bySupervisor()),
        idSet(
            Staff.CLINICIAN,
            t.client(),
            new NoteFilter(null, today.minusDays(2), today.minusDays(1), null, null)));
    assertEquals(
        Set.of(t.late()),
        idSet(
            Staff.CLINICIAN,
            t.client(),
            new NoteFilter(null, null, today.minusDays(3), null, null)));
    assertEquals(
        Set.of(t.draft()),
        idSet(
            Staff.CLINICIAN,
            t.client(),
            new NoteFilter(null, today.minusDays(1), null, null, null)));
    assertEquals(
        Set.of(),
        idSet(Staff.CLINICIAN, t.client(), new NoteFilter(null, today, today, null, null)));
  }

  @Test
  void theModalityFilterNarrowsToThatModality() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Notemodality");

    assertEquals(
        List.of(t.draft()),
        ids(Staff.CLINICIAN, t.client(), new NoteFilter(null, null, null, Modality.PHONE, null)));
    assertEquals(
        List.of(t.late()),
        ids(
            Staff.CLINICIAN,
            t.client(),
            new NoteFilter(null, null, null, Modality.INDIVIDUAL, null)));
    assertEquals(
        List.of(),
        ids(Staff.CLINICIAN, t.client(), new NoteFilter(null, null, null, Modality.CRISIS, null)));
  }

  @Test
  void theStateFilterNarrowsToNotesInThatState() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Notestate");
    List<NoteSummary> all =
        Staff.CLINICIAN.call(() -> notes().list(t.client(), NoteFilter.ALL, 0, 10));

    assertEquals(
        List.of(t.draft()),
        ids(Staff.CLINICIAN, t.client(), new NoteFilter(null, null, null, null, NoteState.DRAFT)));
    for (NoteState state : NoteState.values()) {
      Set<Long> expected =
          all.stream()
              .filter(n -> n.state() == state)
              .map(NoteSummary::id)
              .collect(Collectors.toSet());
      assertEquals(
          expected,
          idSet(Staff.CLINICIAN, t.client(), new NoteFilter(null, null, null, null, state)),
          state.name());
    }
    assertEquals(
        Set.of(t.late(), t.bySupervisor()),
        all.stream()
            .filter(n -> n.state() != NoteState.DRAFT)
            .map(NoteSummary::id)
            .collect(Collectors.toSet()),
        "the two signed notes are in a signed state");
  }

  @Test
  void filtersCombine() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Notecombined");
    LocalDate today = TestNames.centerToday();

    assertEquals(
        List.of(t.late()),
        ids(
            Staff.CLINICIAN,
            t.client(),
            new NoteFilter("clinician", today.minusDays(5), today, Modality.INDIVIDUAL, null)));
    assertEquals(
        List.of(),
        ids(
            Staff.CLINICIAN,
            t.client(),
            new NoteFilter("supervisor", null, null, Modality.PHONE, null)));
  }

  @Test
  void pagesComeInOrderWithoutOverlap() throws Exception {
    long client = TestClients.newResidentialClient("Notepages");
    LocalDate today = TestNames.centerToday();
    List<Long> written = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      written.add(draft(Staff.CLINICIAN, client, content(today.minusDays(i), Modality.INDIVIDUAL)));
    }

    List<NoteSummary> first =
        Staff.CLINICIAN.call(() -> notes().list(client, NoteFilter.ALL, 0, 5));
    List<NoteSummary> second =
        Staff.CLINICIAN.call(() -> notes().list(client, NoteFilter.ALL, 5, 5));
    List<NoteSummary> third =
        Staff.CLINICIAN.call(() -> notes().list(client, NoteFilter.ALL, 10, 5));

    assertEquals(5, first.size());
    assertEquals(5, second.size());
    assertEquals(2, third.size());
    List<NoteSummary> paged = new ArrayList<>(first);
    paged.addAll(second);
    paged.addAll(third);
    assertEquals(
        written,
        paged.stream().map(NoteSummary::id).toList(),
        "newest contact first: yesterday's, then the day before, ...");
    assertEquals(12, new HashSet<>(paged.stream().map(NoteSummary::id).toList()).size());
    for (int i = 1; i < paged.size(); i++) {
      assertTrue(
          paged.get(i - 1).contactDate().isAfter(paged.get(i).contactDate()),
          "in order at row " + i);
    }
    assertEquals(12, Staff.CLINICIAN.call(() -> notes().count(client, NoteFilter.ALL)));

    Chart chart = Staff.CLINICIAN.call(() -> Services.ejb(ChartService.class).open(client, null));
    assertEquals(12, chart.notes().count());
    assertEquals(
        written.subList(0, NoteService.PAGE),
        chart.notes().notes().stream().map(NoteSummary::id).toList(),
        "the chart carries the first page");
  }

  @Test
  void intakeStaffListWhenAndByWhomButAreRefusedEveryBody() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Noteintake");

    List<NoteSummary> seen =
        Staff.INTAKE.call(() -> notes().list(t.client(), NoteFilter.ALL, 0, 10));

    assertEquals(3, seen.size());
    NoteSummary family = seen.get(1);
    assertEquals(t.bySupervisor(), family.id());
    assertEquals(TestNames.centerToday().minusDays(2), family.contactDate());
    assertEquals("supervisor", family.author());
    assertFalse(family.authorName().isBlank());
    assertEquals(Modality.FAMILY, family.modality());
    assertEquals(
        Set.of(t.draft()),
        idSet(Staff.INTAKE, t.client(), new NoteFilter(null, null, null, Modality.PHONE, null)));

    for (long note : List.of(t.late(), t.draft(), t.bySupervisor())) {
      assertThrows(EJBAccessException.class, () -> Staff.INTAKE.call(() -> notes().open(note)));
    }
    assertThrows(
        EJBAccessException.class, () -> Staff.INTAKE.call(() -> notes().start(t.client(), true)));
  }

  @Test
  void aNoteSummaryHoldsNoBodyByConstruction() {
    Set<String> components =
        Arrays.stream(NoteSummary.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "id",
            "clientId",
            "contactDate",
            "startTime",
            "endTime",
            "modality",
            "author",
            "authorName",
            "state",
            "savedAt",
            "signedAt",
            "lateEntry",
            "group"),
        components,
        "a new part of the summary must not carry a note's words: intake staff read it");
    for (RecordComponent c : NoteSummary.class.getRecordComponents()) {
      assertFalse(c.getType() == NoteContent.class || c.getType() == NoteDetail.class, c.getName());
    }
  }

  @Test
  void aClientOutOfReachHasItsNotesListRefused() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Notereach");

    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> notes().list(t.client(), NoteFilter.ALL, 0, 10)));
    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> notes().authors(t.client())));
  }

  @Test
  void openingTheChartWithItsNotesIsStillOneAuditRow() throws Exception {
    ThreeNotes t = clientWithThreeNotes("Notechart");
    ChartService charts = Services.ejb(ChartService.class);

    int before = trailOf(t.client()).size();
    Chart chart = Staff.CLINICIAN.call(() -> charts.open(t.client(), ChartSection.NOTES));
    List<AuditRow> trail = trailOf(t.client());
    assertEquals(before + 1, trail.size(), "one row for the whole chart, notes included");
    assertEquals(AuditAction.CHART_VIEW, trail.get(0).action());
    assertEquals(ChartSection.NOTES, chart.opened());
    assertEquals(3, chart.notes().count());
    assertEquals(
        List.of(t.draft()),
        chart.notes().myDrafts().stream().map(NoteSummary::id).toList(),
        "the clinician's draft is offered again");

    before = trail.size();
    Chart intakeChart = Staff.INTAKE.call(() -> charts.open(t.client(), ChartSection.NOTES));
    trail = trailOf(t.client());
    assertEquals(before + 1, trail.size(), "one row for intake staff too");
    assertEquals(AuditAction.CHART_VIEW, trail.get(0).action());
    assertEquals(3, intakeChart.notes().notes().size(), "intake staff see that the notes exist");
    assertEquals(List.of(), intakeChart.notes().myDrafts());

    Chart supervisorChart = Staff.SUPERVISOR.call(() -> charts.open(t.client(), null));
    assertEquals(List.of(), supervisorChart.notes().myDrafts(), "only the caller's own drafts");
  }
}
