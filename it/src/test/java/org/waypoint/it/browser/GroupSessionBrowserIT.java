package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * A clinician starts a group session, chooses two attendees, writes the part for the whole group
 * and each attendee's own part, and signs once for both. Uses demo clients García and Vasquez
 * (Residential), whose notes no other browser test writes.
 */
@ExtendWith(ArquillianExtension.class)
class GroupSessionBrowserIT extends BrowserTest {

  @Test
  void clinicianWritesAGroupSessionAndSignsItOnceForEveryAttendee() throws IOException {
    signIn("clinician");
    open("groups");
    choose("startForm:program", "Residential");
    type(By.id("startForm:topic"), "Riding out urges");
    submit(By.id("startForm:start"));
    wait.until(ExpectedConditions.urlMatches(".*/group/\\d+$"));
    assertTrue(
        pageText()
            .contains(
                "Write nothing here that names or describes one attendee: each attendee's own"
                    + " part is below."));

    setDate("groupForm:contactDate", TestNames.centerToday().minusDays(1));
    setTime("groupForm:startTime", "09:00");
    setTime("groupForm:endTime", "10:15");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("groupForm:minutes"), "75"));

    attend("García");
    attend("Vasquez");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.id("groupForm:attendee:1:fields:3:text")));
    typeAndLeave(By.id("groupForm:sharedPart"), "We practised riding out an urge for ten minutes.");
    for (int a = 0; a < 2; a++) {
      for (int f = 0; f < 4; f++) {
        typeAndLeave(
            By.id("groupForm:attendee:" + a + ":fields:" + f + ":text"),
            "Attendee " + a + " part " + f);
      }
    }
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("groupForm:draftStatus"), "last kept"));

    browser.findElement(By.id("groupForm:signFor")).click();
    waitForPage();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("groupForm:password")));
    type(By.id("groupForm:password"), PASSWORD);
    browser.findElement(By.id("groupForm:signNow")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "Signed for the group: 2 note(s) signed."));
    waitForPage();
    assertEquals(
        2,
        browser
            .findElements(By.xpath("//a[normalize-space()=\"Open this client's note\"]"))
            .size());
    assertTrue(pageText().contains("Attendee 1 part 3"));
    assertTrue(browser.findElements(By.id("groupForm:signFor")).isEmpty(), "signed: read-only");
  }

  private void typeAndLeave(By field, String text) {
    type(field, text);
    browser.findElement(field).sendKeys(Keys.TAB);
    waitForPage();
  }

  private void attend(String lastName) {
    By box =
        By.xpath(
            "//*[@id='groupForm:attendees']//label[contains(normalize-space(), '"
                + lastName
                + "')]/preceding-sibling::div[contains(@class,'ui-chkbox')]"
                + "//div[contains(@class,'ui-chkbox-box')]");
    wait.until(ExpectedConditions.elementToBeClickable(box)).click();
    waitForPage();
  }
}
