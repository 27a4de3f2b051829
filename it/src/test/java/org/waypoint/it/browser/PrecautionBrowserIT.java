package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A clinician starts and ends a precaution on the chart; the header shows it at once and the
 * history keeps it. Uses demo client Chen (Intensive Outpatient, Dana Whitfield's client, no
 * precautions), whom no other browser test opens.
 */
class PrecautionBrowserIT extends BrowserTest {

  @Test
  void aPrecautionShowsInTheHeaderAndStaysInTheHistoryWhenEnded() throws Exception {
    signIn("clinician");
    open(chartPathOf("Chen"));
    By header = By.id("activePrecautions");
    assertEquals("No precautions in force", browser.findElement(header).getText().strip());

    browser.findElement(By.linkText("Precautions")).click(); // its content loads when first shown
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sections:precautionForm:kind")));
    waitForPage();
    choose("sections:precautionForm:kind", "Other precaution");
    browser.findElement(By.id("sections:precautionForm:startPrecaution")).click();
    By detailsMessage = By.cssSelector("[id='sections:precautionForm:details'] ~ .ui-message");
    wait.until(ExpectedConditions.textToBe(detailsMessage, "Describe the precaution."));
    waitForPage();
    screenshot("refused");

    choose("sections:precautionForm:kind", "Observation level");
    choose("sections:precautionForm:observationLevel", "One-to-one");
    type(By.id("sections:precautionForm:details"), "While waiting for the psychiatrist");
    browser.findElement(By.id("sections:precautionForm:startPrecaution")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(header, "Observation: one-to-one"));
    waitForPage();
    screenshot("started");

    type(By.id("sections:precautionForm:endNote"), "Seen by the psychiatrist");
    browser.findElement(By.cssSelector("[id='sections:precautionForm:activeList'] button")).click();
    wait.until(ExpectedConditions.textToBe(header, "No precautions in force"));
    waitForPage();
    screenshot("ended");
    String history = browser.findElement(By.id("sections:precautionForm:pastList")).getText();
    assertTrue(history.contains("Observation: one-to-one"), history);
    assertTrue(history.contains("Dana Whitfield"), history);
    assertTrue(history.contains("Seen by the psychiatrist"), history);
  }
}
