package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The supervisor's dashboard: the acknowledge note fits its card at 1280 px, and a note over its
 * limit is refused beside the field and kept, with the alert still open. Changes no demo data.
 */
class DashboardBrowserIT extends BrowserTest {

  private static final By FIRST_ALERT = By.cssSelector("[id='dashboard:alerts_data'] > tr");

  @Test
  void theAcknowledgeNoteStaysInsideItsCard() throws Exception {
    signIn("supervisor");
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(FIRST_ALERT));
    WebElement note = row.findElement(By.cssSelector("input[id$=':note']"));
    WebElement card = browser.findElement(By.id("dashboard:alertsPanel"));
    WebElement cell = note.findElement(By.xpath("ancestor::td[1]"));
    screenshot("alerts");

    int noteRight = note.getRect().getX() + note.getRect().getWidth();
    int cellRight = cell.getRect().getX() + cell.getRect().getWidth();
    int cardRight = card.getRect().getX() + card.getRect().getWidth();
    assertTrue(noteRight <= cellRight, "note ends at " + noteRight + ", its cell at " + cellRight);
    assertTrue(noteRight <= cardRight, "note ends at " + noteRight + ", its card at " + cardRight);
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "the page does not scroll sideways");
  }

  @Test
  void aNoteOverItsLimitIsRefusedBesideItAndKept() throws Exception {
    signIn("supervisor");
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(FIRST_ALERT));
    String client = row.findElement(By.tagName("a")).getText();
    WebElement note = row.findElement(By.cssSelector("input[id$=':note']"));
    String id = note.getAttribute("id");
    String pasted = "n".repeat(1001);
    // as a paste: the whole text arrives at once, and nothing in the page cuts it
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
            note,
            pasted);
    row.findElement(By.cssSelector("button[id$=':acknowledge']")).click();
    By message = By.cssSelector("[id='" + id + "'] ~ .ui-message-error");
    wait.until(ExpectedConditions.visibilityOfElementLocated(message));
    waitForPage();
    screenshot("refused");

    assertTrue(
        browser.findElement(message).getText().contains("At most 1000 characters"),
        browser.findElement(message).getText());
    assertEquals(pasted, browser.findElement(By.id(id)).getAttribute("value"));
    assertTrue(
        browser.findElement(By.id("dashboard:alerts")).getText().contains(client),
        "the alert is still open");
  }
}
