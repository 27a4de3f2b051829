package org.waypoint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waypoint.report.PdfText.text;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class FaceSheetReportTest {

  private static final ZonedDateTime PRINTED =
      ZonedDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneId.of("America/Chicago"));

  private static FaceSheetData data(String preferredName, String phone) {
    return new FaceSheetData(
        "Waypoint Demo Center",
        "W1000013",
        "Núñez, Zoë",
        preferredName,
        "they/them",
        LocalDate.of(2001, 3, 14),
        phone,
        "Intensive Outpatient",
        "Intensive Outpatient",
        "Dana Whitfield",
        "Active",
        LocalDate.of(2026, 10, 1),
        PRINTED,
        "Renée Park");
  }

  @Test
  void faceSheetPrintsTheClientsDetailsOnOnePage() throws IOException {
    byte[] pdf = FaceSheetReport.render(data("Zo", "(312) 555-0142"));

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
    }
    String text = text(pdf);
    assertTrue(text.contains("Client face sheet"), text);
    assertTrue(text.contains("Núñez, Zoë (Zo)"), text);
    assertTrue(text.contains("MRN W1000013"), text);
    assertTrue(text.contains("14 Mar 2001 (age 25)"), text);
    assertTrue(text.contains("(312) 555-0142"), text);
    assertTrue(text.contains("Dana Whitfield"), text);
    assertTrue(
        text.contains("Program Intensive Outpatient\n"), "level of care not repeated: " + text);
    assertTrue(text.contains("Printed 22 Nov 2026 09:30 CST by Renée Park"), text);
  }

  @Test
  void missingOptionalValuesReadNotRecorded() throws IOException {
    String text = text(FaceSheetReport.render(data(null, null)));

    assertTrue(text.contains("Preferred name Not recorded"), text);
    assertTrue(text.contains("Phone Not recorded"), text);
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(FaceSheetReport.render(data("Zo", null)))) {
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
  void aFaceSheetWithoutAnMrnIsRefused() {
    assertThrows(
        NullPointerException.class,
        () ->
            new FaceSheetData(
                "Center",
                null,
                "A, B",
                null,
                null,
                LocalDate.of(2000, 1, 1),
                null,
                "P",
                "L",
                null,
                "Active",
                null,
                PRINTED,
                "X"));
  }

  @Test
  void theFaceSheetComesOutInSpanish() throws IOException {
    String text =
        text(FaceSheetReport.render(data("Zo", "(312) 555-0142"), Locale.forLanguageTag("es")));
    assertTrue(text.contains("Hoja de datos del cliente"), text);
    assertTrue(text.contains("Nombre preferido"), text);
    assertTrue(text.contains("(25 años)"), text);
    assertTrue(text.contains("Página 1"), text);
  }

  @Test
  void everyLanguageHasTheSameKeys() {
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle english = ResourceBundle.getBundle(FaceSheetReport.BUNDLE, Locale.ROOT, exact);
    ResourceBundle spanish =
        ResourceBundle.getBundle(FaceSheetReport.BUNDLE, Locale.forLanguageTag("es"), exact);
    assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(spanish.keySet()));
  }

  @Test
  void aLongUnbrokenWordWrapsInsideThePage() throws IOException {
    String word = "x".repeat(600);
    byte[] pdf = FaceSheetReport.render(data(word, "(312) 555-0142"));
    String text = text(pdf);
    assertTrue(text.replaceAll("\\s", "").contains(word), "the whole word is printed");
    assertTrue(text.lines().allMatch(line -> line.length() < 200), "the word is broken into lines");
  }
}
