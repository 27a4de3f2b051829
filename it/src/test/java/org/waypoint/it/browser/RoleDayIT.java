package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.service.DaySeeds;
import org.waypoint.it.support.TestNames;

/**
 * A working day of each role, in Chromium, each from records of its own (made through the services
 * by {@link DaySeeds}, or on screen by the day itself), so no day depends on another test's demo
 * records or on the order the days run in. Intake registers, screens and admits a client with the
 * keyboard alone; a clinician records a check-in, revises the safety plan with the client and
 * writes and signs a note; a supervisor acknowledges an alert, co-signs a note, prints the
 * handover, approves a discharge and downloads its plan; a receiving colleague acknowledges a
 * handover; an administrator makes an account whose owner signs in and must choose a password. Each
 * day signs in once. Prints (and keeps in {@code target/reliability/days.txt}) how many days were
 * completed.
 */
class RoleDayIT extends BrowserTest {

  private static final List<String> DAYS =
      List.of("intake", "clinician", "supervisor", "receiver", "admin");
  private static final Set<String> COMPLETED = ConcurrentHashMap.newKeySet();
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  @AfterAll
  static void countTheDays() throws IOException {
    List<String> done = DAYS.stream().filter(COMPLETED::contains).toList();
    String line =
        "ROLE DAYS: "
            + done.size()
            + " of "
            + DAYS.size()
            + " days completed ("
            + String.join(", ", done)
            + ")";
    List<String> notDone = DAYS.stream().filter(d -> !COMPLETED.contains(d)).toList();
    if (!notDone.isEmpty()) {
      line += "; not completed: " + String.join(", ", notDone);
    }
    System.out.println(line);
    Path file = Path.of("target", "reliability", "days.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, line + "\n");
  }

  /**
   * Intake staff, with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; no click): sign
   * in, start an intake, fill every step, screen, place and admit the client.
   */
  @Test
  void intakeRegistersScreensAndAdmitsAClientWithTheKeyboardAlone() throws Exception {
    Keyboard keys = new Keyboard(this);
    String lastName = TestNames.uniqueLastName("Keyday");
    String today = TestNames.centerToday().format(US_DATE);
    open("login");
    keys.type("loginForm:username", "intake");
    keys.type("loginForm:password", PASSWORD);
    keys.enterIn("loginForm:password");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedInAs")));

    open("intake");
    keys.submit("startForm:start");
    wait.until(ExpectedConditions.textToBe(By.id("stepTitle"), "Referral"));
    keys.choose("intakeForm:source", "Hospital or emergency department");
    keys.type("intakeForm:referralDate_input", today);
    keys.type("intakeForm:reason", "Seen in the emergency department after cutting.");
    keys.submit("intakeForm:next");
    assertStep("Demographics");
    assertPageShows("Referral saved.");

    keys.type("intakeForm:legalFirstName", "Robin");
    keys.type("intakeForm:legalLastName", lastName);
    keys.type("intakeForm:dateOfBirth_input", "04/12/1998");
    keys.pick("intakeForm:language", "Spanish");
    keys.type("intakeForm:phone", "(312) 555-0177");
    keys.type("intakeForm:state", "il");
    // Enter in a field saves the step and goes on, as its main button does
    keys.enterIn("intakeForm:state");
    assertStep("Emergency contacts");

    keys.submit("intakeForm:addContact");
    keys.type("intakeForm:contacts:0:name", "Ana Ruiz");
    keys.type("intakeForm:contacts:0:relationship", "aunt");
    keys.type("intakeForm:contacts:0:phone", "(773) 555-0150");
    keys.tick("intakeForm:contacts:0:consent", null);
    keys.submit("intakeForm:next");
    assertStep("Payer");

    keys.pick("intakeForm:payerType", "Self-pay");
    keys.submit("intakeForm:next");
    assertStep("Consents");

    keys.tick("intakeForm:treatmentConsent", null);
    keys.type("intakeForm:treatmentConsentOn_input", today);
    keys.submit("intakeForm:next");
    assertStep("Concerns and history");

    keys.type("intakeForm:presentingConcerns", "Cutting most evenings; low mood.");
    keys.pick("intakeForm:selfHarmHistory", "Yes");
    keys.tick("intakeForm:methods", "Cutting or scratching");
    keys.choose("intakeForm:frequency", "Several times a week");
    keys.type("intakeForm:lastEpisodeOn_input", today);
    keys.pick("intakeForm:medicalCareNeeded", "No");
    keys.tick("intakeForm:conditions", "Depression");
    keys.submit("intakeForm:next");
    assertStep("Suicide screening");

    keys.pick("intakeForm:wishDead", "Yes");
    keys.pick("intakeForm:thoughts", "Yes");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intakeForm:method")));
    keys.pick("intakeForm:method", "Yes");
    keys.pick("intakeForm:intent", "No");
    keys.pick("intakeForm:plan", "No");
    keys.pick("intakeForm:behavior", "No");
    keys.submit("intakeForm:next");
    assertStep("Program and clinician");

    keys.choose("intakeForm:programId", "Residential");
    keys.choose("intakeForm:primaryClinicianId", "Dana Whitfield");
    keys.submit("intakeForm:next");
    assertStep("Admission");
    assertEquals(
        "High: has thought about a method (item 3)",
        browser.findElement(By.id("admissionRisk")).getText().strip());
    assertTrue(browser.findElements(By.id("stepsToComplete")).isEmpty(), pageText());
    screenshot("intake-admission");

    keys.submit("intakeForm:admit");
    wait.until(ExpectedConditions.urlMatches(".*/waypoint/client/[0-9]+$"));
    assertPageShows("Admitted " + lastName + ", Robin with MRN W");
    assertEquals("High", browser.findElement(By.id("riskLevel")).getText());
    screenshot("intake-admitted");
    COMPLETED.add("intake");
  }

  /**
   * Dana Whitfield with a client of her own, whose first plan was reviewed with them: a check-in,
   * the plan revised with the client, a session note written and signed.
   */
  @Test
  void clinicianRecordsACheckInRevisesThePlanAndSignsANote() throws Exception {
    Map<String, String> made = seed("clinician");
    String lastName = made.get("lastName");
    PageSteps steps = new PageSteps(this);
    signIn("clinician");
    String chart = chartPathOf(lastName);
    String client = chart.substring(chart.lastIndexOf('/') + 1);
    assertEquals(made.get("client"), client);

    open("check-in/" + client);
    assertPageShows("Check-in: " + lastName + ", Sky");
    pick("checkInForm:selfHarm", "None");
    steps.answerCalmly("2");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("computedLevel"), "Low"));
    submit(By.id("checkInForm:recordCheckIn"));
    assertPageShows("Check-in recorded. Low");
    screenshot("clinician-check-in");

    open(chart + "?section=safety-plan");
    submit(By.id("sections:safetyPlanForm:editPlan"));
    assertPageShows("Revising version 1");
    type(By.id("planForm:parts:1:entries:0:text"), "Hold ice cubes, then call my aunt");
    if (!browser.findElement(By.id("planForm:reviewedWithClient_input")).isSelected()) {
      tick("planForm:reviewedWithClient", null);
    }
    pick("planForm:acknowledgement", "Acknowledged verbally");
    type(By.id("planForm:note"), "Added the call after the ice, in the client's words.");
    submit(By.id("planForm:saveVersion"));
    assertPageShows("Safety plan version 2 saved.");
    assertTrue(
        browser.findElement(By.id("compareSummary")).getText().contains("1 changed"),
        browser.findElement(By.id("compareSummary")).getText());
    screenshot("clinician-plan");

    steps.startNote(client);
    steps.writeNote(
        "14:00",
        "14:50",
        "Says the week was calmer; slept most nights.",
        "Calm, on time, good eye contact.",
        "Urges low; uses the revised plan.",
        "Meet next week; review the plan then.");
    steps.signNote(PASSWORD, "Signed");
    assertPageShows("Signed by Dana Whitfield on");
    screenshot("clinician-note");
    COMPLETED.add("clinician");
  }

  /**
   * The supervisor of a program of the day's own: acknowledges the alert its High check-in raised,
   * co-signs a trainee's note, prints the shift's handover, approves a discharge and downloads the
   * discharge safety plan.
   */
  @Test
  void supervisorAcknowledgesCoSignsPrintsApprovesAndDownloads() throws Exception {
    Map<String, String> made = seed("supervisor");
    PageSteps steps = new PageSteps(this);
    signIn(made.get("supervisor"), DaySeeds.PASSWORD);

    String alert =
        steps.acknowledgeAlert(
            made.get("alertLastName"), "Sky", "Called the clinician; daily check-ins agreed.");
    assertTrue(alert.contains("High"), alert);
    screenshot("supervisor-alert");

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(PageSteps.coSignRow(made.get("trainee"))));
    String stamp = steps.coSign(made.get("trainee"));
    assertTrue(stamp.contains("Co-signed by " + made.get("supervisorName")), stamp);
    assertTrue(browser.getCurrentUrl().endsWith("/note/" + made.get("note")));
    screenshot("supervisor-co-signed");

    open("handover");
    choose("chooseForm:program", made.get("programName"));
    submit(By.id("chooseForm:show"));
    String handover = PageSteps.textOf(steps.printHandover());
    assertTrue(handover.contains(made.get("alertLastName")), handover);
    screenshot("supervisor-handover");

    String client = made.get("dischargeClient");
    assertTrue(
        steps.dischargePlanText(client).replaceAll("\\s", "").contains("DRAFT"),
        "a draft before approval");
    open("discharge/" + client);
    steps.approveDischarge();
    String state = browser.findElement(By.id("dischargeState")).getText();
    assertTrue(state.startsWith("Approved by " + made.get("supervisorName")), state);
    String plan = steps.dischargePlanText(client);
    assertFalse(plan.replaceAll("\\s", "").contains("DRAFT"), plan);
    assertTrue(plan.contains(made.get("dischargeLastName")), plan);
    screenshot("supervisor-discharge");
    COMPLETED.add("supervisor");
  }

  /** A colleague in a program of the day's own acknowledges the handover given to them. */
  @Test
  void receiverAcknowledgesTheHandover() throws Exception {
    Map<String, String> made = seed("receiver");
    signIn(made.get("receiver"), DaySeeds.PASSWORD);
    open(
        "handover?program="
            + made.get("program")
            + "&shift="
            + URLEncoder.encode(made.get("shift"), StandardCharsets.UTF_8));
    assertEquals(
        "Given, waiting for acknowledgement",
        browser.findElement(By.id("handoverState")).getText().strip());
    assertTrue(
        browser.findElement(By.id("givenBy")).getText().contains(made.get("giver")),
        browser.findElement(By.id("givenBy")).getText());
    assertPageShows(made.get("lastName"));
    new PageSteps(this).acknowledgeHandover("One new client; nothing to watch tonight.");
    assertTrue(
        browser.findElement(By.id("receivedBy")).getText().contains(made.get("receiverName")),
        browser.findElement(By.id("receivedBy")).getText());
    screenshot("receiver-acknowledged");
    COMPLETED.add("receiver");
  }

  /** The administrator makes an account; its owner signs in and must choose a password first. */
  @Test
  void adminCreatesAUserWhoMustChooseAPassword() throws Exception {
    String username = TestNames.uniqueLastName("dayuser").toLowerCase();
    PageSteps steps = new PageSteps(this);
    signIn("admin");
    steps.createAccount(
        username, "Jordan Dayshift", "temporary meadow gate", "Intake", "Residential", false);
    assertPageShows("must choose a password at next sign-in");
    signOut();

    steps.signInWithTemporary(username, "temporary meadow gate");
    open("clients");
    wait.until(ExpectedConditions.urlContains("/account/password"));
    steps.chooseOwnPassword("temporary meadow gate", "jordan's own quiet meadow");
    open("intake");
    assertEquals("Intake", browser.findElement(By.tagName("h1")).getText());
    screenshot("admin-new-user");
    COMPLETED.add("admin");
  }

  private void assertStep(String step) throws IOException {
    String shown = browser.findElement(By.id("stepTitle")).getText();
    if (!step.equals(shown)) {
      screenshot("stuck-before-" + step.replace(' ', '-'));
    }
    assertEquals(step, shown, pageText());
  }
}
