package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A clinician reaches their own caseload's charts and face sheets, and nobody else's. */
class CaseloadBoundaryIT extends BrowserTest {

  /** The chart path of the first client a search for this text lists, as the user sees it. */
  @Test
  void aChartOutsideTheCaseloadShowsNotAllowedAndNoClientData() throws Exception {
    // Jordan Bennett is a partial-hospitalization client of Marcus Lee (clinician2)
    signIn("supervisor");
    String chart = chartPathOf("Bennett");
    open(chart);
    String dateOfBirth = browser.findElement(By.cssSelector("dl.facts")).getText();
    String mrn = browser.findElement(By.id("mrn")).getText();
    signOut();

    signIn("clinician");
    open(chart);
    screenshot("not-allowed");

    assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
    String page = pageText();
    assertTrue(page.contains("not on your caseload"), page);
    assertFalse(page.contains("Bennett"), page);
    assertFalse(page.contains("Jordan"), page);
    assertFalse(page.contains(mrn.replace("MRN ", "")), page);
    assertFalse(dateOfBirth.isBlank());
    assertTrue(browser.findElements(By.cssSelector("dl.facts")).isEmpty());

    String faceSheet = "reports/face-sheet/" + chart.substring("client/".length());
    assertEquals(403, fetchAsBrowser(faceSheet).statusCode());
  }

  @Test
  void aClinicianPrintsTheFaceSheetOfTheirOwnClient() throws Exception {
    signIn("clinician");
    String chart = chartPathOf("Alvarez");
    open(chart);
    screenshot("own-chart");
    String href =
        browser
            .findElement(By.cssSelector("[id='printFaceSheet'] a, a[id='printFaceSheet']"))
            .getAttribute("href");
    String path = href.substring(href.indexOf("/waypoint/") + "/waypoint/".length());

    HttpResponse<byte[]> pdf = fetchAsBrowser(path);

    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Client face sheet"), text);
      assertTrue(text.contains("Alvarez, Avery"), text);
      assertTrue(text.contains("Printed") && text.contains("by Dana Whitfield"), text);
    }
  }
}
