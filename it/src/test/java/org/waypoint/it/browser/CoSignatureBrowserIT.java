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
    signIn("admin");
    open("admin");
    type(By.id("createForm:username"), username);
    type(By.id("createForm:displayName"), name);
    type(By.id("createForm:password"), TEMPORARY);
    tick("createForm:roles", "Clinician");
    tick("createForm:programIds", "Partial Hospitalization");
    tick("createForm:needsCoSignature", null);
    browser.findElement(By.id("createForm:create")).click();
    wait.until(ExpectedConditions.urlMatches(".*/waypoint/admin/user/[0-9]+$"));
    waitForPage();
    assertTrue(
        browser.findElement(By.id("userStatus")).getText().contains("notes need co-signature"),
        browser.findElement(By.id("userStatus")).getText());
    signOut();

    // the trainee chooses a password, then writes and signs a note
    open("login");
    type(By.id("loginForm:username"), username);
    type(By.id("loginForm:password"), TEMPORARY);
    browser.findElement(By.id("loginForm:signIn")).click();
    wait.until(ExpectedConditions.urlContains("/account/password"));
    waitForPage();
    type(By.id("passwordForm:currentPassword"), TEMPORARY);
    type(By.id("passwordForm:newPassword"), OWN);
    type(By.id("passwordForm:repeatPassword"), OWN);
    browser.findElement(By.id("passwordForm:change")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("pageMessages"), "Your password is changed."));
    String chart = chartPathOf("Delgado");
    String clientId = chart.substring(chart.lastIndexOf('/') + 1).replaceAll("\\D.*", "");
    open("note/new?client=" + clientId);
    assertTrue(
        browser.getCurrentUrl().matches(".*/waypoint/note/[0-9]+$"),
        "a new note opens in the editor: " + browser.getCurrentUrl());
    String noteUrl = browser.getCurrentUrl();
    // yesterday's contact: whatever the hour the test runs, its end is past
    setDate("noteForm:contactDate", TestNames.centerToday().minusDays(1));
    setTime("noteForm:startTime", "09:05");
    setTime("noteForm:endTime", "09:55");
    pick("noteForm:modality", "Individual");
    String[] parts = {
      "Talked about the week at the day program.",
      "Calm, engaged, on time.",
      "Stable; uses her coping skills.",
      "Meet again on Thursday."
    };
    // the editor keeps every part's box; SOAP's are at places 0, 1, 6 and 7 of all parts
    int[] soap = {0, 1, 6, 7};
    for (int i = 0; i < parts.length; i++) {
      type(By.id("noteForm:parts:" + soap[i] + ":text"), parts[i]);
    }
    waitForPage();
    browser.findElement(By.id("noteForm:signNote")).click();
    type(By.id("noteForm:password"), OWN);
    browser.findElement(By.id("noteForm:confirmSign")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("noteState"), "Awaiting co-signature"));
    waitForPage();
    screenshot("signed");
    signOut();

    // the supervisor finds it in the queue and co-signs it
    signIn("supervisor");
    WebElement row =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//*[@id='dashboard:coSignQueue_data']/tr[td[normalize-space()='"
                        + name
                        + "']]")));
    assertTrue(row.getText().contains("Delgado"), row.getText());
    assertTrue(
        browser
            .findElement(By.id("coSignHeading"))
            .getText()
            .startsWith("Notes awaiting co-signature ("),
        browser.findElement(By.id("coSignHeading")).getText());
    screenshot("queue");
    submit(
        By.xpath(
            "//*[@id='dashboard:coSignQueue_data']/tr[td[normalize-space()='"
                + name
                + "']]//a[contains(@class,'co-sign-link')]"));
    assertTrue(browser.getCurrentUrl().endsWith(noteUrl.substring(noteUrl.indexOf("/note/"))));
    // co-signing answers with the note's page: wait for it to replace this one before reading it
    submit(By.id("reviewForm:coSign"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("coSignature"), "Co-signed by"));
    waitForPage();
    screenshot("co-signed");
    String stamp = browser.findElement(By.id("coSignature")).getText();
    assertTrue(stamp.contains("Co-signed by Renée Park"), stamp);
    assertTrue(pageText().contains("You co-signed the note of " + name), pageText());
    assertTrue(browser.findElements(By.id("reviewForm:coSign")).isEmpty(), "decided once");
    open("dashboard");
    assertTrue(
        browser
            .findElements(
                By.xpath(
                    "//*[@id='dashboard:coSignQueue_data']/tr[td[normalize-space()='"
                        + name
                        + "']]"))
            .isEmpty(),
        "it left the queue");
  }
}
