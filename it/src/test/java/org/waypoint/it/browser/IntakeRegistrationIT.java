package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Intake staff register a client, find the client in the list, and sign out. */
class IntakeRegistrationIT extends BrowserTest {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  @Test
  void intakeRegistersAClientFindsItInTheListAndSignsOut() throws Exception {
    String lastName = uniqueLastName();
    signIn("intake");
    assertPageShows("Signed in as Ines Ortega");

    open("intake");
    type(By.id("intakeForm:legalFirstName"), "Robin");
    type(By.id("intakeForm:legalLastName"), lastName);
    type(By.id("intakeForm:pronouns"), "they/them");
    type(By.id("intakeForm:dateOfBirth_input"), "04/12/1998");
    type(By.id("intakeForm:phone"), "(312) 555-0177");
    choose("intakeForm:programId", "Intensive Outpatient");
    choose("intakeForm:primaryClinicianId", "Dana Whitfield");
    type(By.id("intakeForm:admissionDate_input"), LocalDate.now().format(US_DATE));
    screenshot("1-form");
    browser.findElement(By.id("intakeForm:register")).click();

    wait.until(ExpectedConditions.urlMatches(".*/waypoint/client/[0-9]+$"));
    waitForPage();
    screenshot("2-chart");
    assertPageShows("Registered " + lastName + ", Robin with MRN W");
    assertEquals(lastName + ", Robin", browser.findElement(By.id("clientName")).getText().strip());
    String mrn = browser.findElement(By.id("mrn")).getText();

    open("clients");
    type(By.id("clientsForm:text"), lastName);
    browser.findElement(By.id("clientsForm:search")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("clientsForm:clients"), lastName + ", Robin"));
    waitForPage();
    screenshot("3-list");
    String table = browser.findElement(By.id("clientsForm:clients")).getText();
    assertTrue(table.contains(mrn.replace("MRN ", "")), table);
    assertTrue(table.contains("Intensive Outpatient"), table);
    assertFalse(table.contains("Alvarez"), "the filter keeps other clients out: " + table);

    signOut();
    assertPageShows("You are signed out.");
    browser.get(url("clients"));
    wait.until(ExpectedConditions.urlContains("/login"));
    assertTrue(browser.findElements(By.id("signedInAs")).isEmpty());
  }
}
