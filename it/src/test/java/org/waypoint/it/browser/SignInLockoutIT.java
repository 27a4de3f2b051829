package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Five wrong passwords lock an account for 15 minutes: even the right password is then refused,
 * with the same message as a wrong one. Among the browser tests only this one signs in as
 * clinician2, the account it locks; the lock holds whether or not an earlier run locked it.
 */
class SignInLockoutIT extends BrowserTest {

  private static final String LOCKED_ACCOUNT = "clinician2";

  private String attempt(String username, String password) {
    open("login");
    type(By.id("loginForm:username"), username);
    type(By.id("loginForm:password"), password);
    browser.findElement(By.id("loginForm:signIn")).click();
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("signedInAs")),
            ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error"))));
    waitForPage();
    return browser.findElements(By.cssSelector(".ui-messages-error")).isEmpty()
        ? "signed in"
        : browser.findElement(By.cssSelector(".ui-messages-error")).getText().strip();
  }

  @Test
  void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithTheSameMessage() throws Exception {
    String wrongMessage = null;
    for (int i = 0; i < 5; i++) {
      wrongMessage = attempt(LOCKED_ACCOUNT, "not-the-password-" + i);
      assertTrue(wrongMessage.contains("did not match"), wrongMessage);
    }

    String rightPasswordMessage = attempt(LOCKED_ACCOUNT, PASSWORD);
    screenshot("locked");

    assertEquals(wrongMessage, rightPasswordMessage, "a lock looks exactly like a wrong password");
    assertTrue(browser.findElements(By.id("signedInAs")).isEmpty());
    assertEquals("signed in", attempt("clinician", PASSWORD), "other accounts are not locked");
  }
}
