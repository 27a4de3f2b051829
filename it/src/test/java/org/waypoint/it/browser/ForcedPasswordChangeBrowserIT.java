package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/**
 * An administrator sets a temporary password for someone who is signed in: their session's next
 * page does not go on (the services refuse it) but lands on the password page, not an error page,
 * and only the temporary password lets them go on. The two people share one browser: the user's
 * session cookie is put aside while the administrator signs in, then put back.
 */
class ForcedPasswordChangeBrowserIT extends BrowserTest {

  private static final String FIRST = "temporary river stone";
  private static final String OWN = "my own evening tide";
  private static final String RESET = "a second harbor lantern";
  private static final String AFTER = "the quiet orchard gate";

  private void changePassword(String current, String chosen) {
    type(By.id("passwordForm:currentPassword"), current);
    type(By.id("passwordForm:newPassword"), chosen);
    type(By.id("passwordForm:repeatPassword"), chosen);
    browser.findElement(By.id("passwordForm:change")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("pageMessages"), "Your password is changed."));
    waitForPage();
  }

  @Test
  void aResetWhileSignedInSendsTheUserToThePasswordPage() throws Exception {
    String username = TestNames.uniqueLastName("reset").toLowerCase();
    signIn("admin");
    open("admin");
    type(By.id("createForm:username"), username);
    type(By.id("createForm:displayName"), "Jordan Reset");
    type(By.id("createForm:password"), FIRST);
    browser.findElement(By.cssSelector("[id='createForm:roles'] label[for$='roles:1']")).click();
    browser
        .findElement(By.cssSelector("[id='createForm:programIds'] label[for$='programIds:0']"))
        .click();
    browser.findElement(By.id("createForm:create")).click();
    wait.until(ExpectedConditions.urlMatches(".*/waypoint/admin/user/[0-9]+$"));
    waitForPage();
    String userPage = browser.getCurrentUrl();
    signOut();

    // the new user signs in, chooses a password and works
    open("login");
    type(By.id("loginForm:username"), username);
    type(By.id("loginForm:password"), FIRST);
    browser.findElement(By.id("loginForm:signIn")).click();
    wait.until(ExpectedConditions.urlContains("/account/password"));
    waitForPage();
    changePassword(FIRST, OWN);
    open("clients");
    assertEquals("Clients", browser.findElement(By.tagName("h1")).getText());
    Cookie userSession = browser.manage().getCookieNamed("JSESSIONID");
    browser.manage().deleteAllCookies();

    // meanwhile the administrator sets a temporary password for them
    signIn("admin");
    browser.get(userPage);
    waitForPage();
    type(By.id("passwordForm:password"), RESET);
    browser.findElement(By.id("passwordForm:resetPassword")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("userStatus"), username));
    waitForPage();
    assertTrue(pageText().contains("Set a temporary password for"), pageText());
    browser.manage().deleteAllCookies();

    // the user's session, still signed in, asks for the dashboard: the services refuse it
    open("login");
    browser.manage().addCookie(userSession);
    open("");
    wait.until(ExpectedConditions.urlContains("/account/password"));
    waitForPage();
    screenshot("held");
    assertTrue(pageText().contains("Choose your own before you continue."), pageText());
    open("clients");
    wait.until(ExpectedConditions.urlContains("/account/password"));

    // the temporary password lets them go on, with a password of their own
    changePassword(RESET, AFTER);
    open("clients");
    assertEquals("Clients", browser.findElement(By.tagName("h1")).getText());
  }
}
