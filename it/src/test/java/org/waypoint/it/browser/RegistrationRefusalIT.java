package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Bad input is explained next to its field, keeps what was typed, and saves nothing. */
class RegistrationRefusalIT extends BrowserTest {

  private String messageFor(String field) {
    return browser
        .findElement(By.cssSelector("[id='intakeForm:" + field + "'] ~ .ui-message"))
        .getText()
        .strip();
  }

  @Test
  void anEmptyFormNamesEveryMissingField() throws Exception {
    signIn("intake");
    open("intake");
    browser.findElement(By.id("intakeForm:register")).click();
    wait.until(ExpectedConditions.urlContains("/intake"));
    waitForPage();
    screenshot("empty");

    assertEquals("Enter the client's legal first name.", messageFor("legalFirstName"));
    assertEquals("Enter the client's legal last name.", messageFor("legalLastName"));
    assertTrue(pageText().contains("Enter the date of birth."), pageText());
    assertTrue(pageText().contains("Choose a program."), pageText());
  }

  @Test
  void aFutureBirthDateIsRefusedAndNothingIsSaved() throws Exception {
    String lastName = uniqueLastName();
    String tomorrow = LocalDate.now().plusDays(1).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    signIn("intake");
    open("intake");
    type(By.id("intakeForm:legalFirstName"), "Sam");
    type(By.id("intakeForm:legalLastName"), lastName);
    type(By.id("intakeForm:dateOfBirth_input"), tomorrow);
    type(By.id("intakeForm:phone"), "not a number");
    choose("intakeForm:programId", "Residential");
    choose("intakeForm:status", "Referred");
    browser.findElement(By.id("intakeForm:register")).click();
    wait.until(ExpectedConditions.urlContains("/intake"));
    waitForPage();
    screenshot("refused");

    assertTrue(pageText().contains("The date of birth cannot be in the future."), pageText());
    assertTrue(pageText().contains("Enter a phone number of digits"), pageText());
    assertEquals(
        lastName,
        browser.findElement(By.id("intakeForm:legalLastName")).getAttribute("value"),
        "what the user typed is kept");

    open("clients");
    type(By.id("clientsForm:text"), lastName);
    browser.findElement(By.id("clientsForm:search")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("clientsForm:clients"), "No clients match"));
  }
}
