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
    PageSteps steps = new PageSteps(this);
    signIn("admin");
    steps.createAccount(
        username, "Robin Nurse", "temporary river stone", "Clinician", "Residential", false);
    screenshot("created");
    assertEquals("Robin Nurse", browser.findElement(By.id("userName")).getText());
    assertTrue(pageText().contains("must choose a password at next sign-in"), pageText());
    signOut();

    steps.signInWithTemporary(username, "temporary river stone");
    assertTrue(pageText().contains("Choose your own before you continue."), pageText());

    browser.get(url("clients"));
    wait.until(ExpectedConditions.urlContains("/account/password"));

    steps.chooseOwnPassword("temporary river stone", "my own evening tide");
    screenshot("changed");
    open("clients");
    assertEquals("Clients", browser.findElement(By.tagName("h1")).getText());
  }
}
