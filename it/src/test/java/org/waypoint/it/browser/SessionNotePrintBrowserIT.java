package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * {@code /reports/session-note/{id}} as a browser reaches it: a PDF shown inline and never cached,
 * not found for a bad id, forbidden for intake staff. Reads only. On a fresh database (as both test
 * commands give) note 1 is the demo's first note, Dana Whitfield's SOAP note on Patel (DemoNotes).
 */
class SessionNotePrintBrowserIT extends BrowserTest {

  private static final String PATEL_FIRST_NOTE = "reports/session-note/1";

  @Test
  void aClinicianGetsTheirClientsNoteAsAPdfShownInlineAndNeverCached() throws Exception {
    signIn("clinician");

    HttpResponse<byte[]> pdf = fetchAsBrowser(PATEL_FIRST_NOTE);

    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
    assertTrue(disposition.startsWith("inline; filename=\"session-note-"), disposition);
    assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Patel"), "note 1 is not the demo's note on Patel:\n" + text);
    }
  }

  @Test
  void aMalformedOrUnknownNoteIdIsNotFound() throws Exception {
    signIn("clinician");

    assertEquals(404, fetchAsBrowser("reports/session-note/abc").statusCode());
    assertEquals(404, fetchAsBrowser("reports/session-note/").statusCode());
    assertEquals(404, fetchAsBrowser("reports/session-note/999999999").statusCode());
  }

  @Test
  void intakeStaffAreRefusedTheNote() throws Exception {
    signIn("intake");

    assertEquals(403, fetchAsBrowser(PATEL_FIRST_NOTE).statusCode());
  }
}
