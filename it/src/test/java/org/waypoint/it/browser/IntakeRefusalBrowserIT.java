package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * A refused value is explained next to its field and keeps everything typed; a step saved with
 * details missing says what admission still needs.
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
}
