package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * A clinician writes a session note: every word typed survives the browser being closed before any
 * button is pressed; the note is signed with the password (a wrong one first) and gets an addendum
 * shown under it. Uses demo client Xu, on the clinician's caseload, whose notes no other test
 * writes.
 */
@ExtendWith(ArquillianExtension.class)
class NoteEditorBrowserIT extends BrowserTest {

  private static final String CLIENT = "Xu";

  /** The SOAP parts, by their place among all parts (the editor's {@code parts:N:text}). */
  private static final Map<String, Integer> SOAP =
      Map.of("SUBJECTIVE", 0, "OBJECTIVE", 1, "ASSESSMENT", 6, "PLAN", 7);

  @Test
  void everyWordTypedIsOfferedAfterTheBrowserClosesBeforeAnySave(TestInfo test) throws IOException {
    signIn("clinician");
    String note = startNote();
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put(
        "SUBJECTIVE",
        "Says the week was \"long but okay\".\nSlept five hours most nights; ate with family.");
    typed.put("OBJECTIVE", "Calm, good eye contact, fresh scratches on the left forearm.");
    typed.put("ASSESSMENT", "Urges weaker than last week; uses the coping list when it starts.");
    typed.put("PLAN", "Practise the TIPP skill daily; review the plan together next session.");
    for (Map.Entry<String, String> part : typed.entrySet()) {
      WebElement box = wait.until(ExpectedConditions.elementToBeClickable(part(part.getKey())));
      box.click();
      box.sendKeys(part.getValue());
    }
    // the last keystroke is not saved by anything on screen yet: the browser is closed now, its
    // only window first, as a user closes it (quitting the driver alone skips the page's events)
    browser.close();
    try {
      closeBrowser();
    } catch (WebDriverException e) {
      // the session ended with its last window
    }

    openBrowser(test);
    signIn("clinician");
    open(note);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noteForm")));
    for (Map.Entry<String, String> part : typed.entrySet()) {
      assertEquals(
          part.getValue(),
          browser.findElement(part(part.getKey())).getDomProperty("value"),
          part.getKey() + " is kept word for word");
    }
    screenshot("draft-after-closing");
  }

  @Test
  void aNoteIsSignedWithThePasswordAndGetsAnAddendum() throws IOException {
    signIn("clinician");
    String note = startNote();
    // yesterday's contact: whatever the hour the test runs, its end is past
    setDate("noteForm:contactDate", TestNames.centerToday().minusDays(1));
    setTime("noteForm:startTime", "09:00");
    setTime("noteForm:endTime", "09:45");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("noteForm:minutes"), "45 minutes"));
    pick("noteForm:modality", "Individual");
    for (String part : List.of("SUBJECTIVE", "OBJECTIVE", "ASSESSMENT", "PLAN")) {
      type(part(part), "Signed-note " + part.toLowerCase(java.util.Locale.ROOT) + " text.");
    }
    waitForPage();

    openSignDialog();
    type(By.id("noteForm:password"), "not-the-password");
    browser.findElement(By.id("noteForm:confirmSign")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("noteForm:password_msg"), "That password is not right"));
    assertEquals("Draft", browser.findElement(By.id("noteState")).getText(), "nothing signed");

    type(By.id("noteForm:password"), PASSWORD);
    // between the signature's answer and the note's page, the session asks for another page (as a
    // request the old page still had queued, or another tab, would): the message still arrives
    ((JavascriptExecutor) browser)
        .executeScript(
            "var processor = PrimeFaces.ajax.ResponseProcessor, go = processor.doRedirect;"
                + "processor.doRedirect = function () {"
                + "  var self = this, args = arguments;"
                + "  fetch('"
                + url("dashboard")
                + "', {credentials: 'same-origin'})"
                + "    .then(function (r) { return r.text(); })"
                + "    .then(function () {"
                + "      sessionStorage.setItem('between', 'asked');"
                + "      go.apply(self, args);"
                + "    });"
                + "};");
    WebElement html = browser.findElement(By.tagName("html"));
    browser.findElement(By.id("noteForm:confirmSign")).click();
    wait.until(gone(html));
    waitForPage();
    assertEquals(
        "asked",
        ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('between');"),
        "another request came between the signature and the note's page");
    assertPageShows("Signed.");
    assertFalse(browser.getCurrentUrl().contains("done="), "the address keeps no token");
    assertPageShows("Signed by Dana Whitfield on");
    assertEquals("Signed", browser.findElement(By.id("noteState")).getText());
    assertPageShows("Signed-note assessment text.");
    assertTrue(
        browser.findElements(By.id("noteForm")).isEmpty(), "a signed note is no longer a form");

    type(By.id("addendumForm:text"), "Client called after the session: the scratches are older.");
    type(By.id("addendumForm:reason"), "Correction of the objective part");
    submit(By.id("addendumForm:addAddendum"));
    assertPageShows("Addendum added.");
    String addenda = browser.findElement(By.id("addenda")).getText();
    assertTrue(addenda.contains("Addendum 1"), addenda);
    assertTrue(addenda.contains("Client called after the session: the scratches are older."));
    assertTrue(addenda.contains("Reason: Correction of the objective part"), addenda);
    assertTrue(addenda.contains("Dana Whitfield"), addenda);
    assertTrue(
        pageText().indexOf("Signed-note plan text.") < pageText().indexOf("Addendum 1"),
        "the addendum is shown under the note");
    open(note);
    assertTrue(browser.findElement(By.id("addenda")).getText().contains("Addendum 1"));
    screenshot("signed-with-addendum");
  }

  /** Starts a note for the client as the chart's button does; returns the note's path. */
  private String startNote() {
    String chart = chartPathOf(CLIENT);
    open("note/new?client=" + chart.substring(chart.lastIndexOf('/') + 1));
    wait.until(ExpectedConditions.urlMatches("/note/\\d+$"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noteForm")));
    waitForPage();
    String url = browser.getCurrentUrl();
    return url.substring(url.indexOf("/waypoint/") + "/waypoint/".length());
  }

  private static By part(String name) {
    return By.id("noteForm:parts:" + SOAP.get(name) + ":text");
  }

  private void openSignDialog() {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("noteForm:signNote"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("noteForm:signDialog")));
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d).executeScript("return jQuery(':animated').length === 0;"));
  }
}
