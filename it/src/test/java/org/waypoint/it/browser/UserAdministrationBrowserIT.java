package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.support.TestNames;

/** An administrator creates an account; its owner must choose a password before anything else. */
class UserAdministrationBrowserIT extends BrowserTest {

  @Test
  void aNewStaffMemberChoosesTheirOwnPasswordBeforeAnythingElse() throws Exception {
    String username = TestNames.uniqueLastName("nurse").toLowerCase();
    signIn("admin");
    open("admin");
    type(By.id("createForm:username"), username);
    type(By.id("createForm:displayName"), "Robin Nurse");
    type(By.id("createForm:password"), "temporary river stone");
    browser.findElement(By.cssSelector("[id='createForm:roles'] label[for$='roles:1']")).click();
    browser
        .findElement(By.cssSelector("[id='createForm:programIds'] label[for$='programIds:0']"))
        .click();
    browser.findElement(By.id("createForm:create")).click();
    wait.until(ExpectedConditions.urlMatches(".*/waypoint/admin/user/[0-9]+$"));
    waitForPage();
    screenshot("created");
    assertEquals("Robin Nurse", browser.findElement(By.id("userName")).getText());
    assertTrue(pageText().contains("must choose a password at next sign-in"), pageText());
    signOut();

    open("login");
    type(By.id("loginForm:username"), username);
    type(By.id("loginForm:password"), "temporary river stone");
    browser.findElement(By.id("loginForm:signIn")).click();
    wait.until(ExpectedConditions.urlContains("/account/password"));
    waitForPage();
    assertTrue(pageText().contains("Choose your own before you continue."), pageText());

    browser.get(url("clients"));
    wait.until(ExpectedConditions.urlContains("/account/password"));

    type(By.id("passwordForm:currentPassword"), "temporary river stone");
    type(By.id("passwordForm:newPassword"), "my own evening tide");
    type(By.id("passwordForm:repeatPassword"), "my own evening tide");
    browser.findElement(By.id("passwordForm:change")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("pageMessages"), "Your password is changed."));
    screenshot("changed");
    open("clients");
    assertEquals("Clients", browser.findElement(By.tagName("h1")).getText());
  }
}
