package org.waypoint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waypoint.report.PdfText.flat;
import static org.waypoint.report.PdfText.pages;
import static org.waypoint.report.PdfText.text;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.waypoint.report.SessionNoteData.Addendum;
import org.waypoint.report.SessionNoteData.Section;

class SessionNoteReportTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final LocalDate CONTACT_DATE = LocalDate.of(2026, 11, 12);
  private static final ZonedDateTime CONTACT_AT =
      ZonedDateTime.of(CONTACT_DATE, LocalTime.of(14, 0), CHICAGO);
  private static final ZonedDateTime SIGNED_AT =
      ZonedDateTime.of(2026, 11, 14, 16, 45, 0, 0, CHICAGO);
  private static final ZonedDateTime PRINTED = ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, CHICAGO);

  private static final List<Section> SOAP =
      List.of(
          new Section("SUBJECTIVE", "Zoë says the week was «hard» but she used her list twice."),
          new Section("OBJECTIVE", "Calm, good eye contact; fresh bandage on left forearm."),
          new Section("ASSESSMENT", "Urges lower than last week; coping skills taking hold."),
          new Section("PLAN", "Continue DBT skills group; review distress-tolerance card."));

  /** A note with every field filled in; each test changes what it is about. */
  private static Builder note() {
    return new Builder();
  }

  private static final class Builder {
    boolean draft;
    String modality = "INDIVIDUAL";
    String format = "SOAP";
    List<Section> sections = SOAP;
    String groupTopic;
    String groupSharedPart;
    boolean lateEntry = true;
    ZonedDateTime coSignedAt = ZonedDateTime.of(2026, 11, 15, 8, 5, 0, 0, CHICAGO);
    String coSignedBy = "Marcus Oyelaran";
    String returnedBy;
    ZonedDateTime returnedAt;
    String returnComment;
    List<Addendum> addenda =
        List.of(
            new Addendum(
                ZonedDateTime.of(2026, 11, 16, 10, 0, 0, 0, CHICAGO),
                "Dana Whitfield",
                "Wrong medication name",
                "Medication is sertraline, not citalopram."),
            new Addendum(
                ZonedDateTime.of(2026, 11, 17, 11, 15, 0, 0, CHICAGO),
                "Marcus Oyelaran",
                "Supervisor clarification",
                "Safety plan reviewed by phone with the client's mother."),
            new Addendum(
                ZonedDateTime.of(2026, 11, 18, 12, 30, 0, 0, CHICAGO),
                "Renée Park",
                "Late lab result",
                "Lab result received: within normal range."));

    Builder draft() {
      draft = true;
      lateEntry = false;
      coSignedAt = null;
      coSignedBy = null;
      addenda = List.of();
      return this;
    }

    SessionNoteData build() {
      return new SessionNoteData(
          "Waypoint Demo Center",
          "Núñez, Zoë",
          "W1000013",
          LocalDate.of(2001, 3, 14),
          "Intensive Outpatient",
          draft,
          CONTACT_DATE,
          LocalTime.of(14, 0),
          LocalTime.of(14, 50),
          modality,
          format,
          sections,
          groupTopic,
          groupSharedPart,
          "HIGH",
          ZonedDateTime.of(2026, 11, 12, 13, 52, 0, 0, CHICAGO),
          "Denies intent; passive thoughts on Sunday night.",
          List.of("CBT", "SAFETY_PLAN_REVIEW", "OTHER"),
          "Art journaling",
          ZonedDateTime.of(2026, 11, 19, 15, 0, 0, 0, CHICAGO),
          "Client left before the plan could be reviewed; called the next morning.",
          "Dana Whitfield",
          draft ? null : SIGNED_AT,
          draft ? null : "Dana Whitfield",
          lateEntry,
          CONTACT_AT,
          true,
          coSignedAt,
          coSignedBy,
          returnedBy,
          returnedAt,
          returnComment,
          addenda,
          PRINTED,
          "Renée Park");
    }
  }

  @Test
  void aSignedSoapNotePrintsEveryFieldAndItsSignatures() throws IOException {
    String text = flat(text(SessionNoteReport.render(note().build())));

    for (String expected :
        List.of(
            "Waypoint Demo Center",
            "Session note",
            "Núñez, Zoë",
            "MRN W1000013",
            "Date of birth 14 Mar 2001",
            "Program Intensive Outpatient",
            "Date of contact 12 Nov 2026",
            "14:00–14:50 (50 min)",
            "Modality Individual",
            "SOAP (subjective, objective, assessment, plan)",
            "Written by Dana Whitfield",
            "Subjective Zoë says the week was «hard» but she used her list twice.",
            "Objective Calm, good eye contact; fresh bandage on left forearm.",
            "Assessment Urges lower than last week; coping skills taking hold.",
            "Plan Continue DBT skills group; review distress-tolerance card.",
            "Risk level at check-in High",
            "Check-in 12 Nov 2026 13:52 CST",
            "Denies intent; passive thoughts on Sunday night.",
            "Cognitive behavioral therapy (CBT), Safety-plan review, Other: Art journaling",
            "Next appointment 19 Nov 2026 15:00 CST",
            "Client left before the plan could be reviewed; called the next morning.",
            "Signed by Dana Whitfield on 14 Nov 2026 16:45 CST",
            "Co-signed by Marcus Oyelaran on 15 Nov 2026 08:05 CST",
            "Late entry — contact 12 Nov 2026 14:00 CST, signed 14 Nov 2026 16:45 CST",
            "Printed 22 Nov 2026 09:30 CST by Renée Park",
            "Page 1 of 2",
            "Page 2 of 2")) {
      assertTrue(text.contains(expected), expected + " missing from: " + text);
    }
    assertFalse(text.contains("DRAFT"), "a signed note has no watermark");
    assertFalse(text.contains("Awaiting co-signature"), text);
  }

  @Test
  void addendaPrintInOrderWithAuthorAndReason() throws IOException {
    String text = flat(text(SessionNoteReport.render(note().build())));

    int first = text.indexOf("Addendum 1 Added 16 Nov 2026 10:00 CST by Dana Whitfield");
    int second = text.indexOf("Addendum 2 Added 17 Nov 2026 11:15 CST by Marcus Oyelaran");
    int third = text.indexOf("Addendum 3 Added 18 Nov 2026 12:30 CST by Renée Park");
    assertTrue(text.indexOf("Addenda") < first, text);
    assertTrue(first >= 0 && first < second && second < third, text);
    assertTrue(
        text.contains(
            "Reason Wrong medication name Medication is sertraline, not citalopram. Addendum 2"),
        text);
    assertTrue(
        text.contains("Reason Supervisor clarification Safety plan reviewed by phone"), text);
    assertTrue(text.contains("Reason Late lab result Lab result received"), text);
  }

  @Test
  void aNoteAwaitingItsCoSignatureSaysSo() throws IOException {
    Builder note = note();
    note.coSignedAt = null;
    note.coSignedBy = null;
    note.lateEntry = false;
    String text = flat(text(SessionNoteReport.render(note.build())));

    assertTrue(text.contains("Awaiting co-signature"), text);
    assertFalse(text.contains("Co-signed by"), text);
    assertFalse(text.contains("Late entry"), text);
  }

  @Test
  void aReturnedVersionShowsWhoReturnedItAndTheComment() throws IOException {
    Builder note = note();
    note.coSignedAt = null;
    note.coSignedBy = null;
    note.returnedBy = "Marcus Oyelaran";
    note.returnedAt = ZonedDateTime.of(2026, 11, 15, 9, 0, 0, 0, CHICAGO);
    note.returnComment = "Please describe the bandage and whether the wound was assessed.";
    String text = flat(text(SessionNoteReport.render(note.build())));

    assertTrue(
        text.contains(
            "Returned by Marcus Oyelaran on 15 Nov 2026 09:00 CST with this comment: "
                + "Please describe the bandage and whether the wound was assessed."),
        text);
    assertFalse(text.contains("Awaiting co-signature"), "a returned version is not awaiting");
  }

  @Test
  void aDraftCarriesTheWatermarkOnEveryPage() throws IOException {
    Builder note = note().draft();
    note.sections =
        List.of(
            new Section("SUBJECTIVE", "Long session. ".repeat(800)),
            new Section("OBJECTIVE", null),
            new Section("ASSESSMENT", " "),
            new Section("PLAN", "Meet again Thursday."));
    byte[] pdf = SessionNoteReport.render(note.build());

    List<String> pages = pages(pdf);
    assertTrue(pages.size() > 1, "the draft runs over several pages");
    for (int i = 0; i < pages.size(); i++) {
      // the watermark runs up the page, so the extracted text breaks it into short lines
      assertTrue(
          pages.get(i).replaceAll("\\s", "").contains("DRAFT—notsigned"),
          "page " + (i + 1) + ": " + pages.get(i));
    }
    String text = flat(text(pdf));
    assertTrue(text.contains("Objective Not recorded Assessment Not recorded Plan"), text);
    assertFalse(text.contains("Signed by"), text);
    assertFalse(text.contains("Awaiting co-signature"), "a draft is not yet awaiting anyone");
  }

  @Test
  void aVeryLongSectionIsPrintedWhole() throws IOException {
    StringBuilder words = new StringBuilder();
    for (int i = 0; words.length() < 20_000; i++) {
      words.append("word").append(i).append(i % 17 == 0 ? ".\n" : " ");
    }
    String longText = words.substring(0, 20_000).strip();
    assertTrue(longText.length() >= 19_990);
    Builder note = note();
    note.sections =
        List.of(
            new Section("SUBJECTIVE", longText),
            new Section("OBJECTIVE", "After the long part."),
            new Section("ASSESSMENT", "a"),
            new Section("PLAN", "p"));
    byte[] pdf = SessionNoteReport.render(note.build());

    List<String> pages = pages(pdf);
    int count = pages.size();
    assertTrue(count >= 3, "20,000 characters take several pages: " + count);
    for (int i = 0; i < count; i++) {
      assertTrue(pages.get(i).contains("Page " + (i + 1) + " of " + count), pages.get(i));
    }
    assertTrue(pages.get(count - 1).contains("Page " + count + " of " + count));
    for (String page : pages.subList(1, count)) {
      assertTrue(page.contains("Núñez, Zoë · MRN W1000013"), "every page names the client");
    }
    // every word, in order, with its full stop: footers and headers come between the pages' parts
    String text = text(pdf);
    assertEquals(words(longText), words(text), "every word of the section is printed");
    assertTrue(text.contains("After the long part."), "what follows is printed too");
  }

  private static List<String> words(String text) {
    return Pattern.compile("word\\d+\\.?").matcher(text).results().map(m -> m.group()).toList();
  }

  @Test
  void theNoteComesOutInSpanishWithItsTextsUnchanged() throws IOException {
    String text = flat(text(SessionNoteReport.render(note().build(), Locale.forLanguageTag("es"))));

    for (String expected :
        List.of(
            "Nota de sesión",
            "Fecha del contacto 12 nov 2026",
            "Modalidad Individual",
            "Subjetivo Zoë says the week was «hard» but she used her list twice.",
            "Evaluación Urges lower than last week",
            "Nivel de riesgo en el control de seguimiento Alto",
            "Revisión del plan de seguridad",
            "Otra: Art journaling",
            "Firmado por Dana Whitfield el 14 nov 2026 16:45",
            "Cofirmado por Marcus Oyelaran el 15 nov 2026 08:05",
            "Registro tardío — contacto 12 nov 2026 14:00",
            "Adenda 1",
            "Motivo Wrong medication name",
            "Página 1 de 2")) {
      assertTrue(text.contains(expected), expected + " missing from: " + text);
    }
    assertFalse(text.contains("Signed by"), text);
    assertFalse(text.contains("Nov 2026"), "English month abbreviation: " + text);
  }

  @Test
  void everyLanguageHasTheSameKeys() {
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle english = ResourceBundle.getBundle(SessionNoteReport.BUNDLE, Locale.ROOT, exact);
    ResourceBundle spanish =
        ResourceBundle.getBundle(SessionNoteReport.BUNDLE, Locale.forLanguageTag("es"), exact);
    assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(spanish.keySet()));
  }

  @Test
  void aGroupNotePrintsTheTopicAndTheSharedPart() throws IOException {
    Builder note = note();
    note.modality = "GROUP";
    note.groupTopic = "Distress tolerance: TIPP skills";
    note.groupSharedPart = "Six members practised paced breathing and cold-water TIPP.";
    String text = flat(text(SessionNoteReport.render(note.build())));

    assertTrue(text.contains("Modality Group"), text);
    assertTrue(text.contains("Group topic Distress tolerance: TIPP skills"), text);
    assertTrue(
        text.contains(
            "Group session — written once for the whole group "
                + "Six members practised paced breathing and cold-water TIPP."),
        text);
  }

  @Test
  void aNoteWithoutGroupPrintsNoGroupLines() throws IOException {
    String text = flat(text(SessionNoteReport.render(note().build())));
    assertFalse(text.contains("Group topic"), text);
    assertFalse(text.contains("whole group"), text);
  }

  @Test
  void dapAndBirpPrintTheirOwnFields() throws IOException {
    Builder dap = note();
    dap.format = "DAP";
    dap.sections =
        List.of(
            new Section("DATA", "Data text."),
            new Section("ASSESSMENT", "Assessment text."),
            new Section("PLAN", "Plan text."));
    String dapText = flat(text(SessionNoteReport.render(dap.build())));
    assertTrue(dapText.contains("DAP (data, assessment, plan)"), dapText);
    assertTrue(
        dapText.contains("Data Data text. Assessment Assessment text. Plan Plan text."), dapText);
    assertFalse(dapText.contains("Subjective"), dapText);

    Builder birp = note();
    birp.format = "BIRP";
    birp.sections =
        List.of(
            new Section("BEHAVIOR", "Behavior text."),
            new Section("INTERVENTION", "Intervention text."),
            new Section("RESPONSE", "Response text."),
            new Section("PLAN", "Plan text."));
    String birpText = flat(text(SessionNoteReport.render(birp.build())));
    assertTrue(birpText.contains("BIRP (behavior, intervention, response, plan)"), birpText);
    assertTrue(
        birpText.contains(
            "Behavior Behavior text. Intervention Intervention text. "
                + "Response Response text. Plan Plan text."),
        birpText);
  }

  @Test
  void aLongUnbrokenWordWrapsInsideThePage() throws IOException {
    String word = "x".repeat(600);
    Builder note = note();
    note.sections = List.of(new Section("SUBJECTIVE", word));
    String text = text(SessionNoteReport.render(note.build()));

    assertTrue(text.replaceAll("\\s", "").contains(word), "the whole word is printed");
    assertTrue(text.lines().allMatch(line -> line.length() < 200), "the word is broken into lines");
  }

  @Test
  void missingTimesAndUnknownCodesStillPrint() throws IOException {
    Builder note = note();
    note.modality = null;
    note.sections = List.of(new Section("NARRATIVE", "Free narrative."));
    SessionNoteData full = note.build();
    SessionNoteData data =
        new SessionNoteData(
            full.centerName(),
            full.clientName(),
            full.mrn(),
            full.dateOfBirth(),
            full.program(),
            full.draft(),
            full.contactDate(),
            LocalTime.of(23, 30),
            LocalTime.of(0, 15),
            full.modality(),
            full.format(),
            full.sections(),
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            full.author(),
            full.signedAt(),
            full.signedBy(),
            false,
            null,
            false,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            full.printedAt(),
            full.printedBy());
    String text = flat(text(SessionNoteReport.render(data)));

    assertTrue(text.contains("Time 23:30–00:15 (45 min)"), "a contact past midnight: " + text);
    assertTrue(text.contains("Modality Not recorded"), text);
    assertTrue(text.contains("NARRATIVE Free narrative."), text);
    assertTrue(text.contains("Risk level at check-in Not recorded"), text);
    assertTrue(text.contains("Check-in No check-in linked"), text);
    assertTrue(text.contains("Interventions used Not recorded"), text);
    assertTrue(text.contains("Next appointment Not recorded"), text);
    assertFalse(text.contains("Addenda"), text);
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(SessionNoteReport.render(note().draft().build()))) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          assertTrue(font.getName().contains("DejaVu"), font.getName());
          fonts++;
        }
      }
      assertTrue(fonts > 0, "the page uses no fonts");
    }
  }

  @Test
  void aSignedNoteWithoutItsSignatureIsRefused() {
    Builder note = note();
    note.lateEntry = false;
    SessionNoteData signed = note.build();
    assertThrows(
        NullPointerException.class,
        () ->
            new SessionNoteData(
                signed.centerName(),
                signed.clientName(),
                signed.mrn(),
                signed.dateOfBirth(),
                signed.program(),
                false,
                signed.contactDate(),
                signed.startTime(),
                signed.endTime(),
                signed.modality(),
                signed.format(),
                signed.sections(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                signed.author(),
                null,
                null,
                false,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                signed.printedAt(),
                signed.printedBy()));
  }
}
