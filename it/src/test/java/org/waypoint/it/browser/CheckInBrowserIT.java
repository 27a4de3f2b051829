package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * A clinician records a check-in with self-harm since the last one and sees High with its reasons;
 * a supervisor acknowledges the alert it raised. Uses demo client Morales, whose check-ins the demo
 * data keeps Low, and Kowalski for the crisis checklist.
 */
@ExtendWith(ArquillianExtension.class)
class CheckInBrowserIT extends BrowserTest {

  @Test
  void clinicianRecordsSelfHarmAndSeesHighThenSupervisorAcknowledgesTheAlert() throws IOException {
    signIn("clinician");
    String chart = chartPathOf("Morales");
    String clientId = chart.substring(chart.indexOf('/') + 1);
    open("check-in/" + clientId);
    assertPageShows("Check-in: Morales, Zoë");
    assertPageShows("Shown here once the check-in's items are answered.");

    pick("checkInForm:selfHarm", "Yes");
    type(
        By.id("checkInForm:selfHarmOn_input"),
        TestNames.centerToday().minusDays(2).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
    pick("checkInForm:medicalCare", "No");
    new PageSteps(this).answerCalmly("3");
    type(By.id("checkInForm:clientWords"), "I scratched my arm on Friday, then I called my aunt.");
    browser.findElement(By.cssSelector("[id='checkInForm:preview'] h2")).click(); // leave the box
    waitForPage();
    screenshot("answered");

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("computedLevel"), "High"));
    assertEquals(
        "self-harm since last check-in", browser.findElement(By.id("computedReasons")).getText());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkInForm:draftStatus"), "Draft kept"));
    screenshot("form-high");

    submit(By.id("checkInForm:recordCheckIn"));
    assertTrue(browser.getCurrentUrl().contains("section=check-ins"), browser.getCurrentUrl());
    assertPageShows("Check-in recorded. High: self-harm since last check-in.");
    assertPageShows("The program's supervisors are alerted.");
    assertEquals("High", browser.findElement(By.id("riskLevel")).getText());
    WebElement alerts = browser.findElement(By.id("sections:checkInsForm:alerts"));
    assertTrue(alerts.getText().contains("Waiting for a supervisor"), alerts.getText());
    WebElement latest =
        browser.findElement(By.cssSelector("[id='sections:checkInsForm:checkIns_data'] tr"));
    assertTrue(latest.getText().contains("self-harm since last check-in"), latest.getText());
    assertTrue(latest.getText().contains("Rising"), "up from Low: " + latest.getText());
    screenshot("chart-after");
    signOut();

    signIn("supervisor");
    String alert =
        new PageSteps(this)
            .acknowledgeAlert("Morales", "Zoë", "Spoke with Dana; daily check-ins agreed.");
    assertTrue(alert.contains("High: self-harm since last check-in"), alert);
    screenshot("supervisor-dashboard");

    open(chart + "?section=check-ins");
    WebElement acknowledged = browser.findElement(By.id("sections:checkInsForm:alerts"));
    assertTrue(
        acknowledged.getText().contains("Acknowledged by Renée Park"), acknowledged.getText());
    assertTrue(
        acknowledged.getText().contains("Spoke with Dana; daily check-ins agreed."),
        acknowledged.getText());
  }

  @Test
  void anImminentLevelShowsTheCrisisChecklistAndMissingAnswersAreShownByTheirFields()
      throws IOException {
    signIn("clinician");
    String chart = chartPathOf("Schmidt");
    String clientId = chart.substring(chart.indexOf('/') + 1);
    open("check-in/" + clientId);

    // recording with nothing answered: every missing answer is named next to its item
    browser.findElement(By.id("checkInForm:recordCheckIn")).click();
    waitForPage();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkInForm"), "Rate the urge from 0 to 10."));
    assertPageShows("Answer whether there was self-harm since the last check-in.");
    assertPageShows("Rate the urge from 0 to 10.");

    // the skip logic: items 3 to 5 appear after a yes to item 2
    new PageSteps(this).answerCalmly("2");
    pick("checkInForm:selfHarm", "None");
    assertPageShows("Questions 3 to 5 are skipped");
    // each answer takes its item's message away
    assertFalse(pageText().contains("Answer whether there was self-harm since the last check-in."));
    assertFalse(pageText().contains("Rate the urge from 0 to 10."));
    pick("checkInForm:thoughts", "Yes");
    pick("checkInForm:method", "No");
    pick("checkInForm:intent", "No");
    pick("checkInForm:plan", "Yes");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("computedLevel"), "Imminent"));
    assertPageShows("Imminent: act now");
    tick("checkInForm:crisisSteps", "Someone stays with the client; the client is not left alone");
    screenshot("crisis");

    submit(By.id("checkInForm:recordCheckIn"));
    assertPageShows("Check-in recorded. Imminent: has a suicide plan (item 5).");
    WebElement crisis = browser.findElement(By.id("sections:checkInsForm:latestCrisis"));
    assertTrue(crisis.getText().contains("Done: Someone stays with the client"), crisis.getText());
    assertTrue(
        crisis.getText().contains("Not ticked: The supervisor on duty is informed"),
        crisis.getText());
  }
}
