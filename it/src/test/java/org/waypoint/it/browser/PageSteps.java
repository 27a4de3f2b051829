package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * Steps that several browser tests take on the same screens, written once: an account made by the
 * administrator and its first sign-in, a calm check-in, a note written and signed, an alert
 * acknowledged, a note co-signed, a handover printed and acknowledged, a discharge approved.
 */
final class PageSteps {

  /** The SOAP parts' places among all the note editor's parts ({@code noteForm:parts:N:text}). */
  private static final int[] SOAP = {0, 1, 6, 7};

  /** The check-in's warning signs, each rated on its own scale. */
  private static final String[] SIGNS = {
    "hopelessness",
    "selfHarmThoughts",
    "avoidingPeople",
    "harshSelfTalk",
    "sleepChange",
    "appetiteChange"
  };

  private final BrowserTest t;

  PageSteps(BrowserTest test) {
    this.t = test;
  }

  /**
   * The administrator's form: makes an account and waits for its page.
   *
   * @param role the label of its one role, e.g. {@code Clinician}
   * @param program the name of its one program
   */
  void createAccount(
      String username,
      String displayName,
      String temporary,
      String role,
      String program,
      boolean needsCoSignature) {
    t.open("admin");
    t.type(By.id("createForm:username"), username);
    t.type(By.id("createForm:displayName"), displayName);
    t.type(By.id("createForm:password"), temporary);
    t.tick("createForm:roles", role);
    t.tick("createForm:programIds", program);
    if (needsCoSignature) {
      t.tick("createForm:needsCoSignature", null);
    }
    t.browser.findElement(By.id("createForm:create")).click();
    t.wait.until(ExpectedConditions.urlMatches(".*/waypoint/admin/user/[0-9]+$"));
    t.waitForPage();
  }

  /** Signs in with a temporary password, which leads only to the password page. */
  void signInWithTemporary(String username, String temporary) {
    t.open("login");
    t.type(By.id("loginForm:username"), username);
    t.type(By.id("loginForm:password"), temporary);
    t.browser.findElement(By.id("loginForm:signIn")).click();
    t.wait.until(ExpectedConditions.urlContains("/account/password"));
    t.waitForPage();
  }

  /** On the password page: replaces the temporary password with one's own. */
  void chooseOwnPassword(String temporary, String own) {
    t.type(By.id("passwordForm:currentPassword"), temporary);
    t.type(By.id("passwordForm:newPassword"), own);
    t.type(By.id("passwordForm:repeatPassword"), own);
    t.browser.findElement(By.id("passwordForm:change")).click();
    t.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("pageMessages"), "Your password is changed."));
  }

  /**
   * Answers the check-in's items after self-harm calmly: no substance use, the given urge, every
   * warning sign at 1, no to the screening, support contacted.
   */
  void answerCalmly(String urge) {
    t.pick("checkInForm:substanceUse", "None");
    t.pick("checkInForm:urge", urge);
    t.pick("checkInForm:meansAccess", "No");
    for (String sign : SIGNS) {
      t.pick("checkInForm:" + sign, "1");
    }
    t.pick("checkInForm:wishDead", "No");
    t.pick("checkInForm:thoughts", "No");
    t.pick("checkInForm:behavior", "No");
    t.pick("checkInForm:supportContacted", "Yes");
  }

  /**
   * Starts a note for a client as the chart's button does.
   *
   * @return the note's address
   */
  String startNote(String clientId) {
    t.open("note/new?client=" + clientId);
    t.wait.until(ExpectedConditions.urlMatches(".*/waypoint/note/[0-9]+$"));
    t.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("noteForm")));
    t.waitForPage();
    return t.browser.getCurrentUrl();
  }

  /**
   * Fills the open note with an individual session of yesterday (so its end is past whatever the
   * hour) and the SOAP parts' words.
   */
  void writeNote(String start, String end, String... soap) {
    t.setDate("noteForm:contactDate", TestNames.centerToday().minusDays(1));
    t.setTime("noteForm:startTime", start);
    t.setTime("noteForm:endTime", end);
    t.pick("noteForm:modality", "Individual");
    for (int i = 0; i < soap.length; i++) {
      t.type(By.id("noteForm:parts:" + SOAP[i] + ":text"), soap[i]);
    }
    t.waitForPage();
  }

  /**
   * Signs the open note with the password and waits until its state reads as expected.
   *
   * @param state e.g. {@code Signed} or {@code Awaiting co-signature}
   */
  void signNote(String password, String state) {
    t.wait.until(ExpectedConditions.elementToBeClickable(By.id("noteForm:signNote"))).click();
    t.type(By.id("noteForm:password"), password);
    t.browser.findElement(By.id("noteForm:confirmSign")).click();
    t.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("noteState"), state));
    t.waitForPage();
  }

  /**
   * On the supervisor's dashboard: acknowledges the open alert of a client with a note.
   *
   * @return the alert's row as it read before
   */
  String acknowledgeAlert(String lastName, String firstName, String note) {
    By row = By.xpath("//*[@id='dashboard:alerts']//tr[contains(., '" + lastName + "')]");
    WebElement alert = t.wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    String shown = alert.getText();
    alert.findElement(By.cssSelector("input[id$=':note']")).sendKeys(note);
    alert.findElement(By.cssSelector("button[id$=':acknowledge']")).click();
    t.waitForPage();
    t.wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
    t.assertPageShows("Alert for " + lastName + ", " + firstName + " acknowledged.");
    return shown;
  }

  /** The co-signature queue's row of a note's author, on the supervisor's dashboard. */
  static By coSignRow(String author) {
    return By.xpath(coSignXpath(author));
  }

  private static String coSignXpath(String author) {
    return "//*[@id='dashboard:coSignQueue_data']/tr[td[normalize-space()='" + author + "']]";
  }

  /**
   * From the supervisor's dashboard: opens the author's note from the co-signature queue and
   * co-signs it.
   *
   * @return the note's co-signature stamp
   */
  String coSign(String author) {
    t.submit(By.xpath(coSignXpath(author) + "//a[contains(@class,'co-sign-link')]"));
    // co-signing answers with the note's page: wait for it to replace this one before reading it
    t.submit(By.id("reviewForm:coSign"));
    t.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("coSignature"), "Co-signed by"));
    t.waitForPage();
    return t.browser.findElement(By.id("coSignature")).getText();
  }

  /**
   * On the handover screen: fetches what its print link answers, checks that it is a PDF.
   *
   * @return the PDF's bytes
   */
  byte[] printHandover() throws Exception {
    String print =
        t.browser
            .findElement(By.xpath("//*[@id='handoverForm:print']/descendant-or-self::a[@href]"))
            .getAttribute("href");
    HttpResponse<byte[]> pdf =
        t.fetchAsBrowser(print.substring(print.indexOf("/waypoint/") + "/waypoint/".length()));
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    return pdf.body();
  }

  /** On the handover screen: acknowledges the given handover with a synthesis line. */
  void acknowledgeHandover(String synthesis) {
    t.type(By.id("handoverForm:synthesis"), synthesis);
    t.browser.findElement(By.id("handoverForm:acknowledge")).click();
    t.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("handoverState"), "Acknowledged"));
    t.waitForPage();
  }

  /** On the discharge editor: approves the discharge (confirming) and waits for the message. */
  void approveDischarge() {
    t.wait.until(ExpectedConditions.elementToBeClickable(By.id("dischargeForm:approve"))).click();
    t.wait.until(ExpectedConditions.alertIsPresent()).accept();
    t.wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("pageMessages"), "Discharge approved."));
    t.waitForPage();
  }

  /**
   * Downloads a client's discharge safety plan with the browser's session.
   *
   * @return its text
   */
  String dischargePlanText(String clientId) throws Exception {
    HttpResponse<byte[]> pdf = t.fetchAsBrowser("reports/discharge-plan/" + clientId);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    return textOf(pdf.body());
  }

  static String textOf(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
