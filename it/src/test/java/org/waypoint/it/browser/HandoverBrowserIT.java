package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Shift handover from end to end, as staff do it: {@code clinician} (Dana Whitfield) gives the
 * handover of Intensive Outpatient for the next shift, is refused when she tries to acknowledge her
 * own, and prints it; {@code supervisor} (Renée Park), who also works in the program, acknowledges
 * it with a synthesis line. The demo's handovers are for the previous and current shifts, so the
 * next shift of Intensive Outpatient is this test's own.
 */
class HandoverBrowserIT extends BrowserTest {

  private static final String PROGRAM = "Intensive Outpatient";
  private static final String SYNTHESIS =
      "Two clients to watch tonight; call the rising one at 8 pm.";

  @Test
  void aHandoverGivenByOneStaffMemberIsAcknowledgedByAnotherButNotByItsGiver() throws Exception {
    signIn("clinician");
    String[] programAndShift = nextShiftOf(PROGRAM);
    String page =
        "handover?program="
            + programAndShift[0]
            + "&shift="
            + URLEncoder.encode(programAndShift[1], StandardCharsets.UTF_8);
    open(page);
    assertEquals("Not given yet", text("handoverState"));
    screenshot("live");
    // the first client's I-PASS blocks, as the clinician reads them
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('client0').scrollIntoView()");
    screenshot("first-client");

    // the clinician gives it
    submit(By.id("handoverForm:give"));
    assertEquals("Given, waiting for acknowledgement", text("handoverState"));
    assertTrue(text("givenBy").contains("Dana Whitfield"), text("givenBy"));
    assertPageShows("You gave the handover of");

    // her own acknowledgement is refused next to the button; what she typed stays
    type(By.id("handoverForm:synthesis"), "my own");
    browser.findElement(By.id("handoverForm:acknowledge")).click();
    wait.until(d -> !d.findElement(By.id("handoverForm:acknowledge_msg")).getText().isBlank());
    waitForPage();
    screenshot("giver-refused");
    assertEquals("Given, waiting for acknowledgement", text("handoverState"));
    assertEquals(
        "my own", browser.findElement(By.id("handoverForm:synthesis")).getAttribute("value"));

    // the PDF link answers a PDF
    new PageSteps(this).printHandover();
    signOut();

    // the supervisor acknowledges it with her synthesis
    signIn("supervisor");
    open(page);
    assertEquals("Given, waiting for acknowledgement", text("handoverState"));
    new PageSteps(this).acknowledgeHandover(SYNTHESIS);
    screenshot("acknowledged");
    assertTrue(text("receivedBy").contains("Renée Park"), text("receivedBy"));
    assertEquals(SYNTHESIS, text("synthesisShown"));
    assertTrue(browser.findElements(By.id("handoverForm:acknowledge")).isEmpty(), "once");
    WebElement row =
        browser.findElement(
            By.xpath(
                "//*[@id='historyForm:history_data']/tr[td[contains(normalize-space(),'Renée Park')]"
                    + " and td[contains(normalize-space(),'Dana Whitfield')]]"));
    assertTrue(row.getText().contains("Acknowledged"), row.getText());
  }

  @Test
  void aProgramOutsideTheCallersProgramsIsRefusedOnScreenAndInPrint() throws Exception {
    // Marcus Lee works in Partial Hospitalization only
    signIn("supervisor");
    String iop = nextShiftOf(PROGRAM)[0];
    signOut();
    signIn("clinician2");
    open("handover?program=" + iop);
    assertFalse(browser.findElements(By.id("notAllowed")).isEmpty(), pageText());
    assertTrue(browser.findElements(By.id("handoverForm")).isEmpty(), "nothing of it shown");
    assertEquals(403, fetchAsBrowser("reports/handover/" + iop).statusCode());
    assertEquals(404, fetchAsBrowser("reports/handover/not-a-number").statusCode());
    HttpResponse<byte[]> own = fetchAsBrowser("reports/handover/" + iop + "?shift=nonsense");
    assertTrue(own.statusCode() == 400 || own.statusCode() == 403, "" + own.statusCode());
    open("handover?shift=2026-01-01T03:33");
    assertFalse(browser.findElements(By.id("notFound")).isEmpty(), pageText());
  }

  /**
   * Opens the handover screen, chooses the program and returns its id and the next shift's key, as
   * the screen's lists offer them.
   */
  private String[] nextShiftOf(String program) {
    open("handover");
    choose("chooseForm:program", program);
    submit(By.id("chooseForm:show"));
    String url = browser.getCurrentUrl();
    String id = url.replaceAll(".*[?&]program=(\\d+).*", "$1");
    String key = null;
    for (WebElement option :
        browser.findElements(By.cssSelector("[id='chooseForm:shift_input'] option"))) {
      if (option.getAttribute("textContent").startsWith("Next shift")) {
        key = option.getAttribute("value");
      }
    }
    assertTrue(key != null && id.matches("\\d+"), url);
    return new String[] {id, key};
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }
}
