package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A clinician breaks the glass on a chart outside their reach; a supervisor sees it to review. Uses
 * Zielinski (Partial Hospitalization, Marcus Lee's client), whom no other browser test opens.
 */
class EmergencyAccessBrowserIT extends BrowserTest {

  @Test
  void emergencyAccessAsksForAReasonOpensTheChartAndIsListedForSupervisors() throws Exception {
    signIn("supervisor");
    open("clients");
    type(By.id("clientsForm:text"), "Zielinski");
    browser.findElement(By.id("clientsForm:search")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("clientsForm:clients"), "Zielinski"));
    String href =
        browser
            .findElement(By.cssSelector("[id='clientsForm:clients'] a.client-link"))
            .getAttribute("href");
    String chart = href.substring(href.indexOf("/waypoint/") + "/waypoint/".length());
    signOut();

    signIn("clinician");
    open(chart);
    assertEquals("Not allowed", browser.findElement(By.tagName("h1")).getText());
    browser.findElement(By.id("emergencyForm:openInEmergency")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("emergencyForm:reason")));
    waitForPage();
    assertTrue(pageText().contains("Choose why you need this chart."), pageText());
    assertTrue(browser.findElements(By.id("clientName")).isEmpty(), "no reason, no chart");

    browser
        .findElement(By.cssSelector("[id='emergencyForm:reason'] label[for$='reason:0']"))
        .click();
    type(By.id("emergencyForm:details"), "Client phoned in distress; on-call response.");
    browser.findElement(By.cssSelector("[id='emergencyForm:confirmed'] .ui-chkbox-box")).click();
    screenshot("reason");
    browser.findElement(By.id("emergencyForm:openInEmergency")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clientName")));
    waitForPage();
    screenshot("opened");
    assertTrue(
        browser
            .findElement(By.id("emergencyBanner"))
            .getText()
            .startsWith("Emergency access until"));
    assertTrue(browser.findElement(By.id("clientName")).getText().startsWith("Zielinski"));
    signOut();

    signIn("supervisor");
    String reviews = browser.findElement(By.id("dashboard:emergencyReviews")).getText();
    screenshot("to-review");
    assertTrue(reviews.contains("Dana Whitfield (clinician)"), reviews);
    assertTrue(reviews.contains("Zielinski"), reviews);
    assertTrue(reviews.contains("Client phoned in distress"), reviews);
  }
}
