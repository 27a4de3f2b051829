package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * A clinician records that a client revoked a 42 CFR Part 2 disclosure consent after admission.
 * Uses demo client Fischer (Intensive Outpatient, Dana Whitfield's client, one consent to disclose
 * to primary care), whom no other browser test opens.
 */
class ConsentRevocationBrowserIT extends BrowserTest {

  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  @Test
  void aRevocationIsRecordedAndTheConsentStaysOnRecord() throws Exception {
    signIn("clinician");
    open(chartPathOf("Fischer"));
    choose(
        "sections:consentForm:revokeIndex",
        "To Dr. Helen Ortiz, primary care for Coordination of care");
    type(
        By.id("sections:consentForm:revokedOn_input"),
        TestNames.centerToday().plusDays(1).format(US_DATE));
    submit(By.id("sections:consentForm:revoke"));
    assertTrue(
        browser
            .findElement(By.cssSelector("[id='sections:consentForm:revokedOn'] ~ .ui-message"))
            .getText()
            .contains("cannot be dated in the future"),
        pageText());

    String today = TestNames.centerToday().format(US_DATE);
    type(By.id("sections:consentForm:revokedOn_input"), today);
    submit(By.id("sections:consentForm:revoke"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("pageMessages"), "The revocation of the consent is recorded."));
    screenshot("revoked");
    assertTrue(pageText().contains("Coordination of care, signed"), pageText());
    assertTrue(pageText().contains("revoked " + today), pageText());
    assertTrue(
        browser.findElements(By.id("sections:consentForm")).isEmpty(),
        "no consent is left to revoke");
  }
}
