package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A form sent after its session ended (15 idle minutes, or signed out elsewhere) or after its view
 * expired leads to a page that says so, signs the user in again and returns them to the form, where
 * the autosaved draft is offered again. Uses the check-in forms of demo clients Underwood and
 * Rossi, as clinician, and leaves a draft on each (no other test opens their check-in forms).
 */
@ExtendWith(ArquillianExtension.class)
class ExpiredPageBrowserIT extends BrowserTest {

  /** Opens the client's check-in form, answers one item and waits until the draft is kept. */
  private String openFormWithADraft(String client) {
    String chart = chartPathOf(client);
    String form = "check-in/" + chart.substring(chart.indexOf('/') + 1);
    open(form);
    pick("checkInForm:selfHarm", "None");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkInForm:draftStatus"), "Draft kept"));
    return form;
  }

  /** Back on the form: the draft is offered again with the answer given. */
  private void assertTheDraftIsOfferedAgain(String form) {
    assertTrue(
        browser.getCurrentUrl().endsWith("/waypoint/" + form),
        "back on the form: " + browser.getCurrentUrl());
    assertTrue(browser.findElement(By.id("checkInForm:draftRestored")).isDisplayed());
    assertTrue(
        browser
            .findElement(By.cssSelector("[id='checkInForm:selfHarm'] input[value='false']"))
            .isSelected(),
        "the answer given before the session ended is there");
  }

  @Test
  void anExpiredPageLeadsBackToTheForm() throws IOException {
    signIn("clinician");
    String form = openFormWithADraft("Underwood");

    // the session ends while the form is open (as after 15 idle minutes); the user sends it
    browser.manage().deleteCookieNamed("JSESSIONID");
    browser.findElement(By.id("checkInForm:recordCheckIn")).click(); // an Ajax request
    wait.until(ExpectedConditions.urlContains("/expired"));
    waitForPage();
    screenshot("expired");
    assertPageShows("This page has expired");
    assertPageShows("You were signed out");
    assertTrue(
        browser.getCurrentUrl().contains("return=%2F" + form.replace("/", "%2F")),
        browser.getCurrentUrl());

    type(By.id("loginForm:username"), "clinician");
    type(By.id("loginForm:password"), PASSWORD);
    submit(By.id("loginForm:signIn"));
    screenshot("back-on-the-form");
    assertTheDraftIsOfferedAgain(form);
  }

  @Test
  void aStaleTabLeadsBackToTheFormWithoutSigningInAgain() throws IOException {
    signIn("clinician");
    String form = openFormWithADraft("Rossi");
    String staleTab = browser.getWindowHandle();

    // in another tab the user signs out and in again: the first tab's page belongs to the old
    // session
    browser.switchTo().newWindow(WindowType.TAB);
    open("dashboard");
    signOut();
    signIn("clinician");
    browser.switchTo().window(staleTab);

    browser.findElement(By.id("checkInForm:recordCheckIn")).click();
    wait.until(ExpectedConditions.urlContains("/expired"));
    waitForPage();
    screenshot("expired-signed-in");
    assertPageShows("This page has expired");
    submit(By.id("goBack"));
    assertTheDraftIsOfferedAgain(form);
  }

  @Test
  void aFormSentWithoutASessionIsRedirectedNeverAnError() throws Exception {
    HttpClient anonymous = HttpClient.newHttpClient();
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(url("check-in/1")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("checkInForm=checkInForm"));

    HttpResponse<String> plain = anonymous.send(post.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(302, plain.statusCode());
    assertTrue(
        plain
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/expired?return=%2Fcheck-in%2F1"),
        plain.headers().toString());

    HttpResponse<String> ajax =
        anonymous.send(
            post.header("Faces-Request", "partial/ajax").build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ajax.statusCode());
    assertTrue(
        ajax.body().contains("<redirect url=\"/waypoint/expired?return=%2Fcheck-in%2F1\"/>"),
        ajax.body());

    HttpResponse<String> page =
        anonymous.send(
            HttpRequest.newBuilder(URI.create(url("expired?return=%2Fcheck-in%2F1"))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("This page has expired"), page.body());
  }

  @Test
  void signInReturnsOnlyToPagesOfWaypoint() {
    open("login?return=%2F%2Fevil.example%2F");
    type(By.id("loginForm:username"), "clinician");
    type(By.id("loginForm:password"), PASSWORD);
    submit(By.id("loginForm:signIn"));
    assertTrue(
        browser.getCurrentUrl().startsWith(url("")),
        "still on Waypoint: " + browser.getCurrentUrl());
    assertTrue(browser.findElements(By.id("signedInAs")).size() == 1);

    // a page asked for without a session is the page shown after sign-in
    signOut();
    browser.get(url("clients"));
    wait.until(ExpectedConditions.urlContains("/login?return=%2Fclients"));
    waitForPage();
    type(By.id("loginForm:username"), "clinician");
    type(By.id("loginForm:password"), PASSWORD);
    submit(By.id("loginForm:signIn"));
    assertTrue(browser.getCurrentUrl().endsWith("/waypoint/clients"), browser.getCurrentUrl());
  }
}
