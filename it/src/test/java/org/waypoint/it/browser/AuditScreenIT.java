package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
    choose("auditForm:action", "Chart viewed");
    browser.findElement(By.id("auditForm:search")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("auditForm:events"), "Chart viewed"));
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
    assertTrue(text.contains("\"supervisor\",\"SUPERVISOR\",\"CLIENT_VIEW\",\"SUCCESS\""), text);
    assertTrue(!client.isBlank());
  }

  @Test
  void aClinicianIsNotAllowedOnTheAuditScreen() throws Exception {
    signIn("clinician");

    assertEquals(403, fetchAsBrowser("audit").statusCode());
    assertEquals(403, fetchAsBrowser("audit-export").statusCode());
    assertTrue(browser.findElements(By.linkText("Audit trail")).isEmpty());
  }
}
