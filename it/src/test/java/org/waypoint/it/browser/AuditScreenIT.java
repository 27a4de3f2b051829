package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Supervisors read, filter, verify and export the audit trail; clinicians cannot. */
class AuditScreenIT extends BrowserTest {

  @Test
  void aSupervisorFindsTheirChartViewVerifiesTheTrailAndExportsIt() throws Exception {
    signIn("supervisor");
    open("client/1");
    String client = browser.findElement(By.id("clientName")).getText();

    open("audit");
    type(By.id("auditForm:username"), "supervisor");
    choose("auditForm:action", "Chart opened");
    browser.findElement(By.id("auditForm:search")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("auditForm:events"), "Chart opened"));
    waitForPage();
    String table = browser.findElement(By.id("auditForm:events")).getText();
    assertTrue(table.contains("supervisor"), table);
    assertTrue(!table.contains("Sign-in"), "filtered to chart views: " + table);

    browser.findElement(By.id("auditForm:verify")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("pageMessages"), "The audit trail is intact"));
    screenshot("verified");

    String href =
        browser
            .findElement(By.cssSelector("[id='auditForm:export'] a, a[id='auditForm:export']"))
            .getAttribute("href");
    HttpResponse<byte[]> csv =
        fetchAsBrowser(href.substring(href.indexOf("/waypoint/") + "/waypoint/".length()));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("event,time_utc,username,roles,action,outcome,client_id"), text);
    assertTrue(text.contains("\"supervisor\",\"SUPERVISOR\",\"CHART_VIEW\",\"SUCCESS\""), text);
    assertTrue(!client.isBlank());
  }

  @Test
  void aClinicianIsNotAllowedOnTheAuditScreen() throws Exception {
    signIn("clinician");

    assertEquals(403, fetchAsBrowser("audit").statusCode());
    assertEquals(403, fetchAsBrowser("audit-export").statusCode());
    assertTrue(browser.findElements(By.linkText("Audit trail")).isEmpty());
  }

  @Test
  void theDatePickersAreLabelledAndASortHeaderWorksFromTheKeyboard() throws Exception {
    signIn("supervisor");
    open("audit");
    for (String picker : new String[] {"from", "to"}) {
      WebElement input = browser.findElement(By.id("auditForm:" + picker + "_input"));
      WebElement label =
          browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"));
      assertTrue(!label.getText().isBlank(), picker + " has a visible label");
      WebElement calendar =
          browser.findElement(By.cssSelector("[id='auditForm:" + picker + "'] button"));
      assertTrue(
          !calendar.getAttribute("aria-label").isBlank(), picker + "'s calendar button is named");
    }

    By user = By.xpath("//*[@id='auditForm:events']//th[.//text()[normalize-space()='User']]");
    WebElement header = browser.findElement(user);
    assertEquals("0", header.getAttribute("tabindex"), "the sort header takes the focus");
    header.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.attributeToBe(user, "aria-sort", "ascending"));
    waitForPage();
    screenshot("sorted-by-user");
  }

  @Test
  void aUsernameOverItsLimitIsRefusedBesideTheFieldAndKept() throws Exception {
    signIn("supervisor");
    open("audit");
    String typed = "u".repeat(61);
    type(By.id("auditForm:username"), typed);
    browser.findElement(By.id("auditForm:search")).click();
    By message = By.cssSelector("[id='auditForm:username'] ~ .ui-message-error");
    wait.until(ExpectedConditions.visibilityOfElementLocated(message));
    waitForPage();
    assertTrue(
        browser.findElement(message).getText().contains("At most 60 characters"),
        browser.findElement(message).getText());
    assertEquals(typed, browser.findElement(By.id("auditForm:username")).getAttribute("value"));
  }
}
