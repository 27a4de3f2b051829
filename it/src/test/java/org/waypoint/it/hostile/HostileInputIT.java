package org.waypoint.it.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.hostile.HostileInput.Expect;
import org.waypoint.it.hostile.HostileInput.FieldKind;
import org.waypoint.it.hostile.WebSession.Reply;
import org.waypoint.it.support.TestNames;

/**
 * Every class of {@link HostileInput} on every field of every form, over plain HTTP: each try sends
 * the form as the page shows it, with valid entries everywhere but in one field, and checks that no
 * answer is a server error or shows a stack trace, that a refusal is worded next to the field and
 * changed nothing in the database, and that accepted text is shown back exactly, as text (never as
 * markup). The fields are read from each page's own form, so a new field is tried as soon as it is
 * on the page. Prints the count of forms x fields x classes tried.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  static final String PASSWORD = "waypoint-demo";
  private static final Pattern STACK_TRACE =
      Pattern.compile(
          // bounded repetitions: an answer may echo a 100,000-letter word, which an unbounded
          // one would scan again from each of its letters
          "\\.java:\\d+\\)|\\bat (org|java|jakarta|com|io)\\.[\\w.$]{1,300}\\(|Caused by:|"
              + "[\\w.]{1,200}(Exception|Error): |NullPointerException|IllegalStateException");

  /**
   * Accepted hostile text every registered client carries (right-to-left letters: the name fields
   * refuse markup and emoji), checked on the chart and in the face sheet PDF.
   */
  private static final String PREFERRED_NAME = "Robin مرحبا שלום";

  private static final String PRONOUNS = "هو/הוא";

  /**
   * Where a form shows what it saved, when that is the page its save leads to (a new record's own
   * page): read there rather than in a list, which other tests' records can page it out of.
   */
  static final String SAVED_PAGE = "(the page the save led to)";

  /** A baseline value: the field's first option that is a choice (not "choose…"). */
  static final String FIRST_OPTION = "first option";

  @ArquillianResource URL deploymentUrl;

  String origin;
  WebSession probe;

  /** This test's failures: each test fails on its own. */
  private final List<String> failures = new ArrayList<>();

  /**
   * What every test of the class tried, summed for the one count printed after the last of them
   * (the tests share the deployment and run one after another, in any order).
   */
  static final class Tally {
    final Set<String> forms = new LinkedHashSet<>();
    final Set<String> fields = new LinkedHashSet<>();
    final Map<HostileInput, Integer> classesTried = new EnumMap<>(HostileInput.class);
    final List<String> knownOpen = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    int tries;
    int refused;
    int accepted;
    int tryNumber;
    int pdfTexts;
    long sendNanos;
    long fingerprintNanos;
    final long started = System.nanoTime();
  }

  static final Tally TALLY = new Tally();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return HostileDeployment.waypointWithProbe();
  }

  /**
   * One form as the inventory knows it.
   *
   * @param name how the count names it
   * @param page the page that holds it
   * @param formId its id
   * @param button the button that saves it
   * @param ajax whether that button sends PrimeFaces' Ajax request (as the page does)
   * @param baseline valid entries for fields the page leaves empty ({@code label:X} picks the
   *     option labelled X); other empty choices take their first option
   * @param shownAt where a saved entry is shown: {@code null} for the form's own page, {@link
   *     #SAVED_PAGE} for the page the save led to
   * @param expandedTable a table on that page whose first row's details show the entry (opened as
   *     its row toggle does), or {@code null}
   * @param outOfReach the same page for a client outside the user's reach, or {@code null} when the
   *     form is not about a client
   * @param prelude a component whose Ajax request, sent with the valid entries before any try,
   *     shows fields the page holds back until a choice is made (the safety plan's "acknowledged
   *     with" once "verbally" is chosen), or {@code null}
   */
  record Form(
      String name,
      String page,
      String formId,
      String button,
      boolean ajax,
      Map<String, String> baseline,
      String shownAt,
      String expandedTable,
      String outOfReach,
      String prelude) {

    Form(
        String name,
        String page,
        String formId,
        String button,
        boolean ajax,
        Map<String, String> baseline,
        String shownAt,
        String expandedTable,
        String outOfReach) {
      this(name, page, formId, button, ajax, baseline, shownAt, expandedTable, outOfReach, null);
    }
  }

  /** Signs the probe in; every test starts here. */
  private void start() {
    URI base = URI.create(deploymentUrl.toString());
    origin = base.getScheme() + "://" + base.getAuthority();
    probe = new WebSession(origin, "probe");
  }

  /** A signed-in session of a demo account. */
  WebSession signIn(String user) throws Exception {
    return new WebSession(origin, user).signIn(PASSWORD);
  }

  // ------------------------------------------------------------ the tests: forms by area

  /** Intake's eight steps, the check-in, precautions and the session note's draft. */
  @Test
  void intakeCheckInPrecautionsAndNoteDraft() throws Exception {
    start();
    WebSession intake = new WebSession(origin, "intake").signIn(PASSWORD);
    String today = HostileInput.ordinaryDate(TestNames.centerToday());
    String intakePath = startIntake(intake);
    for (Form form : intakeSteps(intakePath, "Residential", "Dana Whitfield")) {
      tryEveryField(intake, form);
    }
    long clientId = admit(intake, intakePath, today);
    long outOfReach = registerClient(intake, "Partial Hospitalization", "Marcus Lee");
    WebSession clinician = new WebSession(origin, "clinician").signIn(PASSWORD);
    shownInChartAndPdf(clinician, clientId);

    Form checkIn =
        new Form(
            "check-in",
            "check-in/" + clientId,
            "checkInForm",
            "checkInForm:recordCheckIn",
            true,
            Map.of(
                "checkInForm:selfHarm", "false",
                "checkInForm:wishDead", "false",
                "checkInForm:thoughts", "false",
                "checkInForm:behavior", "false"),
            "client/" + clientId + "?section=check-ins",
            "checkIns",
            "check-in/" + outOfReach);
    tryEveryField(clinician, checkIn);

    Form precautions =
        new Form(
            "precautions",
            "client/" + clientId + "?section=precautions",
            "sections:precautionForm",
            "sections:precautionForm:startPrecaution",
            true,
            Map.of(
                "sections:precautionForm:kind_input", FIRST_OPTION,
                "sections:precautionForm:observationLevel_input", FIRST_OPTION,
                "sections:precautionForm:details", "Room checks."),
            "client/" + clientId + "?section=precautions",
            null,
            null);
    tryEveryField(clinician, precautions);
    // ending one: each accepted end note ends the precaution, so another is started for the next
    tryEveryField(
        clinician,
        new Form(
            "precautions (end)",
            precautions.page(),
            precautions.formId(),
            "sections:precautionForm:activeList:0:endPrecaution",
            true,
            // the Ajax request here sends the whole form (the page's button sends only itself and
            // the end note): the fields for starting one hold valid entries, which ending ignores
            precautions.baseline(),
            precautions.shownAt(),
            null,
            null),
        () -> {
          Reply started = submit(clinician, precautions, null, null);
          if (!saved(precautions, started)) {
            throw new AssertionError("no precaution started: " + fieldMessages(started.page()));
          }
          return null;
        });

    String notes = "client/" + clientId + "?section=notes";
    tryEveryField(
        clinician,
        new Form(
            "session notes filter",
            notes,
            "sections:notesForm",
            "sections:notesForm:applyFilters",
            true,
            Map.of(),
            notes,
            null,
            null));

    String note = startNote(clinician, clientId);
    tryEveryField(
        clinician,
        new Form(
            "session note (draft)",
            note,
            "noteForm",
            REMOTE_COMMAND + "noteSaveAll",
            true,
            Map.of(
                // today, from midnight (a later start could be in the future): the menu of the
                // contact day's check-ins then holds the check-ins tried above, and is tried too
                "noteForm:contactDate_input",
                HostileInput.ordinaryDate(TestNames.centerToday()),
                "noteForm:startTime",
                "00:00",
                "noteForm:endTime",
                "00:50"),
            null,
            null,
            null));
    shownInNotePdf(clinician, note);

    // the follow-up of a high-risk check-in: a supervisor acknowledges its alert with a note, the
    // clinician closes the plan's review task with an outcome; each accepted try ends the alert or
    // the task, so another high-risk check-in raises the next
    Map<String, String> urgent = new LinkedHashMap<>(checkIn.baseline());
    urgent.put("checkInForm:urge", "8");
    Form highRisk =
        new Form(
            "check-in (high risk)",
            checkIn.page(),
            checkIn.formId(),
            checkIn.button(),
            true,
            urgent,
            null,
            null,
            null);
    Renewal raise =
        () -> {
          Reply recorded = submit(clinician, highRisk, null, null);
          if (!saved(highRisk, recorded)) {
            throw new AssertionError(
                "no high-risk check-in: "
                    + fieldMessages(recorded.page())
                    + summary(recorded.page()));
          }
          return null;
        };
    String followUp = "client/" + clientId + "?section=check-ins";
    tryEveryField(
        signIn("supervisor"),
        new Form(
            "check-in alert (acknowledged with a note)",
            followUp,
            "sections:checkInsForm",
            "sections:checkInsForm:alerts:0:acknowledge",
            true,
            Map.of(),
            followUp,
            null,
            null),
        raise);
    tryEveryField(
        clinician,
        new Form(
            "plan review task (closed with an outcome)",
            followUp,
            "sections:checkInsForm",
            "sections:checkInsForm:tasks:0:closeTask",
            true,
            Map.of(
                "sections:checkInsForm:tasks:0:outcome",
                "Plan reviewed with the client; the steps still fit."),
            followUp,
            null,
            null),
        raise);

    noFailures();
  }

  /**
   * The discharge editor (with an aftercare appointment saved first, so its fields are on the
   * form), a safety plan's new version (with an entry in every part), signing a session note (its
   * password) and an addendum to the signed note.
   */
  @Test
  void dischargeSafetyPlanSigningAndAddenda() throws Exception {
    start();
    WebSession intake = signIn("intake");
    long clientId = registerClient(intake, "Residential", "Dana Whitfield");
    long outOfReach = registerClient(intake, "Partial Hospitalization", "Marcus Lee");
    WebSession clinician = signIn("clinician");
    java.time.LocalDate today = TestNames.centerToday();

    String discharge = "discharge/" + clientId;
    Map<String, String> plan = new LinkedHashMap<>();
    plan.put("dischargeForm:plannedDate_input", HostileInput.ordinaryDate(today.plusDays(5)));
    plan.put("dischargeForm:kind_input", "PLANNED");
    plan.put("dischargeForm:reason", "Treatment goals met.");
    plan.put("dischargeForm:lethalMeans", "Her mother keeps the medicines locked away.");
    Map<String, String> appointment = new LinkedHashMap<>(plan);
    appointment.put(":appointments:0:date_input", HostileInput.ordinaryDate(today.plusDays(7)));
    appointment.put(":appointments:0:time_input", "10:00 AM");
    appointment.put(":appointments:0:provider", "Lakeside Counseling");
    appointment.put(":appointments:0:address", "12 Lake Street, Springfield");
    appointment.put(":appointments:0:phone", "(312) 555-0142");
    addRowsAndSave(
        clinician,
        discharge,
        "dischargeForm",
        List.of("dischargeForm:addAppointment"),
        "dischargeForm:save",
        true,
        appointment);
    tryEveryField(
        clinician,
        new Form(
            "discharge plan (draft)",
            discharge,
            "dischargeForm",
            "dischargeForm:save",
            true,
            plan,
            null,
            null,
            "discharge/" + outOfReach));

    // the discharge approved and its date moved back by the probe, so the first follow-up call is
    // due today: its outcome and next step; each accepted record is set back to "not called yet"
    Map<String, String> explained = new LinkedHashMap<>(plan);
    explained.put("dischargeForm:crisisResources_input", "on");
    // a reason for every item the tries left unmet (an appointment's date may be 30 years on);
    // one sent for an item met is not on the page and is ignored
    for (int item = 0; item < 4; item++) {
      explained.put("dischargeForm:checklist:" + item + ":reason", "Agreed with her mother.");
    }
    Reply ready =
        submit(
            clinician,
            new Form(
                "discharge plan (explained)",
                discharge,
                "dischargeForm",
                "dischargeForm:save",
                true,
                explained,
                null,
                null,
                null),
            null,
            null);
    Form approval =
        new Form(
            "discharge approval",
            discharge,
            "dischargeForm",
            "dischargeForm:approve",
            true,
            Map.of(),
            null,
            null,
            null);
    Reply approved = submit(signIn("supervisor"), approval, null, null);
    if (!saved(approval, approved) || !saved(approval, ready)) {
      throw new AssertionError(
          "the discharge was not approved: "
              + fieldMessages(ready.page())
              + fieldMessages(approved.page())
              + summary(approved.page()));
    }
    dischargeCalls(clientId, "backdate", "8");
    String calls = "client/" + clientId + "?section=discharge";
    tryEveryField(
        clinician,
        new Form(
            "discharge follow-up call",
            calls,
            "sections:dischargeTabForm",
            "sections:dischargeTabForm:calls:0:recordCall",
            true,
            Map.of("sections:dischargeTabForm:calls:0:outcome_input", "MESSAGE_LEFT"),
            calls,
            null,
            null),
        () -> {
          dischargeCalls(clientId, "reopen", null);
          return null;
        });

    String editor = "safety-plan/" + clientId;
    Document empty = clinician.get(editor).page();
    List<String> adds = empty.select("button[id$=:addEntry]").stream().map(Element::id).toList();
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(":text", "Walk the dog and call Sam.");
    entries.put(":relationship", "Friend");
    entries.put(":phone", "(312) 555-0188");
    entries.put(":heldBy", "Her mother");
    entries.put("planForm:acknowledgement", "NOT_YET");
    addRowsAndSave(clinician, editor, "planForm", adds, "planForm:saveVersion", false, entries);
    tryEveryField(
        clinician,
        new Form(
            "safety plan (new version)",
            editor,
            "planForm",
            "planForm:saveVersion",
            false,
            Map.of(
                "planForm:acknowledgement",
                "VERBAL",
                "planForm:acknowledgedWith",
                "The client and her sister"),
            "client/" + clientId + "?section=safety-plan",
            null,
            "safety-plan/" + outOfReach,
            // "verbally" chosen, as its radio's Ajax request does, shows "acknowledged with"
            "planForm:acknowledgement"));

    String note = startNote(clinician, clientId);
    Form signing = signing(clinician, note);
    // every class on the password (a wrong one never counts towards locking the account); the
    // note's other fields are the draft's, tried above: an accepted try here would sign the note
    trySigningPassword(clinician, signing);

    Form addendum =
        new Form(
            "addendum to a signed note",
            note,
            "addendumForm",
            "addendumForm:addAddendum",
            false,
            Map.of(
                "addendumForm:text", "The client called back after the session.",
                "addendumForm:reason", "Information received after signing."),
            note,
            null,
            null);
    tryEveryField(clinician, addendum);

    // a supervisor returns a note awaiting co-signature with a comment: each accepted comment
    // returns the note, so its author signs another for the next try
    WebSession author = coSignedAuthor("Partial Hospitalization");
    WebSession supervisor = signIn("supervisor");
    tryEveryField(
        supervisor,
        null,
        () -> {
          String awaiting = startNote(author, outOfReach);
          Reply signed = signAsIs(author, signing(author, awaiting));
          if (!signed.redirected()) {
            throw new AssertionError(
                "the note to review was not signed: " + fieldMessages(signed.page()));
          }
          return new Form(
              "note review (returned with a comment)",
              awaiting,
              "reviewForm",
              "reviewForm:returnNote",
              true,
              Map.of(),
              awaiting,
              null,
              null);
        });

    noFailures();
  }

  /**
   * Moves a client's discharge back in time, or opens its calls again ({@link
   * DischargeCallsServlet}).
   */
  private void dischargeCalls(long clientId, String action, String days) throws Exception {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("client", List.of(Long.toString(clientId)));
    values.put("action", List.of(action));
    if (days != null) {
      values.put("days", List.of(days));
    }
    Reply done = probe.post(origin + "/waypoint-probe/discharge-calls", values, null, null);
    if (done.status() != 200) {
      throw new AssertionError("the discharge-calls probe answered " + done.status());
    }
  }

  /**
   * Signs in a clinician of the test's own, working in a program, whose signed notes wait for a
   * supervisor's co-signature ({@link ShiftSetupServlet}; the demo one is locked for a while by the
   * sign-in lockout's browser test, in the same test database).
   */
  private WebSession coSignedAuthor(String program) throws Exception {
    String username = "cosign" + Long.toString(System.nanoTime(), 36);
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("coSigned", List.of(username));
    values.put("inProgram", List.of(program));
    Reply made = probe.post(origin + "/waypoint-probe/shift-setup", values, null, null);
    if (made.status() != 200) {
      throw new AssertionError("no co-signed clinician: " + made.status() + " " + made.body());
    }
    return signIn(username);
  }

  /** Signing a note as it stands in the editor, with content that may be signed. */
  private static Form signing(WebSession author, String note) throws Exception {
    Map<String, String> content = new LinkedHashMap<>();
    content.put(
        "noteForm:contactDate_input",
        HostileInput.ordinaryDate(TestNames.centerToday().minusDays(1)));
    content.put("noteForm:startTime", "10:00");
    content.put("noteForm:endTime", "10:50");
    JsfForm.of(author.get(note).page(), "noteForm").fields().stream()
        .filter(f -> f.kind() == FieldKind.TEXT && f.name().endsWith(":text"))
        .forEach(f -> content.put(f.name(), "Talked through the week; coping plan used."));
    return new Form(
        "session note (signing)",
        note,
        "noteForm",
        "noteForm:confirmSign",
        true,
        content,
        null,
        null,
        null);
  }

  private static final Field SIGNING_PASSWORD =
      new Field("noteForm:password", "noteForm:password", FieldKind.TEXT, 0, List.of());

  /** Signs with the right password. */
  private Reply signAsIs(WebSession author, Form signing) throws Exception {
    return submit(author, signing, SIGNING_PASSWORD, PASSWORD);
  }

  /**
   * Every class of hostile input on a note's signing password, then the note signed with the right
   * one: each wrong password must be refused next to the field, with nothing saved.
   */
  private void trySigningPassword(WebSession clinician, Form signing) throws Exception {
    Document page = clinician.get(signing.page()).page();
    Field password =
        JsfForm.of(page, signing.formId()).fields().stream()
            .filter(f -> f.name().equals("noteForm:password"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no password on " + signing.page()));
    TALLY.forms.add(signing.name());
    lastFingerprint = null;
    prepared = null;
    for (HostileInput input : HostileInput.values()) {
      if (input.kinds.contains(password.kind())) {
        TALLY.fields.add(signing.name() + " " + password.componentId());
        TALLY.classesTried.merge(input, 1, Integer::sum);
        tryOne(clinician, signing, password, input);
      }
    }
    TALLY.fields.add(signing.name() + " (the form)");
    TALLY.classesTried.merge(HostileInput.FOREIGN_VIEW_STATE, 1, Integer::sum);
    TALLY.tries++;
    foreignViewState(clinician, signing);
    lastFingerprint = null;
    Reply signed = signAsIs(clinician, signing);
    if (!signed.redirected()) {
      throw new AssertionError(
          "the note was not signed: " + fieldMessages(signed.page()) + summary(signed.page()));
    }
  }

  private static void fillNamed(Map<String, List<String>> values, Map<String, String> fill) {
    for (Map.Entry<String, String> f : fill.entrySet()) {
      if (!f.getKey().startsWith(":")) {
        values.put(f.getKey(), List.of(f.getValue()));
      }
    }
  }

  /**
   * Adds rows to a form with its Ajax buttons (an appointment, a plan's entries), fills every field
   * of the page whose name ends with (or is) a key, and saves: the rows are then part of the saved
   * record, and on the form whenever its page is read.
   */
  private static void addRowsAndSave(
      WebSession session,
      String path,
      String formId,
      List<String> addButtons,
      String saveButton,
      boolean ajax,
      Map<String, String> fill)
      throws Exception {
    Document page = session.get(path).page();
    String action = page.getElementById(formId).attr("action");
    Map<String, List<String>> values = JsfForm.of(page, formId).values();
    // the form's own fields are filled first: an add button sends the whole form, and does
    // nothing when what it sends is refused
    fillNamed(values, fill);
    for (String add : addButtons) {
      Reply added = session.post(action, values, add, formId);
      if (added.viewState() == null) {
        throw new AssertionError(add + " answered no form: " + added.body());
      }
      Document form = added.page();
      values = JsfForm.of(form, formId).values();
      values.put(JsfForm.VIEW_STATE, List.of(added.viewState()));
      fillNamed(values, fill);
    }
    for (Map.Entry<String, String> f : fill.entrySet()) {
      boolean found = false;
      for (String name : new ArrayList<>(values.keySet())) {
        if (f.getKey().startsWith(":") && name.endsWith(f.getKey())) {
          values.put(name, List.of(f.getValue()));
          found = true;
        }
      }
      if (f.getKey().startsWith(":") && !found) {
        throw new AssertionError(path + ": no field " + f.getKey() + " after adding the rows");
      }
    }
    if (!ajax) {
      values.put(saveButton, List.of(""));
    }
    Reply saved = session.post(action, values, ajax ? saveButton : null, formId);
    boolean ok =
        ajax
            ? !saved.validationFailed() && saved.page().select(".ui-message-error").isEmpty()
            : saved.redirected();
    if (!ok) {
      throw new AssertionError(
          path
              + ": the rows were not saved: "
              + fieldMessages(saved.page())
              + summary(saved.page()));
    }
  }

  /**
   * User administration (creating an account; an account's access, co-signature, password reset and
   * enabling), the password change and the emergency-access reason: {@link AccountForms}.
   */
  @Test
  void accountsAndAccess() throws Exception {
    start();
    AccountForms.tryAll(this);
    noFailures();
  }

  /**
   * The shift handover's forms (choosing a shift, giving it, acknowledging it with a synthesis) in
   * programs of the test's own, an intake's withdrawal with its reason, a group session's start and
   * draft with an attendee's note, the dashboard's alert acknowledgement and the chart's consent
   * revocation ({@link ShiftForms}).
   */
  @Test
  void groupsHandoverAndWithdrawal() throws Exception {
    start();
    ShiftForms.tryAll(this);
    noFailures();
  }

  /** The steps of an intake, each with valid entries for the fields it needs. */
  static List<Form> intakeSteps(String intakePath, String program, String clinician) {
    String today = HostileInput.ordinaryDate(TestNames.centerToday());
    return List.of(
        step(
            intakePath,
            "referral",
            Map.of("source_input", "SELF", "referralDate_input", today, "reason", "Seen.")),
        step(
            intakePath,
            "demographics",
            Map.of(
                "legalFirstName", "Robin",
                "preferredName", PREFERRED_NAME,
                "pronouns", PRONOUNS,
                "legalLastName", TestNames.uniqueLastName("Hostile"),
                "dateOfBirth_input", "04/12/1998",
                "phone", "(312) 555-0177",
                "state", "IL",
                "postalCode", "60601")),
        step(intakePath, "contacts", Map.of("noEmergencyContact_input", "on")),
        step(intakePath, "payer", Map.of("payerType", "label:Self-pay")),
        step(
            intakePath,
            "consents",
            Map.of("treatmentConsent_input", "on", "treatmentConsentOn_input", today)),
        step(
            intakePath,
            "history",
            // a history given in full, so every detail field is tried (with "no", any detail
            // is refused by design)
            Map.of(
                "presentingConcerns", "Low mood.",
                "selfHarmHistory", "true",
                "methods", "CUTTING",
                "frequency_input", "ONCE",
                "lastEpisodeOn_input",
                    HostileInput.ordinaryDate(TestNames.centerToday().minusMonths(2)),
                "medicalCareNeeded", "false")),
        step(
            intakePath,
            "screening",
            Map.of("wishDead", "false", "thoughts", "false", "behavior", "false")),
        step(
            intakePath,
            "placement",
            Map.of(
                "programId_input", "label:" + program,
                "primaryClinicianId_input", "label:" + clinician)));
  }

  /**
   * Accepted hostile text (Arabic and Hebrew among Latin letters) shows exactly on the client's
   * chart and in the face sheet PDF.
   */
  private void shownInChartAndPdf(WebSession session, long clientId) throws Exception {
    Document chart = session.get("client/" + clientId).page();
    escaped("chart", chart);
    for (String text : List.of(PREFERRED_NAME, PRONOUNS)) {
      if (chart.getAllElements().stream().noneMatch(e -> e.wholeText().contains(text))) {
        fail("chart", "does not show " + printable(text));
      }
    }
    var pdf = session.bytes("reports/face-sheet/" + clientId);
    if (pdf.statusCode() != 200) {
      fail("face sheet PDF", "answered " + pdf.statusCode());
      return;
    }
    String text;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document);
    }
    for (String shown : List.of("مرحبا", "שלום", "هو", "הוא")) {
      if (!text.contains(shown)) {
        fail("face sheet PDF", "does not show " + printable(shown) + " in:\n" + text);
      }
    }
    TALLY.pdfTexts += 4;
  }

  /** Accepted hostile text kept in a note, checked in the note's page and its PDF. */
  private static final String NOTE_TEXT =
      "<b data-hostile=\"pdf\">bold</b> <script>alert('hpdf')</script> O'Brien \"; DROP TABLE"
          + " client; -- %_ مرحبا שלום";

  private static final List<String> NOTE_PDF_PIECES =
      List.of(
          "<b data-hostile=\"pdf\">bold</b>", "O'Brien", "DROP TABLE client; --", "مرحبا", "שלום");

  /**
   * Markup, SQL and right-to-left text saved in a note's first part come back exactly in the editor
   * (as text) and in the note's PDF (as text, not as styled markup).
   */
  private void shownInNotePdf(WebSession clinician, String note) throws Exception {
    Form form =
        new Form(
            "session note (PDF)",
            note,
            "noteForm",
            REMOTE_COMMAND + "noteSaveAll",
            true,
            Map.of(),
            null,
            null,
            null);
    Prepared ready = prepare(clinician, form);
    Field text =
        JsfForm.of(ready.page(), "noteForm").fields().stream()
            .filter(f -> f.kind() == FieldKind.TEXT && f.name().endsWith(":text"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no note part on " + note));
    Reply saved = send(clinician, form, ready, text, NOTE_TEXT);
    if (!saved(form, saved)) {
      fail(form.name(), "refused: " + fieldMessages(saved.page()) + " " + summary(saved.page()));
      return;
    }
    roundTrip(clinician, form, saved, text, HostileInput.SCRIPT_AND_HTML, NOTE_TEXT, form.name());
    var pdf = clinician.bytes("reports/session-note/" + note.substring(note.indexOf('/') + 1));
    if (pdf.statusCode() != 200) {
      fail(form.name(), "the note's PDF answered " + pdf.statusCode());
      return;
    }
    String printed;
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      printed = new PDFTextStripper().getText(document);
    }
    for (String piece : NOTE_PDF_PIECES) {
      if (!printed.contains(piece)) {
        fail(form.name(), "the note's PDF does not show " + printable(piece) + " in:\n" + printed);
      }
    }
    TALLY.pdfTexts += NOTE_PDF_PIECES.size();
  }

  /**
   * Fields on a form's page that its save does not send to the service: they belong to another
   * action of the page, tried with that action (the note's password with signing) or with a form of
   * their own.
   */
  private static final Set<String> NOT_THIS_ACTION =
      Set.of(
          "session note (draft) / noteForm:password",
          // the note for ending a precaution (its "end" action, tried as a form of its own)
          "precautions / sections:precautionForm:endNote",
          // and the fields for starting one, which ending does not read
          "precautions (end) / sections:precautionForm:kind",
          "precautions (end) / sections:precautionForm:observationLevel",
          "precautions (end) / sections:precautionForm:details",
          "precautions (end) / sections:precautionForm:until",
          // the follow-up tab: a review task's outcome beside the alerts, and the reverse
          "check-in alert (acknowledged with a note) / sections:checkInsForm:tasks:0:outcome",
          "plan review task (closed with an outcome) / sections:checkInsForm:alerts:0:note",
          // the group's signing dialog: its password is for signing, not for keeping the draft
          "group session (draft) / groupForm:password");

  /**
   * Tries refused by a rule between two fields, worded beside the other field (where the user must
   * look to resolve it): "form / component / class constant" to that other component.
   */
  private static final Map<String, String> BESIDE_ANOTHER =
      Map.of(
          // a discharge 30 years on puts the aftercare appointment before it: said beside the
          // appointment's date, which must then move
          "discharge plan (draft) / dischargeForm:plannedDate / FUTURE_DATE",
          "dischargeForm:appointments:0:date");

  /**
   * Tries that fail and are not fixed yet, each with what is known; the report lists them, and
   * reliability.md's Open section names them. Keyed "form / component / class constant".
   */
  private static final Map<String, String> KNOWN_OPEN = Map.of();

  /**
   * How accepted text round-trips where a form never shows it back (a password: it signs in), or
   * shows it as a rule of its own makes it (a username, stripped and lower-cased): an area's own
   * check, keyed "form / component".
   */
  final Map<String, OwnRoundTrip> ownRoundTrips = new HashMap<>();

  /** An area's own round trip of accepted text. */
  @FunctionalInterface
  interface OwnRoundTrip {
    /**
     * @param session the session that saved it
     * @param saved the save's answer
     * @param value the text sent
     * @param what the try, for a failure
     */
    void check(WebSession session, Reply saved, String value, String what) throws Exception;
  }

  /**
   * The password of each account a test created and signs in again (a foreign view state is sent by
   * a second session of the same user); demo accounts have {@link #PASSWORD}.
   */
  final Map<String, String> passwords = new HashMap<>();

  /** A form's button given as a remote command's name: the page's script sends it. */
  static final String REMOTE_COMMAND = "remoteCommand:";

  /** The form being tried, ready to send again after a refused try. */
  Prepared prepared;

  String lastFingerprint;

  /** Registers a client through the intake screens with valid entries only. */
  long registerClient(WebSession intake, String program, String clinician) throws Exception {
    String path = startIntake(intake);
    for (Form step : intakeSteps(path, program, clinician)) {
      Reply saved = submit(intake, step, null, null);
      if (!saved(step, saved)) {
        throw new AssertionError(step.name() + " refused:\n" + fieldMessages(saved.page()));
      }
    }
    return admit(intake, path, HostileInput.ordinaryDate(TestNames.centerToday()));
  }

  private static Form step(String intakePath, String step, Map<String, String> baseline) {
    Map<String, String> named = new LinkedHashMap<>();
    baseline.forEach((k, v) -> named.put("intakeForm:" + k, v));
    return new Form(
        "intake: " + step,
        intakePath + "?step=" + step,
        "intakeForm",
        "intakeForm:save",
        false,
        named,
        null,
        null,
        null);
  }

  /** Starts a session note for a client and returns its editor's path. */
  private static String startNote(WebSession clinician, long clientId) throws Exception {
    Reply started = clinician.get("note/new?client=" + clientId);
    Matcher note = Pattern.compile("/note/(\\d+)").matcher(started.url());
    if (!note.find()) {
      throw new AssertionError("no note started: " + started.url() + "\n" + started.page().text());
    }
    return "note/" + note.group(1);
  }

  /** Starts an intake and returns its page's path. */
  String startIntake(WebSession intake) throws Exception {
    Document list = intake.get("intake").page();
    JsfForm start = JsfForm.of(list, "startForm");
    Map<String, List<String>> values = start.values();
    values.put("startForm:start", List.of(""));
    Reply started =
        intake.post(list.getElementById("startForm").attr("action"), values, null, null);
    if (!started.redirected() || !started.url().matches(".*/intake/\\d+.*")) {
      throw new AssertionError(
          "no intake started: " + started.url() + "\n" + started.page().text());
    }
    return URI.create(started.url()).getPath().replaceFirst("^/waypoint/", "");
  }

  long admit(WebSession intake, String intakePath, String today) throws Exception {
    Document page = intake.get(intakePath + "?step=admission").page();
    JsfForm form = JsfForm.of(page, "intakeForm");
    Map<String, List<String>> values = form.values();
    values.put("intakeForm:admissionDate_input", List.of(today));
    values.put("intakeForm:admit", List.of(""));
    Reply admitted =
        intake.post(page.getElementById("intakeForm").attr("action"), values, null, null);
    Matcher client = Pattern.compile("/client/(\\d+)").matcher(admitted.url());
    if (!client.find()) {
      throw new AssertionError("not admitted:\n" + admitted.page().text());
    }
    return Long.parseLong(client.group(1));
  }

  // ---------------------------------------------------------------- one form

  /** Makes a new record for a form whose save ends the one it acts on. */
  @FunctionalInterface
  interface Renewal {
    /**
     * @return the form for the new record, or {@code null} when the form stays the same
     */
    Form renew() throws Exception;
  }

  void tryEveryField(WebSession session, Form form) throws Exception {
    tryEveryField(session, form, null);
  }

  /**
   * Every class on every field of a form, then a foreign view state and a client out of reach.
   *
   * @param renewal for a form whose save ends the record it acts on (an alert acknowledged, a
   *     precaution ended): it makes one before the first try and a new one after each accepted try,
   *     and no valid baseline is saved (it would end the record); {@code null} for a form saved
   *     again and again
   */
  void tryEveryField(WebSession session, Form first, Renewal renewal) throws Exception {
    Form form = first;
    if (renewal != null) {
      form = renewed(renewal, form);
    } else {
      saveBaseline(session, form);
    }
    // the fields are those of the page the saved baseline leaves: a field its entries take off
    // the page (a checklist item they meet, a menu of another day's check-ins) is no longer part
    // of the form, and a value sent for it is rightly ignored
    List<Field> found = JsfForm.of(prepare(session, form).page(), form.formId()).fields();
    TALLY.forms.add(form.name());
    lastFingerprint = null;
    prepared = null;
    for (Field field : found) {
      for (HostileInput input : HostileInput.values()) {
        // a single tick box reads anything but its own value as unticked: no option to forge
        boolean tickBox = field.options().equals(List.of("on"));
        String known = KNOWN_OPEN.get(form.name() + " / " + field.componentId() + " / " + input);
        if (known != null) {
          TALLY.knownOpen.add(
              form.name() + " / " + field.componentId() + " / " + input.label + ": " + known);
          continue;
        }
        if (input.kinds.contains(field.kind())
            && !(tickBox && input == HostileInput.OPTION_NOT_OFFERED)
            && !NOT_THIS_ACTION.contains(form.name() + " / " + field.componentId())) {
          TALLY.fields.add(form.name() + " " + field.componentId());
          TALLY.classesTried.merge(input, 1, Integer::sum);
          tryOne(session, form, field, input);
          if (renewal != null && lastTrySaved) {
            form = renewed(renewal, form);
            lastFingerprint = null;
            prepared = null;
          }
        }
      }
    }
    for (HostileInput input : HostileInput.values()) {
      // a client out of reach is tried where the form is about a client
      if (input == HostileInput.FOREIGN_VIEW_STATE
          || input == HostileInput.CLIENT_OUT_OF_REACH && form.outOfReach() != null) {
        TALLY.fields.add(form.name() + " (the form)");
        TALLY.classesTried.merge(input, 1, Integer::sum);
        TALLY.tries++;
        if (input == HostileInput.FOREIGN_VIEW_STATE) {
          foreignViewState(session, form);
        } else {
          outOfReach(session, form);
        }
      }
    }
    lastFingerprint = null;
    if (renewal == null) {
      // what the tries left saved is set back to the valid baseline for the forms after this one
      submit(session, form, null, null);
    }
  }

  private static Form renewed(Renewal renewal, Form form) throws Exception {
    Form next = renewal.renew();
    return next != null ? next : form;
  }

  /** Whether the last try was saved (accepted). */
  private boolean lastTrySaved;

  private void saveBaseline(WebSession session, Form form) throws Exception {
    // the valid baseline is saved first, so every try changes one field of a valid form
    Reply baseline = submit(session, form, null, null);
    if (!saved(form, baseline)) {
      throw new AssertionError(
          form.name()
              + ": the valid baseline was refused:\n"
              + fieldMessages(baseline.page())
              + "\n"
              + baseline.page().select("form input[name], form textarea[name]"));
    }
  }

  Reply submit(WebSession session, Form form, Field field, String value) throws Exception {
    return send(session, form, prepare(session, form), field, value);
  }

  /**
   * A form ready to send: its page as shown, what it sends with the form's valid entries, and the
   * view state to send it with (the page's own, or the one a refused try's answer gave it).
   */
  record Prepared(Document page, Map<String, List<String>> values, String viewState) {
    Prepared next(String state) {
      return new Prepared(page, values, state);
    }
  }

  /** Reads the form's page and fills it with the form's valid entries. */
  private Prepared prepare(WebSession session, Form form) throws Exception {
    Document page = session.get(form.page()).page();
    Prepared ready = fill(page, form);
    if (form.prelude() == null) {
      return ready;
    }
    Map<String, List<String>> values = new LinkedHashMap<>(ready.values());
    Reply shown =
        session.post(
            page.getElementById(form.formId()).attr("action"),
            values,
            form.prelude(),
            form.formId());
    if (shown.viewState() == null || shown.validationFailed()) {
      throw new AssertionError(
          form.name() + ": its prelude " + form.prelude() + " was refused: " + shown.body());
    }
    Prepared after = fill(shown.page(), form);
    return new Prepared(after.page(), after.values(), shown.viewState());
  }

  /** Fills a form as a page shows it with the form's valid entries. */
  private static Prepared fill(Document page, Form form) {
    JsfForm jsf = JsfForm.of(page, form.formId());
    Map<String, List<String>> values = jsf.values();
    Map<String, Field> byName = new LinkedHashMap<>();
    jsf.fields().forEach(f -> byName.put(f.name(), f));
    // choices left empty take their first option; then the form's own valid entries
    for (Field f : byName.values()) {
      if (f.kind() == FieldKind.CHOICE
          && (values.get(f.name()) == null || values.get(f.name()).equals(List.of("")))
          && !page.select("input[type=radio][name=" + JsfForm.cssValue(f.name()) + "]").isEmpty()) {
        f.options().stream()
            .filter(o -> !o.isEmpty())
            .findFirst()
            .ifPresent(o -> values.put(f.name(), List.of(o)));
      }
    }
    form.baseline()
        .forEach(
            (name, v) -> {
              if (v.equals(FIRST_OPTION)) {
                page
                    .select(
                        "[name="
                            + JsfForm.cssValue(name)
                            + "] option, input[name="
                            + JsfForm.cssValue(name)
                            + "]")
                    .stream()
                    .map(o -> o.attr("value"))
                    .filter(o -> !o.isEmpty())
                    .findFirst()
                    .ifPresentOrElse(
                        o -> values.put(name, List.of(o)),
                        () -> {
                          throw new AssertionError(form.name() + ": no option for " + name);
                        });
              } else if (v.startsWith("label:")) {
                String label = v.substring(6);
                Element option =
                    page.select("[name=" + JsfForm.cssValue(name) + "] option").stream()
                        .filter(o -> o.text().strip().equals(label))
                        .findFirst()
                        .orElse(null);
                Element radio =
                    page.select("input[name=" + JsfForm.cssValue(name) + "]").stream()
                        .filter(
                            r -> {
                              Element l =
                                  page.selectFirst("label[for=" + JsfForm.cssValue(r.id()) + "]");
                              return l != null && l.text().strip().equals(label);
                            })
                        .findFirst()
                        .orElse(null);
                String chosen =
                    option != null
                        ? option.attr("value")
                        : radio != null ? radio.attr("value") : null;
                if (chosen == null) {
                  throw new AssertionError(form.name() + ": no option " + label + " for " + name);
                }
                values.put(name, List.of(chosen));
              } else if (byName.containsKey(name) || name.endsWith("_input")) {
                values.put(name, List.of(v));
              }
            });
    List<String> state = values.get(JsfForm.VIEW_STATE);
    return new Prepared(page, values, state == null ? null : state.get(0));
  }

  /** Sends a prepared form with one field changed (none when {@code field} is null). */
  private static Reply send(
      WebSession session, Form form, Prepared prepared, Field field, String value)
      throws Exception {
    Map<String, List<String>> values = new LinkedHashMap<>(prepared.values());
    if (prepared.viewState() != null) {
      values.put(JsfForm.VIEW_STATE, List.of(prepared.viewState()));
    }
    if (field != null) {
      if (value.isEmpty() && field.kind() == FieldKind.CHOICE) {
        values.remove(field.name());
      } else {
        values.put(field.name(), List.of(value));
      }
    }
    if (!form.ajax()) {
      values.put(form.button(), List.of(""));
    }
    return session.post(
        prepared.page().getElementById(form.formId()).attr("action"),
        values,
        form.ajax() ? source(prepared.page(), form) : null,
        form.formId());
  }

  /**
   * The client id an Ajax save is sent from: the button's, or for {@code remoteCommand:NAME} the id
   * of the script that defines the page's remote command of that name (its own id).
   */
  private static String source(Document page, Form form) {
    if (!form.button().startsWith(REMOTE_COMMAND)) {
      return form.button();
    }
    String name = form.button().substring(REMOTE_COMMAND.length());
    return page.select("script[id]").stream()
        .filter(script -> script.data().contains(name + " = function"))
        .map(Element::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no remote command " + name + " on " + form.page()));
  }

  void tryOne(WebSession session, Form form, Field field, HostileInput input) throws Exception {
    TALLY.tries++;
    String tag = "h" + (++TALLY.tryNumber) + "x";
    String value = input.value(field, tag);
    String what = form.name() + " / " + field.componentId() + " / " + input.label;
    // the fingerprint after one try is the one before the next: between them only pages are read
    String before = lastFingerprint != null ? lastFingerprint : fingerprint();
    if (prepared == null) {
      prepared = prepare(session, form);
    }
    long sent = System.nanoTime();
    Reply reply = send(session, form, prepared, field, value);
    TALLY.sendNanos += System.nanoTime() - sent;
    lastTrySaved = saved(form, reply);
    // a refused try leaves the page as it was: the next try sends it again with the view state
    // the answer gave (saved tries, and answers without one, read the page afresh)
    prepared =
        !saved(form, reply) && reply.viewState() != null ? prepared.next(reply.viewState()) : null;
    String after = fingerprint();
    lastFingerprint = after;
    if (!healthy(what, reply)) {
      return;
    }
    Document shown = reply.page();
    if (!escaped(what, shown)) {
      return;
    }
    Map<String, String> messages = fieldMessages(shown);
    boolean saved = saved(form, reply);
    if (!saved) {
      TALLY.refused++;
      // a rule between two fields words its refusal beside the other one
      String other = BESIDE_ANOTHER.get(form.name() + " / " + field.componentId() + " / " + input);
      if (other != null && messages.containsKey(other)) {
        messages.put(field.componentId(), messages.remove(other));
      }
      if (!messages.containsKey(field.componentId())) {
        // a hidden field is no one's to fill in: its tampering is refused at the top of the form
        if (field.kind() != FieldKind.HIDDEN || shown.select(".ui-messages-error").isEmpty()) {
          fail(
              what,
              "refused without a message next to the field: " + messages + " " + summary(shown));
        }
      }
      messages.remove(field.componentId());
      if (!messages.isEmpty()) {
        fail(what, "messages next to other fields: " + messages);
      }
      if (!before.equals(after)) {
        fail(what, "refused, yet the database changed: " + diff(before, after));
      }
      return;
    }
    if (input.expect == Expect.REFUSED) {
      fail(what, "accepted " + printable(value));
      return;
    }
    TALLY.accepted++;
    if (field.kind() == FieldKind.TEXT && input != HostileInput.MISSING) {
      OwnRoundTrip own = ownRoundTrips.get(form.name() + " / " + field.componentId());
      if (own != null) {
        own.check(session, reply, value, what);
      } else {
        roundTrip(session, form, reply, field, input, value, what);
      }
    }
  }

  /**
   * The form as one session's page shows it, sent by another session of the same user: the view
   * state is not that session's, so nothing is processed and the page says the form expired.
   */
  void foreignViewState(WebSession session, Form form) throws Exception {
    String what = form.name() + " / (the form) / " + HostileInput.FOREIGN_VIEW_STATE.label;
    Document page = session.get(form.page()).page();
    Map<String, List<String>> values = JsfForm.of(page, form.formId()).values();
    if (!form.ajax()) {
      values.put(form.button(), List.of(""));
    }
    WebSession other =
        new WebSession(origin, session.user).signIn(passwords.getOrDefault(session.user, PASSWORD));
    String before = fingerprint();
    Reply reply =
        other.post(
            page.getElementById(form.formId()).attr("action"),
            values,
            form.ajax() ? source(page, form) : null,
            form.formId());
    String after = fingerprint();
    if (!healthy(what, reply)) {
      return;
    }
    if (!before.equals(after)) {
      fail(what, "processed: the database changed: " + diff(before, after));
      return;
    }
    if (!reply.url().contains("/expired")) {
      fail(
          what,
          "not sent to the expired page but to " + reply.url() + ": " + summary(reply.page()));
      return;
    }
    TALLY.refused++;
  }

  /**
   * The form's page for a client outside the user's reach: refused with a worded page (403) that
   * shows nothing of the client.
   */
  void outOfReach(WebSession session, Form form) throws Exception {
    String what = form.name() + " / (the form) / " + HostileInput.CLIENT_OUT_OF_REACH.label;
    String before = fingerprint();
    Reply reply = session.get(form.outOfReach());
    String after = fingerprint();
    if (!healthy(what, reply)) {
      return;
    }
    Document page = reply.page();
    if (reply.finalStatus() != 403 || page.getElementById(form.formId()) != null) {
      fail(what, "answered " + reply.finalStatus() + " with the form: " + summary(page));
      return;
    }
    if (page.select("h1").text().isBlank() || page.text().contains("Hostile")) {
      fail(what, "no worded refusal, or the client shown: " + summary(page));
      return;
    }
    if (!before.equals(after)) {
      fail(what, "the database changed: " + diff(before, after));
      return;
    }
    TALLY.refused++;
  }

  /** No server error and no stack trace in an answer. */
  boolean healthy(String what, Reply reply) {
    if (reply.status() >= 500 || reply.finalStatus() >= 500) {
      fail(what, "answered " + reply.status() + "/" + reply.finalStatus());
      return false;
    }
    Matcher trace = STACK_TRACE.matcher(reply.body());
    if (trace.find()) {
      fail(what, "shows a stack trace: " + around(reply.body(), trace.start()));
      return false;
    }
    return true;
  }

  /**
   * A full submission is saved when it is redirected; an Ajax one also when it stays on the page
   * with no refusal (Faces' validation failed flag, or an error message).
   */
  static boolean saved(Form form, Reply reply) {
    return reply.redirected()
        || form.ajax()
            && !reply.validationFailed()
            && reply.page().select(".ui-message-error, .ui-messages-error").isEmpty();
  }

  /** Saved text is shown back exactly: in the field it was typed in, or where the form shows it. */
  private void roundTrip(
      WebSession session,
      Form form,
      Reply saved,
      Field field,
      HostileInput input,
      String value,
      String what)
      throws Exception {
    String shownAt = SAVED_PAGE.equals(form.shownAt()) ? saved.url() : form.shownAt();
    Document again = session.get(shownAt != null ? shownAt : form.page()).page();
    if (form.expandedTable() != null) {
      again = expandFirstRow(session, again, form.expandedTable());
    }
    if (!escaped(what, again)) {
      return;
    }
    if (shownAt == null) {
      Element box = again.getElementsByAttributeValue("name", field.name()).first();
      String kept =
          box == null
              ? null
              : box.tagName().equals("textarea")
                  ? box.wholeText().replaceFirst("^\n", "")
                  : box.attr("value");
      if (!value.equals(kept)) {
        fail(what, "saved " + printable(value) + " but the page shows " + printable(kept));
      }
    } else if (again.getAllElements().stream().noneMatch(e -> e.wholeText().contains(value))
        // or exactly, in a box of that page (a new record's editor: a group session's topic)
        && again.select("input[name], textarea[name]").stream()
            .noneMatch(
                box ->
                    value.equals(
                        box.tagName().equals("textarea")
                            ? box.wholeText().replaceFirst("^\n", "")
                            : box.attr("value")))) {
      fail(what, "saved " + printable(value) + " but " + shownAt + " does not show it");
    }
  }

  /** Opens the first row's details of a table, as its row toggle does (PrimeFaces' Ajax). */
  private static Document expandFirstRow(WebSession session, Document page, String table)
      throws Exception {
    Element t = page.select("[id$=:" + table + "]").first();
    if (t == null) {
      throw new AssertionError("no table " + table + " on " + page.location());
    }
    Element form = t.closest("form");
    String id = t.id();
    Map<String, List<String>> values = JsfForm.of(page, form.id()).values();
    values.put(id + "_rowExpansion", List.of("true"));
    values.put(id + "_expandedRowIndex", List.of("0"));
    values.put(id + "_encodeFeature", List.of("true"));
    values.put(id + "_skipChildren", List.of("true"));
    return session.post(form.attr("action"), values, id, id).page();
  }

  /** Markup sent as text stays text: no element or script of it reaches the page. */
  boolean escaped(String what, Document page) {
    boolean markup =
        !page.select("[data-hostile]").isEmpty()
            || page.select("script").stream().anyMatch(s -> s.data().contains("alert('h"));
    if (markup) {
      fail(what, "hostile markup became part of the page");
    }
    return !markup;
  }

  /** The error messages next to fields, by the component each is for. */
  static Map<String, String> fieldMessages(Document page) {
    Map<String, String> messages = new LinkedHashMap<>();
    for (Element m : page.select(".ui-message-error")) {
      String target = m.attr("data-target");
      if (target.isEmpty() && m.id().endsWith("_msg")) {
        // a message named after its field (p:message id="phone_msg" for="phone")
        target = m.id().substring(0, m.id().length() - "_msg".length());
      }
      // p:message stands after its field: the nearest element before it with an id
      for (Element e = m.previousElementSibling();
          target.isEmpty() && e != null;
          e = e.previousElementSibling()) {
        if (e.id().isEmpty() && e.selectFirst("input[id], select[id], textarea[id]") != null) {
          e = e.selectFirst("input[id], select[id], textarea[id]");
        }
        // a label, a button (or its script) or a link between a field and its message is not
        // what the message is for
        if (!e.id().isEmpty() && !Set.of("label", "button", "script", "a").contains(e.tagName())) {
          // a field's helper element (its _input box, its _s state) names the field
          target = e.id().replaceFirst("_[A-Za-z]+$", "");
        }
      }
      messages.put(target, m.text());
    }
    return messages;
  }

  static String summary(Document page) {
    return page.select(".ui-messages, .refusal, h1").text();
  }

  String fingerprint() throws IOException, InterruptedException {
    long start = System.nanoTime();
    Reply r = probe.get(origin + "/waypoint-probe/fingerprint");
    TALLY.fingerprintNanos += System.nanoTime() - start;
    if (r.status() != 200) {
      throw new AssertionError("the fingerprint probe answered " + r.status());
    }
    return r.body();
  }

  static String diff(String before, String after) {
    Set<String> a = new LinkedHashSet<>(List.of(before.split("\n")));
    List<String> changed = new ArrayList<>();
    for (String line : after.split("\n")) {
      if (!a.contains(line)) {
        changed.add(line.split(" ")[0]);
      }
    }
    return String.join(", ", changed);
  }

  private static String around(String body, int at) {
    return body.substring(Math.max(0, at - 100), Math.min(body.length(), at + 200));
  }

  static String printable(String value) {
    if (value == null) {
      return "nothing";
    }
    String shown =
        value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + ")" : value;
    StringBuilder out = new StringBuilder("\"");
    shown
        .codePoints()
        .forEach(
            c ->
                out.append(
                    Character.isISOControl(c)
                        ? String.format("\\u%04x", c)
                        : Character.toString(c)));
    return out.append('"').toString();
  }

  void fail(String what, String why) {
    failures.add(what + ": " + why);
    System.err.println("HOSTILE FAILURE " + what + ": " + why);
  }

  /** Ends a test: its failures, each on its own line, fail it. */
  private void noFailures() {
    synchronized (TALLY) {
      TALLY.failures.addAll(failures);
    }
    assertEquals(List.of(), failures, failures.size() + " hostile-input failures");
  }

  /**
   * Whether a tried field ("form component") is of a form, not of another whose name starts with
   * the form's and goes on in brackets ("precautions (end)").
   */
  private static boolean ofForm(String field, String form) {
    if (!field.startsWith(form + " ")) {
      return false;
    }
    String rest = field.substring(form.length() + 1);
    return !rest.startsWith("(") || rest.equals("(the form)");
  }

  /**
   * After the last test: the count of forms x fields x classes tried by them all, printed and
   * written to {@code target/reliability/hostile.txt}.
   */
  @AfterAll
  static void report() throws IOException {
    String line =
        String.format(
            "HOSTILE INPUT: %d forms x %d fields x %d classes = %d tries, %d refused with a field"
                + " message, %d accepted and round-tripped, %d known open, %d failures",
            TALLY.forms.size(),
            TALLY.fields.size(),
            TALLY.classesTried.size(),
            TALLY.tries,
            TALLY.refused,
            TALLY.accepted,
            TALLY.knownOpen.size(),
            TALLY.failures.size());
    StringBuilder out = new StringBuilder(line).append('\n');
    out.append(
        String.format(
            "%.1f s (%.1f s sending tries, %.1f s reading the database's fingerprint)%n",
            (System.nanoTime() - TALLY.started) / 1e9,
            TALLY.sendNanos / 1e9,
            TALLY.fingerprintNanos / 1e9));
    out.append("accepted hostile texts checked in PDFs: ").append(TALLY.pdfTexts).append('\n');
    out.append("forms (fields tried, the form as a whole counting as one): ")
        .append(
            String.join(
                "; ",
                TALLY.forms.stream()
                    .map(
                        f ->
                            f
                                + " ("
                                + TALLY.fields.stream().filter(x -> ofForm(x, f)).count()
                                + ")")
                    .toList()))
        .append('\n');
    TALLY.classesTried.forEach(
        (c, n) -> out.append("  ").append(c.label).append(": ").append(n).append(" fields\n"));
    TALLY.knownOpen.forEach(k -> out.append("KNOWN OPEN (not tried) ").append(k).append('\n'));

    TALLY.failures.forEach(f -> out.append("FAILURE ").append(f).append('\n'));
    System.out.println(out);
    // the file also names every field tried
    out.append("fields tried:\n");
    TALLY.fields.forEach(f -> out.append("  ").append(f).append('\n'));
    Path file = Path.of("target", "reliability", "hostile.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }
}
