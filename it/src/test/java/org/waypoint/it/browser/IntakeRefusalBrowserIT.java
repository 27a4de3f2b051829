package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * A refused value is explained next to its field and keeps everything typed; a step saved with
 * details missing says what admission still needs; text over a field's limit is refused, never cut;
 * every field of every step is labelled.
 */
class IntakeRefusalBrowserIT extends BrowserTest {

  private String messageFor(String field) {
    return browser
        .findElement(By.cssSelector("[id='intakeForm:" + field + "'] ~ .ui-message"))
        .getText()
        .strip();
  }

  @Test
  void badValuesAreRefusedWithTheInputKeptAndMissingDetailsAreNamed() throws Exception {
    String lastName = uniqueLastName();
    String tomorrow =
        TestNames.centerToday().plusDays(1).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    signIn("intake");
    open("intake");
    submit(By.id("startForm:start"));
    wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Referral"));
    submit(By.id("intakeForm:stepNav:1:go"));
    wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Demographics"));

    type(By.id("intakeForm:legalLastName"), lastName);
    type(By.id("intakeForm:dateOfBirth_input"), tomorrow);
    type(By.id("intakeForm:phone"), "not a number");
    submit(By.id("intakeForm:next"));
    screenshot("refused");

    assertEquals("Demographics", browser.findElement(By.id("stepTitle")).getText());
    assertEquals("The date of birth cannot be in the future.", messageFor("dateOfBirth"));
    assertTrue(messageFor("phone").startsWith("Enter a phone number of digits"));
    assertEquals(
        lastName, browser.findElement(By.id("intakeForm:legalLastName")).getAttribute("value"));
    assertTrue(pageText().contains("Nothing was saved yet."), pageText());

    type(By.id("intakeForm:dateOfBirth_input"), "11/02/1990");
    type(By.id("intakeForm:phone"), "312 555 0100");
    submit(By.id("intakeForm:save"));
    screenshot("saved-incomplete");
    assertTrue(
        pageText().contains("Demographics saved. Some details are still needed before admission."),
        pageText());
    assertEquals("Enter the client's legal first name.", messageFor("legalFirstName"));
    assertEquals("Choose the client's preferred language.", messageFor("language"));

    // a contact row added and left empty blocks nothing: it is dropped when the step is saved
    submit(By.id("intakeForm:stepNav:2:go"));
    wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Emergency contacts"));
    submit(By.id("intakeForm:addContact"));
    submit(By.id("intakeForm:next"));
    assertEquals("Payer", browser.findElement(By.id("stepTitle")).getText(), pageText());

    open("intake");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:intakes"), lastName));
  }

  @Test
  void textOverTheLimitIsRefusedNextToItsFieldAndStaysInTheBox() throws Exception {
    signIn("intake");
    open("intake");
    submit(By.id("startForm:start"));
    wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Referral"));
    By reason = By.id("intakeForm:reason");

    // one unbroken word, as a pasted link is, one character over the limit of 2000
    String tooLong = "https://example.org/" + "x".repeat(1981);
    type(reason, tooLong);
    assertEquals(
        tooLong, browser.findElement(reason).getAttribute("value"), "the browser cut nothing");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("intakeForm:reason_count"), "2001 of 2000"));
    submit(By.id("intakeForm:save"));
    screenshot("over-limit");

    assertEquals("Referral", browser.findElement(By.id("stepTitle")).getText());
    // the field's own check or the section's @Size, whichever speaks first: both name the limit
    assertTrue(
        messageFor("reason").toLowerCase(Locale.ROOT).contains("at most 2000 characters"),
        messageFor("reason"));
    assertEquals(tooLong, browser.findElement(reason).getAttribute("value"));
    assertTrue(pageText().contains("Nothing was saved yet."), pageText());
    JavascriptExecutor js = (JavascriptExecutor) browser;
    assertEquals(
        Boolean.TRUE,
        js.executeScript(
            "return document.documentElement.scrollWidth <= window.innerWidth"
                + " && document.getElementById('intakeForm:reason').getBoundingClientRect().right"
                + "    <= document.querySelector('.intake-step').getBoundingClientRect().right;"),
        "the page and the box stay inside the window and the card at 1280 px");
  }

  @Test
  void everyFieldOfEveryStepIsLabelled() throws Exception {
    signIn("intake");
    open("intake");
    submit(By.id("startForm:start"));
    wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Referral"));
    JavascriptExecutor js = (JavascriptExecutor) browser;
    int steps =
        browser.findElements(By.cssSelector("[id^='intakeForm:stepNav:'][id$=':go']")).size();
    for (int step = 0; step < steps; step++) {
      submit(By.id("intakeForm:stepNav:" + step + ":go"));
      if (step == 2) {
        submit(By.id("intakeForm:addContact"));
      }
      if (step == 4) {
        submit(By.id("intakeForm:addDisclosure"));
      }
      Object unlabelled =
          js.executeScript(
              "var bad = [];"
                  + "document.querySelectorAll('form input, form textarea, form select')"
                  + ".forEach(function (e) {"
                  + "  if (e.type === 'hidden' || e.closest('#signOutForm, #idleForm')) return;"
                  + "  var named = (e.labels && e.labels.length > 0)"
                  + "    || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');"
                  + "  if (!named) bad.push(e.id || e.name);"
                  + "});"
                  + "return bad.join(', ');");
      assertEquals(
          "",
          unlabelled,
          "fields without a label on " + browser.findElement(By.id("stepTitle")).getText());
      assertEquals(
          Boolean.TRUE,
          js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"),
          "no sideways scroll on " + browser.findElement(By.id("stepTitle")).getText());
    }
  }
}
