package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * Intake staff walk a whole intake, step by step, and admit the client; the client's clinician then
 * finds the client in her caseload with the screening's risk level on the chart header.
 */
class IntakeWorkflowBrowserIT extends BrowserTest {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private void next(String expectedStep) throws Exception {
    submit(By.id("intakeForm:next"));
    if (!expectedStep.equals(browser.findElement(By.id("stepTitle")).getText())) {
      screenshot("stuck-before-" + expectedStep.replace(' ', '-'));
      fail("Did not reach " + expectedStep + ":\n" + pageText());
    }
  }

  @Test
  void intakeWalksAFullIntakeAndTheClinicianFindsTheClientWithItsRiskLevel() throws Exception {
    String lastName = uniqueLastName();
    String today = TestNames.centerToday().format(US_DATE);
    signIn("intake");
    open("intake");
    submit(By.id("startForm:start"));
    wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Referral"));
    assertTrue(browser.getCurrentUrl().matches(".*/waypoint/intake/[0-9]+(\\?.*)?$"));

    choose("intakeForm:source", "Hospital or emergency department");
    type(By.id("intakeForm:referralDate_input"), today);
    type(By.id("intakeForm:reason"), "Seen in the emergency department after cutting.");
    screenshot("1-referral");
    next("Demographics");
    assertPageShows("Referral saved.");

    type(By.id("intakeForm:legalFirstName"), "Robin");
    type(By.id("intakeForm:legalLastName"), lastName);
    type(By.id("intakeForm:preferredName"), "Rob");
    type(By.id("intakeForm:pronouns"), "they/them");
    type(By.id("intakeForm:dateOfBirth_input"), "04/12/1998");
    pick("intakeForm:language", "Spanish");
    type(By.id("intakeForm:phone"), "(312) 555-0177");
    type(By.id("intakeForm:state"), "il");
    next("Emergency contacts");

    submit(By.id("intakeForm:addContact"));
    type(By.id("intakeForm:contacts:0:name"), "Ana Ruiz");
    type(By.id("intakeForm:contacts:0:relationship"), "aunt");
    type(By.id("intakeForm:contacts:0:phone"), "(773) 555-0150");
    tick("intakeForm:contacts:0:consent", null);
    screenshot("2-contacts");
    next("Payer");

    pick("intakeForm:payerType", "Self-pay");
    next("Consents");

    tick("intakeForm:treatmentConsent", null);
    type(By.id("intakeForm:treatmentConsentOn_input"), today);
    next("Concerns and history");

    type(By.id("intakeForm:presentingConcerns"), "Cutting most evenings; low mood.");
    pick("intakeForm:selfHarmHistory", "Yes");
    tick("intakeForm:methods", "Cutting or scratching");
    choose("intakeForm:frequency", "Several times a week");
    type(By.id("intakeForm:lastEpisodeOn_input"), today);
    pick("intakeForm:medicalCareNeeded", "No");
    tick("intakeForm:conditions", "Depression");
    next("Suicide screening");

    assertTrue(pageText().contains("Questions 3 to 5 are skipped"), "skipped until item 2");
    pick("intakeForm:wishDead", "Yes");
    pick("intakeForm:thoughts", "Yes");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intakeForm:method")));
    pick("intakeForm:method", "Yes");
    pick("intakeForm:intent", "No");
    pick("intakeForm:plan", "No");
    pick("intakeForm:behavior", "No");
    screenshot("3-screening");
    next("Program and clinician");

    choose("intakeForm:programId", "Residential");
    choose("intakeForm:primaryClinicianId", "Dana Whitfield");
    next("Admission");
    screenshot("4-admission");
    assertEquals(
        "High: has thought about a method (item 3)",
        browser.findElement(By.id("admissionRisk")).getText().strip());
    assertTrue(browser.findElements(By.id("stepsToComplete")).isEmpty(), pageText());

    submit(By.id("intakeForm:admit"));
    wait.until(ExpectedConditions.urlMatches(".*/waypoint/client/[0-9]+$"));
    assertPageShows("Admitted " + lastName + ", Robin with MRN W");
    assertEquals("High", browser.findElement(By.id("riskLevel")).getText());
    screenshot("5-chart-as-intake");
    String chart = browser.getCurrentUrl();
    signOut();

    signIn("clinician");
    By caseload = By.id("dashboard:caseload");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(caseload, lastName));
    String row =
        browser
            .findElement(
                By.xpath("//*[@id='dashboard:caseload']//tr[contains(., '" + lastName + "')]"))
            .getText();
    assertTrue(row.contains("High"), row);
    screenshot("6-caseload");
    // the caseload's link (the new client is also on the check-ins due list, which opens there)
    browser
        .findElement(
            By.xpath(
                "//*[@id='dashboard:caseload']//a[normalize-space()='" + lastName + ", Robin']"))
        .click();
    wait.until(ExpectedConditions.urlToBe(chart));
    waitForPage();
    assertEquals("High", browser.findElement(By.id("riskLevel")).getText());
    assertEquals(
        "has thought about a method (item 3)",
        browser.findElement(By.id("riskReasons")).getText().strip());
    assertTrue(browser.findElement(By.id("clientName")).getText().contains("(goes by Rob)"));
    assertTrue(browser.findElement(By.id("pronouns")).getText().contains("they/them"));
    assertEquals("Dana Whitfield", browser.findElement(By.id("clinician")).getText());
    screenshot("7-chart-as-clinician");
  }
}
