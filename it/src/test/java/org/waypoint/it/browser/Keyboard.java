package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A user with a keyboard and no mouse: every field is reached with Tab (or Shift+Tab) from where
 * the focus is, and worked with the keys a keyboard user presses. Nothing here clicks, and nothing
 * moves the focus by script: a field that Tab does not reach, or a control the keys do not work,
 * fails the test. Script only reads where the focus is.
 */
final class Keyboard {

  /** More presses than any page has stops: a field not reached by then is not reachable. */
  private static final int MOST_PRESSES = 250;

  private final BrowserTest t;

  Keyboard(BrowserTest test) {
    this.t = test;
  }

  private Object script(String code, Object... args) {
    return ((JavascriptExecutor) t.browser).executeScript(code, args);
  }

  private String focused() {
    return String.valueOf(script("var a = document.activeElement; return a && a.id ? a.id : '';"));
  }

  private void press(CharSequence... keys) {
    new Actions(t.browser).sendKeys(keys).perform();
  }

  /** Tab, or Shift+Tab when the field is before the focus, until the field has the focus. */
  void tabTo(String id) {
    tabUntil(id, true);
  }

  /**
   * Tab, or Shift+Tab when the element is before the focus, until the focus is on the element
   * (exactly) or inside it.
   */
  private void tabUntil(String id, boolean exactly) {
    for (int i = 0; i < MOST_PRESSES; i++) {
      Object where =
          script(
              "var f = document.getElementById(arguments[0]), a = document.activeElement;"
                  + " if (!f) { return 'missing'; }"
                  + " if (a === f || (!arguments[1] && f.contains(a))) { return 'there'; }"
                  + " return a && a !== document.body"
                  + " && (a.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_PRECEDING) !== 0"
                  + " ? 'behind' : 'ahead';",
              id,
              exactly);
      if ("there".equals(where)) {
        return;
      }
      if ("behind".equals(where)) {
        new Actions(t.browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
      } else {
        press(Keys.TAB);
      }
    }
    fail("Tab does not reach " + id + "; the focus is on '" + focused() + "'");
  }

  /** Tabs to a text field and types into it (replacing what it held). */
  void type(String id, String text) {
    tabTo(id);
    new Actions(t.browser)
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys(Keys.DELETE)
        .sendKeys(text)
        .perform();
  }

  /** Tabs to a button and presses Enter; waits for the next page. */
  void submit(String id) {
    WebElement html = t.browser.findElement(By.tagName("html"));
    tabTo(id);
    press(Keys.ENTER);
    t.wait.until(BrowserTest.gone(html));
    t.waitForPage();
  }

  /** Presses Enter in a text field, as a user does to go on; waits for the next page. */
  void enterIn(String id) {
    WebElement html = t.browser.findElement(By.tagName("html"));
    tabTo(id);
    press(Keys.ENTER);
    t.wait.until(BrowserTest.gone(html));
    t.waitForPage();
  }

  /** A select menu: tabs to it and presses the down arrow until it shows the option. */
  void choose(String menuId, String label) {
    // the menu's keyboard target is its label (PrimeFaces' focus box only when it is editable)
    tabTo(menuId + "_label");
    By shown = By.id(menuId + "_label");
    for (int i = 0; i < 50 && !label.equals(t.browser.findElement(shown).getText()); i++) {
      press(Keys.ARROW_DOWN);
      t.waitForPage();
    }
    assertEquals(label, t.browser.findElement(shown).getText(), menuId);
  }

  /**
   * A radio group: tabs into it (Tab stops once per group), then the arrow keys move the choice and
   * Space chooses the option that has the focus.
   */
  void pick(String radioId, String label) {
    String option =
        t.browser
            .findElement(
                By.xpath("//*[@id='" + radioId + "']//label[normalize-space()='" + label + "']"))
            .getAttribute("for");
    tabUntil(radioId, false);
    for (int i = 0; i < 20; i++) {
      String at = focused();
      if (at.equals(option) && t.browser.findElement(By.id(option)).isSelected()) {
        t.waitForPage();
        return;
      }
      press(at.equals(option) ? Keys.SPACE : Keys.ARROW_RIGHT);
      t.waitForPage();
    }
    fail("the keys do not choose " + label + " in " + radioId);
  }

  /**
   * A checkbox (a single one, or one option of a group by its label): tabs to it, presses Space.
   */
  void tick(String checkboxId, String label) {
    String box =
        label == null
            ? checkboxId + "_input"
            : t.browser
                .findElement(
                    By.xpath(
                        "//*[@id='" + checkboxId + "']//label[normalize-space()='" + label + "']"))
                .getAttribute("for");
    tabTo(box);
    press(Keys.SPACE);
    t.waitForPage();
    if (!t.browser.findElement(By.id(box)).isSelected()) {
      fail("Space does not tick " + box);
    }
  }
}
