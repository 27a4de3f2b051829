package org.waypoint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waypoint.report.PdfText.flat;
import static org.waypoint.report.PdfText.pages;
import static org.waypoint.report.PdfText.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.waypoint.report.DischargePlanData.Appointment;
import org.waypoint.report.DischargePlanData.Entry;
import org.waypoint.report.DischargePlanData.Part;

class DischargePlanReportTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final ZonedDateTime PRINTED = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, CHICAGO);
  private static final String LONG_ENTRY =
      "When the nights get long I notice that I stop answering messages, I sleep in my clothes, "
          + "I tell myself that nobody would notice if I disappeared, and I start giving away "
          + "things I care about — my guitar, the blue jacket from Abuela — and then I know it is "
          + "time to open this plan and call someone before it gets worse.";

  private static final List<Part> ENGLISH_PARTS =
      List.of(
          new Part(
              "WARNING_SIGNS",
              List.of(
                  new Entry("Can't sleep for two nights in a row", null, null),
                  new Entry(LONG_ENTRY, null, null),
                  new Entry("Feeling like a burden — «I'm too much»", null, null))),
          new Part(
              "COPING_ALONE",
              List.of(
                  new Entry("Walk Biscuit around the reservoir", null, null),
                  new Entry("Cold water on my face, then the 5-4-3-2-1 game", null, null),
                  new Entry(
                      "Text Sam: \"I'm having a <b>hard</b> day\" & wait $5 {0} %s", null, null))),
          new Part(
              "DISTRACTIONS",
              List.of(
                  new Entry("Café Olé on 4th Street", "Sit by the window", null),
                  new Entry("Choir practice", "Tuesdays, St. Anne's", null))),
          new Part(
              "PEOPLE_TO_ASK",
              List.of(
                  new Entry("Marisol Peña", "My sister", "555-0142"),
                  new Entry("Coach Dávila", "Boxing gym", "555-0199"))),
          new Part(
              "PROFESSIONALS",
              List.of(new Entry("Dr. Ana Ruiz", "Therapist, Eastside Counseling", "555-0110"))),
          new Part(
              "SAFER_SURROUNDINGS",
              List.of(
                  new Entry(
                      "Pills locked in the lockbox", "Held by my sister Marisol", "555-0142"))),
          new Part(
              "REASONS_FOR_LIVING",
              List.of(
                  new Entry("My niece Sofía", null, null),
                  new Entry("אני רוצה לראות את הים שוב", null, null),
                  new Entry("أريد أن أرى أمي", null, null))));

  private static final List<Part> SPANISH_PARTS =
      List.of(
          new Part(
              "WARNING_SIGNS",
              List.of(
                  new Entry("Cuando no puedo dormir y me encierro en mi cuarto", null, null),
                  new Entry("Pensar que soy una carga para mi familia", null, null))),
          new Part(
              "COPING_ALONE",
              List.of(new Entry("Escuchar a Juan Gabriel y respirar despacio", null, null))),
          new Part(
              "DISTRACTIONS",
              List.of(new Entry("La panadería de doña Pilar", "En la calle Ñandú", null))),
          new Part(
              "PEOPLE_TO_ASK", List.of(new Entry("Mi tía Begoña", "Mi tía favorita", "555-0177"))),
          new Part("PROFESSIONALS", List.of()),
          new Part(
              "SAFER_SURROUNDINGS",
              List.of(new Entry("Las pastillas las guarda mi tío", "Tío Ramón", null))),
          new Part(
              "REASONS_FOR_LIVING",
              List.of(new Entry("Mis hijos, Ángel y Sofía; ver crecer a mi nieta", null, null))));

  private static final List<Appointment> APPOINTMENTS =
      List.of(
          new Appointment(
              ZonedDateTime.of(2026, 12, 10, 14, 30, 0, 0, CHICAGO),
              "Dr. Ana Ruiz, Eastside Counseling",
              false,
              "1200 Elm Street, Suite 4",
              "555-0110"),
          new Appointment(
              ZonedDateTime.of(2026, 12, 4, 9, 0, 0, 0, CHICAGO),
              "Peer support group — Núcleo",
              true,
              "https://meet.example.org/nucleo",
              null));

  static DischargePlanData english(boolean draft, String crisisLine) {
    return new DischargePlanData(
        "Waypoint Demo Center",
        crisisLine,
        "Zoë Núñez",
        LocalDate.of(2001, 3, 14),
        "W1000013",
        LocalDate.of(2026, 12, 3),
        draft,
        3,
        ZonedDateTime.of(2026, 11, 27, 16, 5, 0, 0, CHICAGO),
        ENGLISH_PARTS,
        APPOINTMENTS,
        "Dana Whitfield",
        PRINTED);
  }

  private static DischargePlanData spanish(boolean draft) {
    return new DischargePlanData(
        "Waypoint Demo Center",
        "555-0100",
        "Marta Kowalski",
        LocalDate.of(1979, 8, 2),
        "W1000021",
        LocalDate.of(2026, 12, 3),
        draft,
        2,
        ZonedDateTime.of(2026, 11, 27, 16, 5, 0, 0, CHICAGO),
        SPANISH_PARTS,
        APPOINTMENTS,
        "Dana Whitfield",
        PRINTED);
  }

  private static DischargePlanData withParts(List<Part> parts, List<Appointment> appointments) {
    DischargePlanData d = english(false, "555-0100");
    return new DischargePlanData(
        d.centerName(),
        d.crisisLine(),
        d.clientName(),
        d.dateOfBirth(),
        d.mrn(),
        d.dischargeDate(),
        d.draft(),
        parts.isEmpty() ? null : d.planVersion(),
        parts.isEmpty() ? null : d.planSavedAt(),
        parts,
        appointments,
        null,
        d.printedAt());
  }

  @Test
  void everyEntryIsPrintedAsWrittenUnderItsStepInOrder() throws IOException {
    String text = flat(text(DischargePlanReport.render(english(false, "555-0100"), Locale.US)));

    int at = -1;
    for (String heading :
        List.of(
            "Step 1. My warning signs",
            "Step 2. Things I can do on my own",
            "Step 3. People and places that help me feel better",
            "Step 4. People I can ask for help",
            "Step 5. Professionals and services I can call",
            "Step 6. Making my home safer",
            "My reasons for living",
            "Help in a crisis",
            "My appointments after I leave",
            "Signatures")) {
      int next = text.indexOf(heading, at + 1);
      assertTrue(next > at, heading + " missing or out of order in: " + text);
      at = next;
    }
    for (Part part : ENGLISH_PARTS) {
      for (Entry entry : part.entries()) {
        assertTrue(text.contains(entry.text()), entry.text() + " missing from: " + text);
        if (entry.detail() != null) {
          assertTrue(text.contains(entry.detail()), entry.detail() + " missing: " + text);
        }
        if (entry.phone() != null) {
          assertTrue(text.contains("Phone: " + entry.phone()), entry.phone() + " missing");
        }
      }
    }
    assertTrue(
        text.contains("Marisol Peña My sister Phone: 555-0142 • Coach Dávila Boxing gym"), text);
    // an entry of one part is never printed under another
    assertTrue(text.indexOf("Walk Biscuit") > text.indexOf("Step 2."), text);
    assertTrue(text.indexOf("Walk Biscuit") < text.indexOf("Step 3."), text);
  }

  @Test
  void rightToLeftEntriesComeOutAsWritten() throws IOException {
    String text = text(DischargePlanReport.render(english(false, null)));
    // the text layer keeps the client's letters in their logical order (Arabic shaping is undone)
    String logical = Normalizer.normalize(text, Normalizer.Form.NFKC);
    assertTrue(logical.contains("אני רוצה לראות את הים שוב"), text);
    assertTrue(logical.contains("أريد أن أرى أمي"), text);
  }

  @Test
  void aVeryLongEntryContinuesOnTheNextPageWhole() throws IOException {
    StringBuilder words = new StringBuilder();
    for (int i = 0; words.length() < 12_000; i++) {
      words.append("word").append(i).append(i % 19 == 0 ? ".\n" : " ");
    }
    String longText = words.toString().strip();
    List<Part> parts = new ArrayList<>(ENGLISH_PARTS);
    parts.set(
        1,
        new Part(
            "COPING_ALONE",
            List.of(new Entry(longText, null, null), new Entry("After the long one", null, null))));
    byte[] pdf = DischargePlanReport.render(withParts(parts, APPOINTMENTS));

    List<String> pages = pages(pdf);
    int count = pages.size();
    assertTrue(count >= 4, "12,000 characters take several pages: " + count);
    for (int i = 0; i < count; i++) {
      assertTrue(
          flat(pages.get(i)).contains("Page " + (i + 1) + " of " + count),
          "page " + (i + 1) + ": " + pages.get(i));
      assertTrue(
          flat(pages.get(i)).contains("Need help now? Call or text 988. In danger? Call 911."),
          "the crisis line is at the foot of page " + (i + 1) + ": " + pages.get(i));
    }
    for (String page : pages.subList(1, count)) {
      assertTrue(page.contains("Zoë Núñez · My Safety Plan"), "every page names the client");
    }
    String text = text(pdf);
    assertEquals(words(longText), words(text), "every word of the entry is printed, in order");
    assertTrue(flat(text).contains("After the long one"), "what follows is printed too");
    assertTrue(flat(text).contains("My niece Sofía"), "the later steps are printed too");
  }

  @Test
  void aPlanOfManyLongEntriesLosesNothing() throws IOException {
    List<Part> parts = new ArrayList<>();
    for (String section : DischargePlanReport.PARTS) {
      List<Entry> entries = new ArrayList<>();
      for (int i = 1; i <= 12; i++) {
        String text =
            section
                + " entry "
                + i
                + ": "
                + "Cuando me siento así, llamo a alguien y salgo a caminar un rato. ".repeat(6);
        entries.add(new Entry(text.strip(), "Detail " + section + " " + i, "555-01" + i));
      }
      parts.add(new Part(section, entries));
    }
    byte[] pdf = DischargePlanReport.render(withParts(parts, APPOINTMENTS));

    assertTrue(pages(pdf).size() > 8, "a long plan takes many pages");
    String body = body(pdf);
    for (Part part : parts) {
      for (Entry entry : part.entries()) {
        assertTrue(body.contains(entry.text()), entry.text() + " missing");
        assertTrue(body.contains(entry.detail() + " Phone: " + entry.phone()), entry.detail());
      }
    }
    assertTrue(body.contains("Your clinician's signature"), "the plan ends with the signatures");
  }

  /**
   * The text of every page without its page header and footer, so an entry across pages reads
   * whole.
   */
  private static String body(byte[] pdf) throws IOException {
    StringBuilder body = new StringBuilder();
    for (String page : pages(pdf)) {
      page.lines()
          .filter(line -> !line.equals("Zoë Núñez · My Safety Plan"))
          .filter(line -> !line.equals("Need help now? Call or text 988. In danger? Call 911."))
          .filter(line -> !line.matches("Printed .* Page \\d+ of \\d+"))
          .forEach(line -> body.append(line).append(' '));
    }
    return flat(body.toString());
  }

  @Test
  void aLongUnbrokenWordWrapsInsideThePage() throws IOException {
    String word = "ñ".repeat(400);
    List<Part> parts =
        List.of(new Part("REASONS_FOR_LIVING", List.of(new Entry(word, null, null))));
    String text = text(DischargePlanReport.render(withParts(parts, List.of())));

    assertTrue(text.replaceAll("\\s", "").contains(word), "the whole word is printed");
    assertTrue(text.lines().allMatch(line -> line.length() < 120), "the word is broken into lines");
  }

  @Test
  void theSpanishPlanHasOnlySpanishFixedTexts() throws IOException {
    byte[] pdf = DischargePlanReport.render(spanish(true), SPANISH);
    String text = flat(text(pdf));
    int count = pages(pdf).size();

    for (String expected :
        List.of(
            "Mi plan de seguridad",
            "Fecha de nacimiento: 2 de agosto de 1979",
            "N.º de expediente: W1000021",
            "Fecha de alta: 3 de diciembre de 2026",
            "Versión 2 del plan, guardada el 27 de noviembre de 2026",
            "Esto es un borrador.",
            "Paso 1. Mis señales de alerta",
            "Paso 6. Cómo hacer mi casa más segura",
            "Mis razones para vivir",
            "Todavía no hay nada escrito aquí.",
            "Teléfono: 555-0177",
            "Llame o envíe un mensaje de texto al 988.",
            "llame al 988 y marque 2",
            "envíe la palabra AYUDA al 988",
            "Llame a nuestra línea de 24 horas: 555-0100",
            "¿Está en peligro ahora mismo? Llame al 911.",
            "O vaya a la sala de emergencias más cercana.",
            "Mis citas después del alta",
            "Viernes 4 de diciembre de 2026, 09:00 h",
            "Jueves 10 de diciembre de 2026, 14:30 h",
            "Dirección: 1200 Elm Street, Suite 4",
            "Cita por video o por teléfono: https://meet.example.org/nucleo",
            "Su firma",
            "Firma de su profesional de salud",
            "Impreso el 1 de diciembre de 2026",
            "Página 1 de " + count,
            "Página " + count + " de " + count)) {
      assertTrue(text.contains(expected), expected + " missing from: " + text);
    }
    for (Part part : SPANISH_PARTS) {
      for (Entry entry : part.entries()) {
        assertTrue(text.contains(entry.text()), entry.text() + " missing from: " + text);
      }
    }
    for (String english : englishFragments()) {
      assertFalse(text.contains(english), "English fixed text «" + english + "» in: " + text);
    }
    assertFalse(text.contains("December"), text);
    assertFalse(text.contains("Thursday"), text);
  }

  /**
   * The English bundle's texts, cut at their placeholders, without those the Spanish bundle shares
   * (a number, a name).
   */
  private static List<String> englishFragments() {
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle en = ResourceBundle.getBundle(DischargePlanReport.BUNDLE, Locale.ROOT, exact);
    ResourceBundle es = ResourceBundle.getBundle(DischargePlanReport.BUNDLE, SPANISH, exact);
    List<String> fragments = new ArrayList<>();
    for (String key : en.keySet()) {
      if (key.startsWith("format.")) {
        continue;
      }
      for (String fragment : en.getString(key).split("%[sd]")) {
        String f = fragment.strip();
        if (f.replaceAll("[^\\p{L}]", "").length() >= 3 && !es.getString(key).contains(f)) {
          fragments.add(f);
        }
      }
    }
    assertTrue(fragments.size() > 40, "the English texts were found: " + fragments);
    return fragments;
  }

  @Test
  void aDraftCarriesTheWatermarkOnEveryPageAndAnApprovedPlanNone() throws IOException {
    List<Part> parts = new ArrayList<>(ENGLISH_PARTS);
    parts.set(
        0, new Part("WARNING_SIGNS", List.of(new Entry("Long night. ".repeat(600), null, null))));
    DischargePlanData approved = withParts(parts, APPOINTMENTS);
    DischargePlanData draft =
        new DischargePlanData(
            approved.centerName(),
            approved.crisisLine(),
            approved.clientName(),
            approved.dateOfBirth(),
            approved.mrn(),
            approved.dischargeDate(),
            true,
            approved.planVersion(),
            approved.planSavedAt(),
            approved.parts(),
            approved.appointments(),
            approved.clinician(),
            approved.printedAt());

    List<String> pages = pages(DischargePlanReport.render(draft));
    assertTrue(pages.size() > 1, "the draft runs over several pages");
    for (int i = 0; i < pages.size(); i++) {
      // the watermark runs up the page, so the extracted text breaks it into short lines
      assertTrue(pages.get(i).replaceAll("\\s", "").contains("DRAFT"), "page " + (i + 1));
    }
    assertTrue(flat(pages.get(0)).contains("This is a draft."), pages.get(0));

    String approvedText = text(DischargePlanReport.render(approved));
    assertFalse(approvedText.replaceAll("\\s", "").contains("DRAFT"), approvedText);
    assertFalse(approvedText.contains("This is a draft"), approvedText);

    List<String> spanishDraft = pages(DischargePlanReport.render(spanish(true), SPANISH));
    for (String page : spanishDraft) {
      assertTrue(page.replaceAll("\\s", "").contains("BORRADOR"), page);
    }
    String spanishApproved = text(DischargePlanReport.render(spanish(false), SPANISH));
    assertFalse(spanishApproved.replaceAll("\\s", "").contains("BORRADOR"), spanishApproved);
    assertFalse(spanishApproved.contains("borrador"), spanishApproved);
  }

  @Test
  void theCrisisNumbersIncludeTheCentersLineOnlyWhenItHasOne() throws IOException {
    String with = flat(text(DischargePlanReport.render(english(false, "1-800-555-0100"))));
    assertTrue(with.contains("Call or text 988."), with);
    assertTrue(with.contains("Call our 24-hour line: 1-800-555-0100"), with);
    assertTrue(with.contains("Waypoint Demo Center answers day and night."), with);
    assertTrue(with.contains("In danger right now? Call 911."), with);
    assertTrue(with.contains("Or go to the nearest emergency room."), with);

    String without = flat(text(DischargePlanReport.render(english(false, null))));
    assertTrue(without.contains("Call or text 988."), without);
    assertTrue(without.contains("In danger right now? Call 911."), without);
    assertFalse(without.contains("24-hour line"), without);
    assertFalse(without.contains("answers day and night"), without);
    String blank = flat(text(DischargePlanReport.render(english(false, "  "))));
    assertFalse(blank.contains("24-hour line"), blank);
  }

  @Test
  void datesAndAppointmentsAreWrittenTheEnglishWay() throws IOException {
    String text = flat(text(DischargePlanReport.render(english(false, null), Locale.US)));

    for (String expected :
        List.of(
            "Date of birth: March 14, 2001",
            "Record number: W1000013",
            "Discharge date: December 3, 2026",
            "Plan version 3, saved November 27, 2026",
            // earliest first, whatever order they came in
            "Friday, December 4, 2026 at 9:00 AM With: Peer support group — Núcleo "
                + "Video or phone visit: https://meet.example.org/nucleo "
                + "Thursday, December 10, 2026 at 2:30 PM With: Dr. Ana Ruiz, Eastside Counseling "
                + "Address: 1200 Elm Street, Suite 4 Phone: 555-0110",
            "Printed December 1, 2026")) {
      assertTrue(text.contains(expected), expected + " missing from: " + text);
    }
  }

  @Test
  void aLanguageWithoutItsOwnBundlePrintsInEnglishWithEnglishDates() throws IOException {
    for (Locale locale : Arrays.asList(Locale.GERMAN, null)) {
      String text = flat(text(DischargePlanReport.render(english(false, null), locale)));
      assertTrue(text.contains("Discharge date: December 3, 2026"), text);
      assertTrue(text.contains("Step 1. My warning signs"), text);
    }
    String mexican =
        flat(text(DischargePlanReport.render(spanish(false), Locale.forLanguageTag("es-MX"))));
    assertTrue(mexican.contains("Fecha de alta: 3 de diciembre de 2026"), mexican);
  }

  @Test
  void aPlanWithoutEntriesStillShowsTheSevenStepsToFillIn() throws IOException {
    String text = flat(text(DischargePlanReport.render(withParts(List.of(), List.of()))));

    assertTrue(text.contains("You do not have a written safety plan yet."), text);
    assertFalse(text.contains("Plan version"), text);
    assertEquals(
        7, Pattern.compile("Nothing is written here yet\\.").matcher(text).results().count(), text);
    assertTrue(text.contains("Step 6. Making my home safer"), text);
    assertTrue(text.contains("No appointments are written here yet."), text);
  }

  @Test
  void aTelehealthVisitWithoutALinkAndAnAppointmentWithoutPhoneStillPrint() throws IOException {
    List<Appointment> appointments =
        List.of(
            new Appointment(
                ZonedDateTime.of(2026, 12, 5, 11, 0, 0, 0, CHICAGO),
                "Nurse line check-in",
                true,
                null,
                null),
            new Appointment(
                ZonedDateTime.of(2026, 12, 6, 11, 0, 0, 0, CHICAGO),
                "Pharmacy pick-up",
                false,
                null,
                "555-0123"));
    String text = flat(text(DischargePlanReport.render(withParts(ENGLISH_PARTS, appointments))));

    assertTrue(
        text.contains(
            "Saturday, December 5, 2026 at 11:00 AM With: Nurse line check-in Video or phone visit "
                + "Sunday, December 6, 2026 at 11:00 AM With: Pharmacy pick-up Phone: 555-0123"),
        text);
  }

  @Test
  void theClientAndTheClinicianEachHaveASignatureLineWithADate() throws IOException {
    String text = flat(text(DischargePlanReport.render(english(false, null))));
    assertTrue(text.contains("We made this plan together."), text);
    assertTrue(text.contains("Your signature Date Zoë Núñez"), text);
    assertTrue(text.contains("Your clinician's signature Date Dana Whitfield"), text);

    String unnamed = flat(text(DischargePlanReport.render(withParts(ENGLISH_PARTS, List.of()))));
    assertTrue(unnamed.contains("Your clinician's signature Date"), unnamed);
  }

  @Test
  void everyFontIsEmbeddedAndTheBodyIsAtLeastTwelvePoints() throws IOException {
    byte[] pdf = DischargePlanReport.render(spanish(true), SPANISH);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
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

      List<Float> sizes = new ArrayList<>();
      StringBuilder small = new StringBuilder();
      PDFTextStripper sizer =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                sizes.add(p.getFontSizeInPt());
                if (p.getFontSizeInPt() < 11.5f) {
                  small.append(p.getUnicode());
                }
              }
            }
          };
      sizer.getText(doc);
      assertFalse(sizes.isEmpty());
      // only the print date and the page number are smaller (11 pt)
      String smallText = small.toString();
      assertTrue(
          smallText.replaceAll("[\\s\\d]", "").matches("(Impresoeldediciembrede|Páginade)+"),
          "text under 12 pt: " + smallText);
    }
  }

  @Test
  void samplesAreWrittenForALook() throws IOException {
    Path folder = Path.of("target", "report-samples");
    Files.createDirectories(folder);
    Files.write(
        folder.resolve("discharge-plan-en.pdf"),
        DischargePlanReport.render(english(false, "1-800-555-0100")));
    Files.write(
        folder.resolve("discharge-plan-es-draft.pdf"),
        DischargePlanReport.render(spanish(true), SPANISH));
  }

  private static List<String> words(String text) {
    return Pattern.compile("word\\d+\\.?").matcher(text).results().map(m -> m.group()).toList();
  }
}
