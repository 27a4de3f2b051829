package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The message a save leaves for the next page reaches that page, even when the same session sends
 * another request between the save's answer and the next page (an autosave the old page still had
 * queued, another tab). With Faces' flash, that request took the message and the user never read
 * it. Uses a group session draft of the clinician's, which no other test reads.
 */
@ExtendWith(ArquillianExtension.class)
class RedirectMessageBrowserIT extends BrowserTest {

  @Test
  void theSavedMessageWaitsForThePageTheSaveLeadsTo() {
    signIn("clinician");
    open("groups");
    choose("startForm:program", "Residential");
    type(By.id("startForm:topic"), "Messages that wait for their page");
    // between the save's answer and the next page, the session asks for another page first
    ((JavascriptExecutor) browser)
        .executeScript(
            "var processor = PrimeFaces.ajax.ResponseProcessor, go = processor.doRedirect;"
                + "processor.doRedirect = function (node) {"
                + "  var self = this, args = arguments;"
                + "  fetch('"
                + url("dashboard")
                + "',"
                + "        {credentials: 'same-origin'})"
                + "    .then(function (r) { return r.text(); })"
                + "    .then(function () {"
                + "      sessionStorage.setItem('between', 'asked');"
                + "      go.apply(self, args);"
                + "    });"
                + "};");
    submit(By.id("startForm:start"));
    wait.until(ExpectedConditions.urlMatches(".*/group/\\d+$"));
    assertEquals(
        "asked",
        ((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('between');"),
        "another request came between the save and its page");
    assertPageShows("Group session started. It is kept as you type.");
    assertFalse(
        browser.getCurrentUrl().contains("done="),
        "the address bar keeps no token: " + browser.getCurrentUrl());

    browser.navigate().refresh();
    waitForPage();
    assertFalse(
        pageText().contains("Group session started."), "a reload does not show the message again");
  }
}
