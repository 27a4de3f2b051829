package org.waypoint.it.hostile;

import static org.waypoint.it.hostile.HostileInputIT.TALLY;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.waypoint.it.hostile.HostileInput.Expect;
import org.waypoint.it.hostile.HostileInputIT.Form;
import org.waypoint.it.hostile.WebSession.Reply;
import org.waypoint.it.support.TestNames;

/**
 * The account and access forms of {@link HostileInputIT}: the administrator creates an account and
 * changes one (access, co-signature, a password reset, enabling), an account's owner changes their
 * password, and a clinician opens a chart outside their reach in an emergency. Every account tried
 * is one these tries create (a clinician of no program, so no other test meets it); no demo account
 * is changed.
 */
final class AccountForms {

  private AccountForms() {}

  static final String CREATE = "user administration: create an account";
  static final String ACCESS = "user administration: access";
  static final String CO_SIGNATURE = "user administration: co-signature";
  static final String PASSWORD_RESET = "user administration: password reset";
  static final String ENABLED = "user administration: enabled";
  static final String PASSWORD_CHANGE = "password change";
  static final String EMERGENCY = "emergency access";

  /** Temporary passwords the administrator sets: valid by the policy, never a demo password. */
  private static final String TEMPORARY = "Temporary hostile pass 2";

  private static final String RESET = "Temporary hostile pass 3";

  /** An account the tries created. */
  record Account(long id, String username) {}

  static void tryAll(HostileInputIT run) throws Exception {
    WebSession admin = run.signIn("admin");
    createAccount(run, admin);
    accountPage(run, admin);
    passwordChange(run, admin);
    emergencyAccess(run);
  }

  // ------------------------------------------------------------ the administrator's forms

  /**
   * The form that creates an account. Each accepted try creates one, and usernames are unique (the
   * service refuses a taken one next to the username): the form's valid entries give a username no
   * account has each time they are read, i.e. for each try after an accepted one (a refused try
   * leaves no account, so the next one may send its username again). A try on the username sends
   * its own. What is accepted is read on the new account's own page, where the save leads.
   */
  private static void createAccount(HostileInputIT run, WebSession admin) throws Exception {
    run.ownRoundTrips.put(
        CREATE + " / createForm:username",
        (session, saved, value, what) -> usernameShown(run, session, saved, value, what));
    run.ownRoundTrips.put(
        CREATE + " / createForm:password",
        (session, saved, value, what) -> {
          String username = shownUsername(session.get(saved.url()).page());
          signsIn(run, username, value, what);
        });
    run.tryEveryField(
        admin,
        new Form(
            CREATE,
            "admin",
            "createForm",
            "createForm:create",
            false,
            new WithFreshUsername(
                "createForm:username",
                Map.of(
                    "createForm:displayName", "Hostile Account",
                    "createForm:password", TEMPORARY,
                    "createForm:roles", "CLINICIAN")),
            HostileInputIT.SAVED_PAGE,
            null,
            null));
  }

  /**
   * A form's valid entries with a username no account has: a new one each time they are read (the
   * engine reads them when it prepares the form: for the baseline, and again after each accepted
   * try). Only this form needs it; every other form's entries stay fixed.
   */
  private static final class WithFreshUsername extends AbstractMap<String, String> {
    private final String field;
    private final Map<String, String> rest;

    WithFreshUsername(String field, Map<String, String> rest) {
      this.field = field;
      this.rest = rest;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      Map<String, String> now = new LinkedHashMap<>(rest);
      now.put(field, TestNames.uniqueLastName("hostile").toLowerCase(Locale.ROOT));
      return now.entrySet();
    }
  }

  /**
   * A username is an identifier: stripped and lower-cased by design (reliability.md), so an
   * accepted one is shown on the new account's page as that, and nothing else.
   */
  private static void usernameShown(
      HostileInputIT run, WebSession session, Reply saved, String value, String what)
      throws Exception {
    Document page = session.get(saved.url()).page();
    String expected = value.strip().toLowerCase(Locale.ROOT);
    String shown = shownUsername(page);
    if (!run.escaped(what, page)) {
      return;
    }
    if (!expected.equals(shown)) {
      run.fail(
          what,
          "saved "
              + HostileInputIT.printable(value)
              + " but the account's page shows the username "
              + HostileInputIT.printable(shown));
    }
  }

  /** The username an account's own page shows ({@code #userStatus}: "username · status"). */
  private static String shownUsername(Document page) {
    Element status = page.getElementById("userStatus");
    if (status == null) {
      throw new AssertionError("no account shown at " + page.location() + ":\n" + page.text());
    }
    return status.text().split(" ")[0];
  }

  /**
   * An accepted password is shown nowhere (its fields are never filled back): it round-trips when a
   * fresh session signs in with exactly it, spaces and all.
   */
  private static void signsIn(HostileInputIT run, String username, String value, String what)
      throws Exception {
    try {
      new WebSession(run.origin, username).signIn(value);
    } catch (AssertionError e) {
      run.fail(
          what,
          "accepted "
              + HostileInputIT.printable(value)
              + " but it does not sign "
              + username
              + " in: "
              + e.getMessage());
    }
    // a sign-in may write to the account (its failed sign-ins set back): the next try reads the
    // database afresh rather than take the last try's fingerprint as its own
    run.lastFingerprint = null;
  }

  /** Creates a clinician of no program through the administrator's form, with valid entries. */
  static Account newAccount(
      HostileInputIT run, WebSession admin, String displayName, String password) throws Exception {
    String username = TestNames.uniqueLastName("hostile").toLowerCase(Locale.ROOT);
    Form form =
        new Form(
            "(an account for the tries)",
            "admin",
            "createForm",
            "createForm:create",
            false,
            Map.of(
                "createForm:username", username,
                "createForm:displayName", displayName,
                "createForm:password", password,
                "createForm:roles", "CLINICIAN"),
            null,
            null,
            null);
    Reply created = run.submit(admin, form, null, null);
    Matcher id = Pattern.compile("/admin/user/(\\d+)").matcher(created.url());
    if (!created.redirected() || !id.find()) {
      throw new AssertionError(
          "no account created: "
              + HostileInputIT.fieldMessages(created.page())
              + " "
              + HostileInputIT.summary(created.page()));
    }
    run.passwords.put(username, password);
    return new Account(Long.parseLong(id.group(1)), username);
  }

  /**
   * An account's own page, on an account the tries created: its roles and programs, whether its
   * notes need co-signature, a temporary password (an accepted one signs the account in) and, last,
   * disabling it (the form has no field: its valid save disables the account, its view state from
   * another session is tried, and the closing save enables it again).
   */
  private static void accountPage(HostileInputIT run, WebSession admin) throws Exception {
    Account account = newAccount(run, admin, "Hostile Access", TEMPORARY);
    String page = "admin/user/" + account.id();
    run.tryEveryField(
        admin,
        new Form(
            ACCESS,
            page,
            "accessForm",
            "accessForm:saveAccess",
            true,
            Map.of("accessForm:roles", "CLINICIAN"),
            null,
            null,
            null));
    run.tryEveryField(
        admin,
        new Form(
            CO_SIGNATURE,
            page,
            "coSignForm",
            "coSignForm:saveCoSignature",
            true,
            Map.of(),
            null,
            null,
            null));
    run.ownRoundTrips.put(
        PASSWORD_RESET + " / passwordForm:password",
        (session, saved, value, what) -> signsIn(run, account.username(), value, what));
    run.tryEveryField(
        admin,
        new Form(
            PASSWORD_RESET,
            page,
            "passwordForm",
            "passwordForm:resetPassword",
            true,
            Map.of("passwordForm:password", RESET),
            null,
            null,
            null));
    run.passwords.put(account.username(), RESET);
    run.tryEveryField(
        admin,
        new Form(
            ENABLED,
            page,
            "enabledForm",
            "enabledForm:toggleEnabled",
            true,
            Map.of(),
            null,
            null,
            null));
    // the closing save enabled the account again: the page offers to disable it
    Element toggle = admin.get(page).page().getElementById("enabledForm:toggleEnabled");
    if (toggle == null || !toggle.hasClass("ui-button-danger")) {
      run.fail(ENABLED, "the account was left disabled: " + toggle);
    }
  }

  // ------------------------------------------------------------ the password change

  /** The owner of the account whose password the password change tries change. */
  private static final class Owner {
    final String username;

    /** The password the account has now: each accepted try changes it. */
    String current;

    int number;

    Owner(String username, String current) {
      this.username = username;
      this.current = current;
    }
  }

  /**
   * The password change ({@code /account/password}), by the form's own full submission, on an
   * account the tries create: its owner signs in with the temporary password the administrator set
   * and is sent to this form (the demo password is on the list of common passwords, so a demo
   * account's could not be set back). The engine's one-field-at-a-time tries do not fit: a new
   * password is typed twice, and each accepted one is the current password of the next try. So a
   * try on the new password with text a user could mean as a password sends it in the repeat field
   * too (text refused for itself, and a missing one, is typed once, so one field says why); a try
   * on the repeat field alone must be refused next to it; the current password sent is always the
   * one the account has. An accepted password round-trips when a fresh session signs in with
   * exactly it. A wrong password is never sent to the sign-in page, so the account is not locked.
   */
  private static void passwordChange(HostileInputIT run, WebSession admin) throws Exception {
    Form form =
        new Form(
            PASSWORD_CHANGE,
            "account/password",
            "passwordForm",
            "passwordForm:change",
            false,
            Map.of(),
            null,
            null,
            null);
    Account account = newAccount(run, admin, "Hostile Password", TEMPORARY);
    Owner owner = new Owner(account.username(), TEMPORARY);
    WebSession session = new WebSession(run.origin, owner.username).signIn(owner.current);
    List<Field> found = JsfForm.of(session.get(form.page()).page(), form.formId()).fields();
    Reply baseline = sendPassword(session, form, owner, null, null, false);
    if (!baseline.redirected()) {
      throw new AssertionError(
          form.name()
              + ": the valid baseline was refused:\n"
              + HostileInputIT.fieldMessages(baseline.page()));
    }
    TALLY.forms.add(form.name());
    for (Field field : found) {
      for (HostileInput input : HostileInput.values()) {
        if (input.kinds.contains(field.kind())) {
          TALLY.fields.add(form.name() + " " + field.componentId());
          TALLY.classesTried.merge(input, 1, Integer::sum);
          tryPassword(run, session, form, owner, field, input);
        }
      }
    }
    TALLY.fields.add(form.name() + " (the form)");
    TALLY.classesTried.merge(HostileInput.FOREIGN_VIEW_STATE, 1, Integer::sum);
    TALLY.tries++;
    run.passwords.put(owner.username, owner.current);
    run.lastFingerprint = null;
    run.foreignViewState(session, form);
  }

  /**
   * Sends the password change with the current password and a new one typed twice, one field
   * changed.
   *
   * @param twice whether a value for the new password is typed in the repeat field too
   */
  private static Reply sendPassword(
      WebSession session, Form form, Owner owner, Field field, String value, boolean twice)
      throws Exception {
    Document page = session.get(form.page()).page();
    Map<String, List<String>> values = JsfForm.of(page, form.formId()).values();
    String chosen = "Hostile pass " + (++owner.number) + " ok";
    values.put("passwordForm:currentPassword", List.of(owner.current));
    values.put("passwordForm:newPassword", List.of(chosen));
    values.put("passwordForm:repeatPassword", List.of(chosen));
    if (field != null) {
      values.put(field.name(), List.of(value));
      if (twice && !value.isEmpty() && field.name().equals("passwordForm:newPassword")) {
        values.put("passwordForm:repeatPassword", List.of(value));
      }
    }
    values.put(form.button(), List.of(""));
    Reply reply =
        session.post(page.getElementById(form.formId()).attr("action"), values, null, null);
    if (reply.redirected()) {
      owner.current =
          field == null
              ? chosen
              : field.name().equals("passwordForm:newPassword") ? value : owner.current;
    }
    return reply;
  }

  private static void tryPassword(
      HostileInputIT run,
      WebSession session,
      Form form,
      Owner owner,
      Field field,
      HostileInput input)
      throws Exception {
    TALLY.tries++;
    String value = input.value(field, "h" + (++TALLY.tryNumber) + "x");
    String what = form.name() + " / " + field.componentId() + " / " + input.label;
    String before = run.fingerprint();
    String was = owner.current;
    long sent = System.nanoTime();
    Reply reply = sendPassword(session, form, owner, field, value, input.expect != Expect.REFUSED);
    TALLY.sendNanos += System.nanoTime() - sent;
    String after = run.fingerprint();
    if (!run.healthy(what, reply) || !run.escaped(what, reply.page())) {
      return;
    }
    Map<String, String> messages = HostileInputIT.fieldMessages(reply.page());
    if (!reply.redirected()) {
      TALLY.refused++;
      if (!messages.containsKey(field.componentId())) {
        run.fail(
            what,
            "refused without a message next to the field: "
                + messages
                + " "
                + HostileInputIT.summary(reply.page()));
      }
      messages.remove(field.componentId());
      if (!messages.isEmpty()) {
        run.fail(what, "messages next to other fields: " + messages);
      }
      if (!before.equals(after)) {
        run.fail(what, "refused, yet the database changed: " + HostileInputIT.diff(before, after));
      }
      return;
    }
    if (input.expect == Expect.REFUSED || !field.name().equals("passwordForm:newPassword")) {
      run.fail(
          what,
          "accepted "
              + HostileInputIT.printable(value)
              + " (the password was "
              + HostileInputIT.printable(was)
              + ")");
      return;
    }
    TALLY.accepted++;
    if (input == HostileInput.MISSING) {
      run.fail(what, "accepted no new password");
      return;
    }
    signsIn(run, owner.username, value, what);
  }

  // ------------------------------------------------------------ emergency access

  /**
   * The emergency-access reason, on the chart of a client outside the clinician's reach (a client
   * of Partial Hospitalization whose clinician is Marcus Lee, registered by these tries). An
   * accepted try opens the chart (the form is gone), so the next try is made on another such
   * client. No page shows one emergency access on its own (the chart's audit tab records the access
   * without its reason): accepted details are read where a supervisor reviews them, on the
   * dashboard's list of accesses to review, at its last page: the list is ordered by when access
   * was granted, oldest first, so the access just granted is on its last page whatever other tests
   * left before it.
   */
  private static void emergencyAccess(HostileInputIT run) throws Exception {
    WebSession intake = run.signIn("intake");
    WebSession clinician = run.signIn("clinician");
    WebSession supervisor = run.signIn("supervisor");
    run.ownRoundTrips.put(
        EMERGENCY + " / emergencyForm:details",
        (session, saved, value, what) -> shownForReview(run, supervisor, value, what));
    Form form = emergencyForm(outOfReach(run, intake));
    List<Field> found = JsfForm.of(clinician.get(form.page()).page(), form.formId()).fields();
    TALLY.forms.add(form.name());
    run.lastFingerprint = null;
    run.prepared = null;
    for (Field field : found) {
      for (HostileInput input : HostileInput.values()) {
        boolean tickBox = field.options().equals(List.of("on"));
        if (!input.kinds.contains(field.kind())
            || tickBox && input == HostileInput.OPTION_NOT_OFFERED) {
          continue;
        }
        if (clinician.get(form.page()).page().getElementById(form.formId()) == null) {
          // the last try opened the chart: the next one is made on another client
          form = emergencyForm(outOfReach(run, intake));
          run.lastFingerprint = null;
          run.prepared = null;
        }
        TALLY.fields.add(form.name() + " " + field.componentId());
        TALLY.classesTried.merge(input, 1, Integer::sum);
        run.tryOne(clinician, form, field, input);
      }
    }
    run.lastFingerprint = null;
    run.prepared = null;
    if (clinician.get(form.page()).page().getElementById(form.formId()) == null) {
      form = emergencyForm(outOfReach(run, intake));
    }
    TALLY.fields.add(form.name() + " (the form)");
    TALLY.classesTried.merge(HostileInput.FOREIGN_VIEW_STATE, 1, Integer::sum);
    TALLY.tries++;
    run.foreignViewState(clinician, form);
  }

  private static long outOfReach(HostileInputIT run, WebSession intake) throws Exception {
    return run.registerClient(intake, "Partial Hospitalization", "Marcus Lee");
  }

  private static Form emergencyForm(long client) {
    return new Form(
        EMERGENCY,
        "client/" + client,
        "emergencyForm",
        "emergencyForm:openInEmergency",
        false,
        Map.of(
            "emergencyForm:details", "Covering the unit tonight.",
            "emergencyForm:confirmed_input", "on"),
        null,
        null,
        null);
  }

  private static final Pattern ROW_COUNT = Pattern.compile("rowCount:(\\d+)");

  /**
   * The accepted details are shown, as text, on the last page of the supervisor's accesses to
   * review (opened as its paginator does, by PrimeFaces' Ajax).
   */
  private static void shownForReview(
      HostileInputIT run, WebSession supervisor, String value, String what) throws Exception {
    run.lastFingerprint = null;
    Document dashboard = supervisor.get("dashboard").page();
    Element table = dashboard.selectFirst("div[id$=emergencyReviews]");
    if (table == null) {
      run.fail(what, "the supervisor's dashboard has no accesses to review");
      return;
    }
    String id = table.id();
    Matcher count =
        dashboard.select("script").stream()
            .map(Element::data)
            .filter(s -> s.contains("\"" + id + "\"") && s.contains("rowCount:"))
            .map(ROW_COUNT::matcher)
            .filter(Matcher::find)
            .findFirst()
            .orElse(null);
    if (count == null) {
      run.fail(what, "no row count for " + id + " on the dashboard");
      return;
    }
    int rows = Integer.parseInt(count.group(1));
    int first = Math.max(0, (rows - 1) / 10 * 10);
    Element form = table.closest("form");
    Map<String, List<String>> values = JsfForm.of(dashboard, form.id()).values();
    values.put(id + "_pagination", List.of("true"));
    values.put(id + "_first", List.of(Integer.toString(first)));
    values.put(id + "_rows", List.of("10"));
    values.put(id + "_skipChildren", List.of("true"));
    values.put(id + "_encodeFeature", List.of("true"));
    Reply page = supervisor.post(form.attr("action"), values, id, id);
    if (!run.healthy(what, page)) {
      return;
    }
    Document shown = page.page();
    if (!run.escaped(what, shown)) {
      return;
    }
    if (shown.getAllElements().stream().noneMatch(e -> e.wholeText().contains(value))) {
      run.fail(
          what,
          "saved "
              + HostileInputIT.printable(value)
              + " but the last page of the accesses to review does not show it: "
              + shown.text());
    }
  }
}
