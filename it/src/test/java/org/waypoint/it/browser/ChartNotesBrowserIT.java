package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The chart's "Session notes" tab, read-only on {@link Screens#CHART_CLIENT}'s demo notes (signed
 * notes and a draft, from the demo data): the care team opens notes from the list and the timeline,
 * narrows the list and pages through it; intake staff see the rows without a link and without a
 * word of a note. The tab's content is read and sent when the tab is first shown, by mouse or
 * keyboard, and kept when it is shown again.
 */
class ChartNotesBrowserIT extends BrowserTest {

  private static final String FORM = "sections:notesForm";
  private static final By ROWS = By.cssSelector("[id='" + FORM + ":notes_data'] tr[data-ri]");
  private static final By NOTE_LINKS = By.cssSelector("[id='" + FORM + ":notes_data'] a.note-link");

  private String notesOf(String client) {
    return chartPathOf(client) + "?section=notes";
  }

  private List<String> rowTexts() {
    return browser.findElements(ROWS).stream().map(WebElement::getText).toList();
  }

  private void applyFilters() {
    WebElement table = browser.findElement(By.id(FORM + ":notes"));
    browser.findElement(By.id(FORM + ":applyFilters")).click();
    wait.until(gone(table));
    waitForPage();
  }

  @Test
  void theCareTeamOpensEachNoteFromTheListAndTheTimeline() throws Exception {
    signIn("clinician");
    String chart = chartPathOf(Screens.CHART_CLIENT);
    open(chart + "?section=notes");
    screenshot("notes-tab");

    List<WebElement> rows = browser.findElements(ROWS);
    assertFalse(rows.isEmpty(), "the demo client has notes");
    assertTrue(rows.size() <= 10, "ten notes a page");
    List<WebElement> links = browser.findElements(NOTE_LINKS);
    assertEquals(rows.size(), links.size(), "every row links to its note");
    for (WebElement link : links) {
      assertTrue(
          link.getAttribute("href").matches(".*/waypoint/note/\\d+$"), link.getAttribute("href"));
    }
    String newNote =
        browser
            .findElement(
                By.cssSelector("[id='" + FORM + ":newNote'] a, a[id='" + FORM + ":newNote']"))
            .getAttribute("href");
    assertTrue(newNote.contains("/waypoint/note/new?client="), newNote);

    open(chart);
    List<WebElement> signed =
        browser.findElements(By.cssSelector("[id='sections:timeline'] a.timeline-note-link"));
    assertFalse(signed.isEmpty(), "signed notes are on the timeline");
    assertTrue(
        signed.get(0).getText().startsWith("Session note signed: "), signed.get(0).getText());
  }

  @Test
  void theNotesTabIsReadWhenFirstShownFromTheKeyboardAndKeptWhenShownAgain() throws Exception {
    signIn("clinician");
    open(chartPathOf(Screens.CHART_CLIENT));
    assertTrue(
        browser.findElements(By.id(FORM)).isEmpty(), "the chart opens without the notes' content");

    browser.findElement(By.linkText("Session notes")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(ROWS));
    waitForPage();
    screenshot("notes-tab-loaded");
    WebElement firstRow = browser.findElements(ROWS).get(0);
    assertFalse(firstRow.getText().isBlank());

    browser.findElement(By.linkText("Overview")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(FORM)));
    waitForPage();
    browser.findElement(By.linkText("Session notes")).click();
    wait.until(ExpectedConditions.visibilityOf(firstRow));
    waitForPage();
    assertTrue(firstRow.isDisplayed(), "shown again, the tab keeps what it read");

    // what each opening sends now that other sections wait for their tab (for the record)
    String chart = chartPathOf(Screens.CHART_CLIENT);
    for (String section :
        new String[] {
          "overview", "precautions", "safety-plan", "notes", "check-ins", "discharge"
        }) {
      int bytes = fetchAsBrowser(chart + "?section=" + section).body().length;
      System.out.printf("chart HTML opened at %s: %d bytes%n", section, bytes);
      assertTrue(bytes > 0);
    }
  }

  @Test
  void aClinicianNarrowsTheListByModalityAndClearsTheFilter() throws Exception {
    signIn("clinician");
    open(notesOf(Screens.CHART_CLIENT));
    int before = browser.findElements(ROWS).size();

    choose(FORM + ":modality", "Individual");
    applyFilters();
    screenshot("individual");

    List<WebElement> modalities =
        browser.findElements(By.cssSelector("[id='" + FORM + ":notes_data'] .note-modality"));
    assertFalse(modalities.isEmpty(), "the demo client has individual notes");
    for (WebElement m : modalities) {
      assertEquals("Individual", m.getText());
    }

    WebElement table = browser.findElement(By.id(FORM + ":notes"));
    browser.findElement(By.id(FORM + ":clearFilters")).click();
    wait.until(gone(table));
    waitForPage();
    assertEquals(before, browser.findElements(ROWS).size(), "every note again");
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefusedNextToItsEnd() throws Exception {
    signIn("clinician");
    open(notesOf(Screens.CHART_CLIENT));

    type(By.id(FORM + ":from_input"), "11/20/2026");
    type(By.id(FORM + ":to_input"), "11/10/2026");
    browser.findElement(By.id(FORM + ":applyFilters")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id(FORM), "The end of the period is before its start."));
    waitForPage();
    screenshot("backwards-period");
  }

  @Test
  void theListPagesTenNotesAtATimeWithoutRepeatingOne() throws Exception {
    signIn("clinician");
    open(notesOf(Screens.CHART_CLIENT));

    Set<String> seen = new HashSet<>();
    browser.findElements(NOTE_LINKS).forEach(a -> seen.add(a.getAttribute("href")));
    assertTrue(seen.size() <= 10);
    By next =
        By.cssSelector("[id='" + FORM + ":notes'] .ui-paginator-next:not(.ui-state-disabled)");
    int pages = 1;
    while (!browser.findElements(next).isEmpty() && pages < 20) {
      WebElement first = browser.findElements(ROWS).get(0);
      browser.findElement(next).click();
      wait.until(gone(first));
      waitForPage();
      pages++;
      for (WebElement a : browser.findElements(NOTE_LINKS)) {
        assertTrue(
            seen.add(a.getAttribute("href")),
            "a note shown on two pages: " + a.getAttribute("href"));
      }
    }
    screenshot("last-page");
    assertEquals(seen.size() > 10, pages > 1, seen.size() + " notes on " + pages + " pages");
  }

  @Test
  void intakeStaffSeeTheRowsWithoutLinksOrWords() throws Exception {
    signIn("intake");
    String chart = chartPathOf(Screens.CHART_CLIENT);
    open(chart + "?section=notes");
    screenshot("intake-notes");

    assertFalse(browser.findElements(ROWS).isEmpty(), "intake staff see that notes exist");
    assertTrue(browser.findElements(NOTE_LINKS).isEmpty(), "but cannot open them");
    assertTrue(browser.findElements(By.id(FORM + ":newNote")).isEmpty());
    assertPageShows("Note contents are for the care team");
    for (String row : rowTexts()) {
      assertFalse(row.isBlank());
    }

    open(chart);
    assertTrue(
        browser.findElements(By.cssSelector("[id='sections:timeline'] a")).isEmpty(),
        "the timeline names signed notes without links");
    assertPageShows("Session note signed: ");
  }
}
