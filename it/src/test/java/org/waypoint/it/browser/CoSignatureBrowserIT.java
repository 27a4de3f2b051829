package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * Co-signature from end to end, as people do it: the administrator makes an account for a clinician
 * in training, who signs a note for Delgado (a partial-hospitalization client no other browser test
 * writes to); {@code supervisor} finds it in the dashboard's queue and co-signs it. Uses the note
 * editor ({@code /note/{id}}): skipped where the editor page is not deployed.
 */
class CoSignatureBrowserIT extends BrowserTest {

  private static final String TEMPORARY = "temporary lantern harbor";
  private static final String OWN = "my own quiet harbor lights";

  @Test
  void aTraineesSignedNoteIsCoSignedFromTheSupervisorsQueue() throws Exception {
    String username = TestNames.uniqueLastName("trainee").toLowerCase();
    String name = "Tess " + TestNames.uniqueLastName("Trainee");

    // the administrator makes the account of a clinician in training
    PageSteps steps = new PageSteps(this);
    signIn("admin");
    steps.createAccount(username, name, TEMPORARY, "Clinician", "Partial Hospitalization", true);
    assertTrue(
        browser.findElement(By.id("userStatus")).getText().contains("notes need co-signature"),
        browser.findElement(By.id("userStatus")).getText());
    signOut();

    // the trainee chooses a password, then writes and signs a note
    steps.signInWithTemporary(username, TEMPORARY);
    steps.chooseOwnPassword(TEMPORARY, OWN);
    String chart = chartPathOf("Delgado");
    String clientId = chart.substring(chart.lastIndexOf('/') + 1).replaceAll("\\D.*", "");
    String noteUrl = steps.startNote(clientId);
    steps.writeNote(
        "09:05",
        "09:55",
        "Talked about the week at the day program.",
        "Calm, engaged, on time.",
        "Stable; uses her coping skills.",
        "Meet again on Thursday.");
    steps.signNote(OWN, "Awaiting co-signature");
    screenshot("signed");
    signOut();

    // the supervisor finds it in the queue and co-signs it
    signIn("supervisor");
    WebElement row =
        wait.until(ExpectedConditions.visibilityOfElementLocated(PageSteps.coSignRow(name)));
    assertTrue(row.getText().contains("Delgado"), row.getText());
    assertTrue(
        browser
            .findElement(By.id("coSignHeading"))
            .getText()
            .startsWith("Notes awaiting co-signature ("),
        browser.findElement(By.id("coSignHeading")).getText());
    screenshot("queue");
    String stamp = steps.coSign(name);
    assertTrue(browser.getCurrentUrl().endsWith(noteUrl.substring(noteUrl.indexOf("/note/"))));
    screenshot("co-signed");
    assertTrue(stamp.contains("Co-signed by Renée Park"), stamp);
    assertTrue(pageText().contains("You co-signed the note of " + name), pageText());
    assertTrue(browser.findElements(By.id("reviewForm:coSign")).isEmpty(), "decided once");
    open("dashboard");
    assertTrue(browser.findElements(PageSteps.coSignRow(name)).isEmpty(), "it left the queue");
  }
}
