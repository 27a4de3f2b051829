package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * The discharge workflow in the browser. Jensen is reserved for this test: the demo gives Jensen a
 * draft discharge in three days, prepared by {@code clinician} (Dana Whitfield, Jensen's clinician)
 * with the checklist complete (DemoDischarges). The clinician's bad input is refused with nothing
 * saved; {@code supervisor} approves the plan and prints the discharge safety plan, a DRAFT before
 * and not after. Hughes's follow-up call due today (the demo's) is only looked at: on the
 * supervisor's dashboard, the Discharge tab and the check-in form it opens; nothing is recorded.
 */
class DischargeBrowserIT extends BrowserTest {

  @Test
  void aSupervisorApprovesTheDischargeAndPrintsTheSafetyPlanWithoutDraft() throws Exception {
    // the clinician who prepared it: an appointment in the past is refused, nothing saved
    signIn("clinician");
    String chart = chartPathOf("Jensen");
    String clientId = chart.substring(chart.lastIndexOf('/') + 1).replaceAll("\\D.*", "");
    open("discharge/" + clientId);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dischargeForm")));
    assertFalse(
        browser.findElements(By.id("dischargeForm:approve")).stream().anyMatch(e -> true),
        "a clinician is not offered approval");
    String past =
        TestNames.centerToday().minusDays(2).format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    type(By.id("dischargeForm:appointments:0:date_input"), past);
    browser.findElement(By.id("dischargeForm:save")).click();
    waitForPage();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("dischargeForm"), "This appointment is in the past."));
    assertPageShows("Nothing was saved yet.");
    scrollTo(By.id("dischargeForm:appointments:0:date_input"));
    screenshot("1-clinician-refused");
    signOut();

    // the supervisor reads the tab, prints the draft, approves
    signIn("supervisor");
    open(chart + "?section=discharge");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sections:dischargeTabForm")));
    assertPageShows("Draft: not approved yet");
    screenshot("2-tab-draft");
    assertTrue(
        new PageSteps(this).dischargePlanText(clientId).replaceAll("\\s", "").contains("DRAFT"),
        "the plan prints as a draft before approval");

    open("discharge/" + clientId);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dischargeForm:approve")));
    assertFalse(
        past.equals(
            browser
                .findElement(By.id("dischargeForm:appointments:0:date_input"))
                .getAttribute("value")),
        "the clinician's refused date was not saved");
    screenshot("3-editor-before-approval");
    new PageSteps(this).approveDischarge();
    assertTrue(
        browser.findElement(By.id("dischargeState")).getText().startsWith("Approved by Renée Park"),
        browser.findElement(By.id("dischargeState")).getText());
    assertPageShows("This discharge is approved, so it can no longer be changed.");
    screenshot("4-editor-approved");
    assertNoSidewaysScroll();

    // the safety plan prints without DRAFT, in Jensen's words
    HttpResponse<byte[]> pdf = fetchAsBrowser("reports/discharge-plan/" + clientId);
    assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    String text = new PageSteps(this).dischargePlanText(clientId);
    assertFalse(text.replaceAll("\\s", "").contains("DRAFT"), "no DRAFT after approval:\n" + text);
    assertFalse(text.contains("This is a draft."), text);
    assertTrue(text.contains("Jensen"), text);
    assertTrue(text.contains("Northside Intensive Outpatient Program"), text);

    // the tab: approved, with the follow-up calls scheduled after the discharge date
    open(chart + "?section=discharge");
    assertPageShows("Approved by Renée Park");
    assertPageShows("Upcoming");
    scrollTo(By.id("sections:dischargeTabForm:calls"));
    screenshot("5-tab-approved");
  }

  @Test
  void theSupervisorsDashboardListsTheCallDueAndItsCheckInFormAsksForTheNextStep()
      throws Exception {
    signIn("supervisor");
    open("dashboard");
    WebElement calls = browser.findElement(By.id("dashboard:callsDue"));
    assertTrue(calls.getText().contains("Hughes"), calls.getText());
    scrollTo(By.id("dashboard:callsDuePanel"));
    screenshot("1-dashboard");

    String chart = chartPathOf("Hughes");
    String clientId = chart.substring(chart.lastIndexOf('/') + 1).replaceAll("\\D.*", "");
    open(chart + "?section=discharge");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sections:dischargeTabForm")));
    assertPageShows("Message left");
    WebElement reached = browser.findElement(By.cssSelector("a.call-reached"));
    scrollTo(By.id("sections:dischargeTabForm:calls"));
    screenshot("2-tab-calls");
    reached.click();
    wait.until(ExpectedConditions.urlContains("/check-in/" + clientId + "?call="));
    waitForPage();
    WebElement heading = browser.findElement(By.id("followUpCallHeading"));
    assertTrue(
        heading
            .getText()
            .contains(TestNames.centerToday().format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))),
        heading.getText());
    assertTrue(browser.findElement(By.id("checkInForm:nextStep")).isDisplayed());
    screenshot("3-check-in-for-call");
    // nothing is recorded: the demo's call stays due for the dashboards
  }

  private void scrollTo(By element) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'});", browser.findElement(element));
  }

  private void assertNoSidewaysScroll() {
    Long overflow =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
    assertTrue(overflow <= 0, "the page scrolls sideways by " + overflow + " px");
  }
}
