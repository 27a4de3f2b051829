package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Nothing typed into a safety-plan entry is cut: text over the limit is refused next to its box and
 * stays there, whether pasted or sent by a browser with the limit removed; a long word wraps in the
 * chart. Uses demo clients Underwood, Rossi (the demo leaves Rossi's plan unwritten, and these
 * tests never save it) and Brooks, which no other test changes.
 */
@ExtendWith(ArquillianExtension.class)
class PlanEntryLimitBrowserIT extends BrowserTest {

  private static final int WARNING_SIGNS = 0;
  private static final int REASONS = 6;

  /** An entry's limit, as the editor and the service keep it. */
  private static final int ENTRY_LIMIT = 500;

  private static final String TOO_LONG = "At most 500 characters; this has 501.";

  @Test
  void aPasteOverTheLimitIsRefusedNextToTheBoxAndStaysInIt() throws IOException {
    signIn("clinician");
    open(editorOf("Underwood"));
    int entry = addEntry(REASONS);
    By box = field(REASONS, entry, "text");
    String pasted = "My nephew's graduation in June. ".repeat(16).substring(0, 501);

    paste(box, pasted);
    assertEquals(501, valueOf(box).length(), "the paste is not cut by the browser");
    // typing on (a key after the paste) autosaves: the draft refuses the text and says so
    browser.findElement(box).sendKeys(Keys.END);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(message(box), TOO_LONG));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("planForm:draftStatus"), "The draft does not hold what you just typed"));
    screenshot("pasted");

    pick("planForm:acknowledgement", "Acknowledged verbally");
    submit(By.id("planForm:saveVersion"));
    assertTrue(
        browser.findElement(message(box)).getText().startsWith(TOO_LONG),
        browser.findElement(message(box)).getText());
    assertEquals(pasted, valueOf(box), "all 501 characters stay in the box");
    assertTrue(browser.getCurrentUrl().contains("/safety-plan/"), "nothing was saved");
    screenshot("refused");
  }

  @Test
  void aRequestOverTheLimitWithTheLimitRemovedIsRefusedAtTheServer() throws IOException {
    signIn("clinician");
    String chart = chartPathOf("Rossi");
    open("safety-plan/" + chart.substring(chart.lastIndexOf('/') + 1));
    int entry = addEntry(WARNING_SIGNS);
    By box = field(WARNING_SIGNS, entry, "text");
    String sent = "x".repeat(501);
    // a modified browser: no limit on the box, and the value set without any typing
    ((JavascriptExecutor) browser)
        .executeScript(
            "var box = arguments[0];"
                + " box.removeAttribute('data-limit'); box.removeAttribute('maxlength');"
                + " box.value = arguments[1];",
            browser.findElement(box),
            sent);
    pick("planForm:acknowledgement", "Acknowledged verbally");
    submit(By.id("planForm:saveVersion"));

    assertTrue(
        browser.findElement(message(box)).getText().startsWith(TOO_LONG),
        browser.findElement(message(box)).getText());
    assertEquals(sent, valueOf(box), "the text comes back as sent");
    screenshot("refused");
    open(chart + "?section=safety-plan");
    assertEquals(1, browser.findElements(By.id("noSafetyPlan")).size(), "no version was saved");
  }

  @Test
  void aLongWordInAPlanEntryWrapsInsideTheEditorAndTheChart() throws IOException {
    signIn("clinician");
    open(editorOf("Brooks"));
    int entry = addEntry(WARNING_SIGNS);
    By box = field(WARNING_SIGNS, entry, "text");
    // the longest word an entry can hold (the 600 characters are over an entry's limit)
    String word = ("https://example.org/" + "a".repeat(500)).substring(0, ENTRY_LIMIT);
    paste(box, word);
    browser.findElement(box).sendKeys(Keys.TAB);
    waitForPage();
    assertNoWiderThanTheWindow("the editor");

    pick("planForm:acknowledgement", "Acknowledged verbally");
    submit(By.id("planForm:saveVersion"));
    assertTrue(browser.getCurrentUrl().contains("section=safety-plan"), browser.getCurrentUrl());
    assertPageShows(word.substring(0, 40));
    screenshot("chart");
    assertNoWiderThanTheWindow("the chart's safety plan");
  }

  private String editorOf(String lastName) {
    String chart = chartPathOf(lastName);
    return "safety-plan/" + chart.substring(chart.lastIndexOf('/') + 1);
  }

  /** Inserts text at the cursor as the browser inserts a paste (a maxlength would cut it). */
  private void paste(By box, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(box));
    input.click();
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].focus(); document.execCommand('insertText', false, arguments[1]);",
            input,
            text);
  }

  private void assertNoWiderThanTheWindow(String what) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long scrollWidth =
        ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
    long windowWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
    assertTrue(
        scrollWidth <= windowWidth,
        what + " is " + scrollWidth + " px wide in a window of " + windowWidth + " px");
  }

  private String valueOf(By box) {
    return browser.findElement(box).getAttribute("value");
  }

  private static By field(int part, int entry, String name) {
    return By.id("planForm:parts:" + part + ":entries:" + entry + ":" + name);
  }

  /**
   * @return the message next to a box of an entry
   */
  private static By message(By box) {
    return By.id(box.toString().replaceFirst("^By\\.id: ", "") + "_msg");
  }

  /**
   * @return the new entry's place in its part
   */
  private int addEntry(int part) {
    int before =
        browser
            .findElements(
                By.cssSelector("[id^='planForm:parts:" + part + ":entries:'][id$=':text']"))
            .size();
    wait.until(
            ExpectedConditions.elementToBeClickable(By.id("planForm:parts:" + part + ":addEntry")))
        .click();
    waitForPage();
    wait.until(ExpectedConditions.presenceOfElementLocated(field(part, before, "text")));
    return before;
  }
}
