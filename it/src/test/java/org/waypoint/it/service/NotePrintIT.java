package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.io.File;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.note.Intervention;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteFormat;
import org.waypoint.note.NotePrintService;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteSummary;
import org.waypoint.report.SessionNoteData;
import org.waypoint.report.SessionNoteReport;

/**
 * Printing a session note: on the audit trail once per print, only for the client's care team,
 * every field and addendum in the PDF, and a group attendee's print holding nothing of the others.
 */
@ExtendWith(ArquillianExtension.class)
class NotePrintIT {

  private static final char[] PASSWORD = "waypoint-demo".toCharArray();

  @Deployment
  static EnterpriseArchive deployment() throws URISyntaxException {
    EnterpriseArchive ear =
        Deployments.waypointWithTests(
            NotePrintIT.class, Staff.class, TestClients.class, AuditProbe.class);
    // PDFBox reads the printed text inside the server, as the report's own tests do outside it
    ear.addAsLibraries(
        jarOf(Loader.class), jarOf(RandomAccessRead.class), jarOf(FontBoxFont.class));
    return ear;
  }

  private static File jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static AuditProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/AuditProbe!" + AuditProbe.class.getName(),
        AuditProbe.class);
  }

  private static NoteService notes() {
    return Services.ejb(NoteService.class);
  }

  private static NotePrintService printing() {
    return Services.ejb(NotePrintService.class);
  }

  /** Every field filled, so the print can be checked for each. */
  private static NoteContent complete() {
    NoteContent c = new NoteContent();
    LocalDate yesterday = TestNames.centerToday().minusDays(1);
    c.setContactDate(yesterday);
    c.setStartTime(LocalTime.of(10, 0));
    c.setEndTime(LocalTime.of(10, 50));
    c.setModality(Modality.INDIVIDUAL);
    c.setFormat(NoteFormat.SOAP);
    c.setText(NoteField.SUBJECTIVE, "Subjective words: slept better since Tuesday.");
    c.setText(NoteField.OBJECTIVE, "Objective words: calm, on time.");
    c.setText(NoteField.ASSESSMENT, "Assessment words: steady week.");
    c.setText(NoteField.PLAN, "Plan words: practice paced breathing daily.");
    c.setRiskObserved("Risk words: no urges this week.");
    c.setInterventions(EnumSet.of(Intervention.CBT, Intervention.OTHER));
    c.setOtherInterventions("Other words: art therapy");
    c.setNextAppointmentDate(yesterday.plusDays(7));
    c.setNextAppointmentTime(LocalTime.of(10, 0));
    return c;
  }

  /** A new client of Dana's with one signed note of hers; returns the note. */
  private static NoteDetail signedNote(String lastName) throws Exception {
    long client = TestClients.newResidentialClient(lastName);
    NoteDetail draft = Staff.CLINICIAN.call(() -> notes().start(client, false));
    return Staff.CLINICIAN.call(
        () -> notes().sign(draft.id(), draft.version(), complete(), PASSWORD));
  }

  private static long demoClient(String lastName) throws Exception {
    ClientService clients = Services.ejb(ClientService.class);
    ClientQuery query = new ClientQuery(lastName, null, null, ClientQuery.SortBy.NAME, true);
    List<ClientProfile> found = Staff.CLINICIAN.call(() -> clients.search(query, 0, 10));
    return found.stream()
        .filter(c -> c.legalLastName().equals(lastName))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void aPrintIsOneAuditedReadOfTheNoteAboutItsClient() throws Exception {
    NoteDetail note = signedNote("Printaudit");
    AuditProbe probe = probe();
    assertEquals(0, probe.countEvents("NOTE_PRINT", "clinician", note.clientId()));

    NotePrintService.Printed printed = Staff.CLINICIAN.call(() -> printing().print(note.id()));

    assertEquals(1, probe.countEvents("NOTE_PRINT", "clinician", note.clientId()));
    AuditProbe.Row row = probe.newestForClient(note.clientId());
    assertEquals("NOTE_PRINT", row.action());
    assertEquals("SUCCESS", row.outcome());
    SessionNoteData data = printed.data();
    assertFalse(data.draft());
    assertEquals("Dana Whitfield", data.signedBy());
    assertEquals("Dana Whitfield", data.printedBy());
    assertEquals(
        List.of("SUBJECTIVE", "OBJECTIVE", "ASSESSMENT", "PLAN"),
        data.sections().stream().map(SessionNoteData.Section::field).toList());
    assertEquals(List.of("CBT", "OTHER"), data.interventions());
    assertEquals("INDIVIDUAL", data.modality());
    assertEquals("SOAP", data.format());
  }

  @Test
  void aDraftPrintsAsADraftWithoutASignature() throws Exception {
    long client = TestClients.newResidentialClient("Printdraft");
    NoteDetail draft = Staff.CLINICIAN.call(() -> notes().start(client, false));

    SessionNoteData data = Staff.CLINICIAN.call(() -> printing().print(draft.id())).data();

    assertTrue(data.draft());
    assertNull(data.signedAt());
    assertNull(data.signedBy());
  }

  @Test
  void intakeStaffCannotPrintANote() throws Exception {
    NoteDetail note = signedNote("Printintake");

    assertThrows(
        EJBAccessException.class, () -> Staff.INTAKE.call(() -> printing().print(note.id())));
  }

  @Test
  void aClinicianCannotPrintTheNoteOfAClientOutOfReach() throws Exception {
    NoteDetail note = signedNote("Printreach");
    AuditProbe probe = probe();

    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN2.call(() -> printing().print(note.id())));

    assertEquals(0, probe.countEvents("NOTE_PRINT", "clinician2", note.clientId()));
  }

  @Test
  void aGroupAttendeesPrintHoldsTheSharedPartAndNothingOfTheOtherAttendees() throws Exception {
    // the demo's IOP skills group: Ibrahim, Lopez and O'Brien (DemoNotes)
    long ibrahim = demoClient("Ibrahim");
    NoteFilter groups = new NoteFilter(null, null, null, Modality.GROUP, null);
    List<NoteSummary> groupNotes = Staff.CLINICIAN.call(() -> notes().list(ibrahim, groups, 0, 10));
    assertFalse(groupNotes.isEmpty(), "the demo's group note of Ibrahim");
    long noteId = groupNotes.get(0).id();

    SessionNoteData data = Staff.CLINICIAN.call(() -> printing().print(noteId)).data();

    assertNotNull(data.groupTopic());
    assertTrue(data.groupSharedPart().contains("first ten minutes"), data.groupSharedPart());
    String printed = data.toString();
    for (String other :
        List.of("Lopez", "O'Brien", "Aiden", "Amara", "urges at work", "felt awkward")) {
      assertFalse(printed.contains(other), "the print names or quotes another attendee: " + other);
    }
    assertTrue(printed.contains("urge passed after a walk"), "Ibrahim's own part is printed");
    byte[] pdf = SessionNoteReport.render(data, Locale.ENGLISH);
    String text = text(pdf);
    for (String other : List.of("Lopez", "O'Brien", "Aiden", "Amara")) {
      assertFalse(text.contains(other), "the PDF names another attendee: " + other);
    }
  }

  // needs the report branch's SessionNoteReport (the placeholder renderer prints one line)
  @Test
  void thePdfHoldsEveryFieldTheAddendaInOrderAndTheSignature() throws Exception {
    NoteDetail note = signedNote("Printpdf");
    Staff.CLINICIAN.call(
        () -> notes().addAddendum(note.id(), "First addendum words.", "First reason words."));
    Staff.SUPERVISOR.call(
        () -> notes().addAddendum(note.id(), "Second addendum words.", "Second reason words."));

    SessionNoteData data = Staff.CLINICIAN.call(() -> printing().print(note.id())).data();
    String text = text(SessionNoteReport.render(data, Locale.ENGLISH));

    for (String expected :
        List.of(
            "Subjective words",
            "Objective words",
            "Assessment words",
            "Plan words",
            "Risk words",
            "Other words",
            data.clientName(),
            data.mrn(),
            "Signed by Dana Whitfield",
            "Addendum",
            "Renée Park")) {
      assertTrue(text.contains(expected), "the PDF lacks '" + expected + "':\n" + text);
    }
    int first = text.indexOf("First addendum words.");
    int second = text.indexOf("Second addendum words.");
    assertTrue(first >= 0 && second > first, "addenda in order:\n" + text);
    assertTrue(text.indexOf("First reason words.") < text.indexOf("Second reason words."), text);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // one line per line of text, whatever the layout's line breaks inside a value
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
