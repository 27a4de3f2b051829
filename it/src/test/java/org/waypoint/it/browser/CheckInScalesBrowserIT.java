package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The check-in form's rating scales are radio groups a keyboard can answer: Tab reaches a group,
 * Space chooses, arrow keys move the choice, and the level follows; the client's words over their
 * limit are refused next to the box and kept. Uses demo client Castillo, which no other test
 * changes (it leaves a check-in draft, nothing recorded).
 */
@ExtendWith(ArquillianExtension.class)
class CheckInScalesBrowserIT extends BrowserTest {

  private static final String[] SIGNS = {
    "hopelessness",
    "selfHarmThoughts",
    "avoidingPeople",
    "harshSelfTalk",
    "sleepChange",
    "appetiteChange"
  };

  @Test
  void theScalesAreAnsweredByKeyboardAndTheLevelFollows() throws IOException {
    signIn("clinician");
    String chart = chartPathOf("Castillo");
    open("check-in/" + chart.substring(chart.indexOf('/') + 1));
    pick("checkInForm:selfHarm", "None");
    pick("checkInForm:substanceUse", "None");
    pick("checkInForm:wishDead", "No");
    pick("checkInForm:thoughts", "No");
    pick("checkInForm:behavior", "No");

    WebElement urge = browser.findElement(By.id("checkInForm:urge"));
    assertEquals("radiogroup", urge.getAttribute("role"));
    assertEquals(
        "Urge to self-harm now (0 none, 10 the strongest)",
        browser.findElement(By.id(urge.getAttribute("aria-labelledby"))).getText(),
        "the group is named by its question");

    // the urge: Space chooses 0, then the right arrow moves the choice up to 8
    focus("checkInForm:urge:0");
    keys(Keys.SPACE);
    assertTrue(browser.findElement(By.id("checkInForm:urge:0")).isSelected());
    for (int i = 0; i < 8; i++) {
      keys(Keys.ARROW_RIGHT);
    }
    assertTrue(browser.findElement(By.id("checkInForm:urge:8")).isSelected(), "urge 8 chosen");
    // Tab leaves the urge for the next question, and Space answers it
    keys(Keys.TAB);
    keys(Keys.SPACE);
    assertTrue(browser.findElement(By.id("checkInForm:meansAccess:0")).isSelected(), "No");
    // each warning sign: Tab into its group, Space for 0, the right arrow for 1
    for (String sign : SIGNS) {
      keys(Keys.TAB);
      assertEquals(
          "checkInForm:" + sign + ":0",
          browser.switchTo().activeElement().getAttribute("id"),
          "Tab reaches " + sign);
      assertNotEquals(
          "none",
          ((JavascriptExecutor) browser)
              .executeScript(
                  "return getComputedStyle(document.querySelector("
                      + "\"label[for='\" + document.activeElement.id + \"']\")).outlineStyle;"),
          "the focused button shows its focus");
      keys(Keys.SPACE);
      keys(Keys.ARROW_RIGHT);
      assertTrue(browser.findElement(By.id("checkInForm:" + sign + ":1")).isSelected(), sign);
    }
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("computedLevel"), "High"));
    assertTrue(
        browser.findElement(By.id("computedReasons")).getText().contains("urge 8/10"),
        browser.findElement(By.id("computedReasons")).getText());
    screenshot("high");

    // back to the urge: the left arrow takes it down to 2, and the level follows
    focus("checkInForm:urge:8");
    for (int i = 0; i < 6; i++) {
      keys(Keys.ARROW_LEFT);
    }
    assertTrue(browser.findElement(By.id("checkInForm:urge:2")).isSelected(), "urge 2 chosen");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("computedLevel"), "Low"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkInForm:draftStatus"), "Draft kept"));
    screenshot("low");
  }

  @Test
  void theClientsWordsOverTheLimitAreRefusedNextToTheBoxAndKept() throws IOException {
    signIn("clinician");
    String chart = chartPathOf("Castillo");
    open("check-in/" + chart.substring(chart.indexOf('/') + 1));
    By box = By.id("checkInForm:clientWords");
    String words = "I walked to the lake and sat there until it got dark. ".repeat(80);
    words = words.substring(0, 4001);
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(box));
    input.click();
    // as the browser inserts a paste: a maxlength would cut it here
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].focus(); document.execCommand('insertText', false, arguments[1]);",
            input,
            words);
    input.sendKeys(Keys.END);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkInForm:clientWords_msg"), "4000"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkInForm:draftStatus"), "The draft does not hold what you just typed"));
    assertEquals(words, browser.findElement(box).getAttribute("value"));

    browser.findElement(By.id("checkInForm:recordCheckIn")).click();
    waitForPage();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("checkInForm:clientWords_msg"), "4000"));
    assertEquals(
        words,
        browser.findElement(box).getAttribute("value"),
        "all 4,001 characters stay in the box");
    screenshot("refused");
  }

  /** Puts the keyboard's focus on a radio button, as Tab would. */
  private void focus(String id) {
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).focus();", id);
  }

  /** Presses a key where the focus is, and waits for the Ajax it sets off. */
  private void keys(CharSequence key) {
    new Actions(browser).sendKeys(key).perform();
    waitForPage();
  }
}
