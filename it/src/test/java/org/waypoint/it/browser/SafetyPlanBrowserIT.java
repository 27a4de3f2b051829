package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A clinician writes a safety plan with the client, revises it, and compares the two versions; a
 * draft survives the browser being closed mid-edit. Uses demo clients Dubois and Yamamoto, whose
 * plans the demo data leaves unwritten.
 */
@ExtendWith(ArquillianExtension.class)
class SafetyPlanBrowserIT extends BrowserTest {

  /** The parts in plan order, as the editor numbers them. */
  private static final int WARNING_SIGNS = 0;

  private static final int COPING = 1;
  private static final int DISTRACTIONS = 2;
  private static final int PEOPLE = 3;
  private static final int PROFESSIONALS = 4;
  private static final int SURROUNDINGS = 5;
  private static final int REASONS = 6;

  @Test
  void clinicianWritesAPlanRevisesAnEntryAndComparesTheVersions() throws IOException {
    signIn("clinician");
    String chart = chartPathOf("Dubois");
    open(chart + "?section=safety-plan");
    assertPageShows("No safety plan is written for this client yet.");
    submit(By.id("sections:safetyPlanForm:editPlan"));
    assertPageShows("A first plan.");

    addEntry(WARNING_SIGNS);
    type(field(WARNING_SIGNS, 0, "text"), "Staying in bed all weekend");
    addEntry(WARNING_SIGNS);
    type(field(WARNING_SIGNS, 1, "text"), "Texts from my ex");
    addEntry(COPING);
    type(field(COPING, 0, "text"), "Hold ice cubes until the urge passes");
    addEntry(DISTRACTIONS);
    type(field(DISTRACTIONS, 0, "text"), "The climbing gym with Theo");
    addEntry(PEOPLE);
    type(field(PEOPLE, 0, "text"), "Rosa");
    type(field(PEOPLE, 0, "relationship"), "aunt");
    type(field(PEOPLE, 0, "phone"), "call her");
    // the ready entries: the center's 24-hour line and 988
    click(By.id("planForm:parts:" + PROFESSIONALS + ":addCrisisLine"));
    click(By.id("planForm:parts:" + PROFESSIONALS + ":addLifeline"));
    assertEquals(
        "988",
        browser.findElement(field(PROFESSIONALS, 1, "phone")).getAttribute("value"),
        "988 is offered ready-made");
    assertTrue(
        browser.findElements(By.id("planForm:parts:" + PROFESSIONALS + ":addLifeline")).isEmpty(),
        "988 is offered once");
    addEntry(SURROUNDINGS);
    type(field(SURROUNDINGS, 0, "text"), "Razor blades taken out of the bathroom");
    type(field(SURROUNDINGS, 0, "heldBy"), "Mom, in a locked box");
    addEntry(REASONS);
    type(field(REASONS, 0, "text"), "My little sister");
    // an entry added and left empty is not an entry
    addEntry(REASONS);

    tick("planForm:reviewedWithClient", null);
    pick("planForm:acknowledgement", "Acknowledged verbally");
    submit(By.id("planForm:saveVersion"));
    assertEquals(
        "Enter a phone number of digits, spaces or dashes, e.g. 988.",
        messageFor(PEOPLE, 0, "phone"),
        "a number that cannot be dialled is refused next to it");
    assertEquals(
        "call her",
        browser.findElement(field(PEOPLE, 0, "phone")).getAttribute("value"),
        "and kept as typed");
    screenshot("refused-phone");

    type(field(PEOPLE, 0, "phone"), "(312) 555-0142");
    // the order within a part is the client's: the second warning sign goes first
    click(By.id("planForm:parts:" + WARNING_SIGNS + ":entries:1:up"));
    assertEquals(
        "Texts from my ex",
        browser.findElement(field(WARNING_SIGNS, 0, "text")).getAttribute("value"));
    submit(By.id("planForm:saveVersion"));
    assertPageShows("Safety plan version 1 saved.");
    assertPageShows("Version 1, saved");
    assertPageShows("Acknowledged verbally to Dana Whitfield");
    WebElement call =
        browser.findElement(
            By.cssSelector("[id='currentPlan'] a.call-link[href='tel:3125550142']"));
    assertEquals("(312) 555-0142", call.getText(), "numbers are tap-to-call links");
    assertTrue(
        browser.findElements(By.cssSelector("[id='currentPlan'] a[href='tel:988']")).size() == 1);
    List<String> warningSigns =
        browser.findElements(By.cssSelector("[id='currentPlan'] section:first-child li")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("Texts from my ex", "Staying in bed all weekend"), warningSigns);
    screenshot("version-1");

    // the revision: one entry reworded
    submit(By.id("sections:safetyPlanForm:editPlan"));
    assertPageShows("Revising version 1");
    type(field(COPING, 0, "text"), "Hold ice cubes, then walk around the block");
    pick("planForm:acknowledgement", "Acknowledged verbally");
    type(By.id("planForm:note"), "Added the walk after the ice.");
    submit(By.id("planForm:saveVersion"));
    assertPageShows("Safety plan version 2 saved.");
    assertPageShows("Version 2, saved");
    assertEquals(
        2,
        browser
            .findElements(By.cssSelector("[id='sections:safetyPlanForm:planVersions_data'] tr"))
            .size(),
        "both versions are listed");
    String summary = browser.findElement(By.id("compareSummary")).getText();
    assertTrue(
        summary.startsWith("From version 1 to version 2: 0 added, 0 removed, 1 changed,"), summary);
    WebElement changed =
        browser.findElement(By.cssSelector("[id='compareTable'] tr.change-CHANGED"));
    List<WebElement> sides = changed.findElements(By.tagName("td"));
    assertEquals("Hold ice cubes until the urge passes", sides.get(0).getText().strip());
    assertEquals(
        "Hold ice cubes, then walk around the block Changed", sides.get(1).getText().strip());
    assertEquals(
        1,
        browser.findElements(By.cssSelector("[id='compareTable'] tr.change-CHANGED")).size(),
        "nothing else is marked changed");
    screenshot("comparison");
  }

  @Test
  void aDraftSurvivesClosingTheBrowserMidEdit(TestInfo test) throws IOException {
    signIn("clinician");
    String chart = chartPathOf("Yamamoto");
    String editor = "safety-plan/" + chart.substring(chart.lastIndexOf('/') + 1);
    open(editor);
    addEntry(REASONS);
    type(field(REASONS, 0, "text"), "Finishing the mural at the community center");
    addEntry(COPING);
    type(field(COPING, 0, "text"), "Put on headphones and draw");
    // leaving the box keeps it at once; then the browser is closed without saving a version
    browser.findElement(field(COPING, 0, "text")).sendKeys(Keys.TAB);
    waitForPage();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("planForm:draftStatus"), "Draft kept"));
    closeBrowser();

    openBrowser(test);
    signIn("clinician");
    open(chart + "?section=safety-plan");
    assertPageShows("You have a draft of this plan that is not saved as a version yet");
    submit(By.id("sections:safetyPlanForm:editPlan"));
    assertPageShows("This is your draft from");
    assertEquals(
        "Finishing the mural at the community center",
        browser.findElement(field(REASONS, 0, "text")).getAttribute("value"));
    assertEquals(
        "Put on headphones and draw",
        browser.findElement(field(COPING, 0, "text")).getAttribute("value"));
    screenshot("draft-restored");
  }

  private static By field(int part, int entry, String name) {
    return By.id("planForm:parts:" + part + ":entries:" + entry + ":" + name);
  }

  private void addEntry(int part) {
    int before =
        browser
            .findElements(
                By.cssSelector("[id^='planForm:parts:" + part + ":entries:'][id$=':text']"))
            .size();
    click(By.id("planForm:parts:" + part + ":addEntry"));
    wait.until(ExpectedConditions.presenceOfElementLocated(field(part, before, "text")));
  }

  private void click(By button) {
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    waitForPage();
  }

  private String messageFor(int part, int entry, String name) {
    return browser
        .findElement(
            By.cssSelector(
                "[id='planForm:parts:"
                    + part
                    + ":entries:"
                    + entry
                    + ":"
                    + name
                    + "'] ~ .ui-message"))
        .getText()
        .strip();
  }
}
