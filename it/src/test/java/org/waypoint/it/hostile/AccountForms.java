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
  static final String SIGN_IN = "sign-in";
  static final String AUDIT_SEARCH = "audit search";
  static final String CLIENTS_SEARCH = "clients search";

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
    signIn(run, admin);
    searches(run, admin);
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

  // ------------------------------------------------------------ searches

  /**
   * The audit trail's search (as the administrator) and the clients search (as a clinician). A
   * search saves nothing (it is audited, which the fingerprint leaves out): accepted text
   * round-trips in the search's own answer, whose form shows the field as it was searched with (a
   * fresh page is a new search, with empty fields).
   */
  private static void searches(HostileInputIT run, WebSession admin) throws Exception {
    run.ownRoundTrips.put(
        AUDIT_SEARCH + " / auditForm:username",
        (session, saved, value, what) ->
            keptInAnswer(run, saved, "auditForm:username", value, what));
    run.tryEveryField(
        admin,
        new Form(
            AUDIT_SEARCH,
            "audit",
            "auditForm",
            "auditForm:search",
            true,
            Map.of(),
            null,
            null,
            null));
    run.ownRoundTrips.put(
        CLIENTS_SEARCH + " / clientsForm:text",
        (session, saved, value, what) -> keptInAnswer(run, saved, "clientsForm:text", value, what));
    run.tryEveryField(
        run.signIn("clinician"),
        new Form(
            CLIENTS_SEARCH,
            "clients",
            "clientsForm",
            "clientsForm:search",
            true,
            Map.of(),
            null,
            null,
            null));
  }

  /** The searched text is shown back exactly, as text, in the field of the search's answer. */
  private static void keptInAnswer(
      HostileInputIT run, Reply answer, String name, String value, String what) {
    Element box = answer.page().getElementsByAttributeValue("name", name).first();
    String kept = box == null ? null : box.attr("value");
    if (!value.equals(kept)) {
      run.fail(
          what,
          "searched with "
              + HostileInputIT.printable(value)
              + " but the answer shows "
              + HostileInputIT.printable(kept));
    }
  }

  // ------------------------------------------------------------ the sign-in form

  /**
   * The sign-in form, each try in a fresh session (a signed-in session is sent past the form), with
   * an account the tries create and its right password everywhere but in the field tried. The
   * engine's rules are adapted for it alone, as sign-in is refused on purpose with one message for
   * every wrong username or password, at the top of the form, never next to a field (it must not
   * tell which usernames exist); a wrong password for an existing account is counted on the account
   * (its failed sign-ins), so that refusal may change that table, and only it, and only when the
   * username sent is the account's. Text refused for itself (too long, control characters, missing)
   * is refused next to its field with nothing changed. A try that signs in must be the account's
   * own right credentials (a tampered way back is ignored: the user lands on a page of Waypoint's).
   * After each counted failure the right password signs in once, so the account is never locked.
   */
  private static void signIn(HostileInputIT run, WebSession admin) throws Exception {
    String password = "Temporary hostile pass 4";
    Account account = newAccount(run, admin, "Hostile Sign-in", password);
    Document login = new WebSession(run.origin, account.username()).get("login").page();
    List<Field> found = JsfForm.of(login, "loginForm").fields();
    TALLY.forms.add(SIGN_IN);
    for (Field field : found) {
      for (HostileInput input : HostileInput.values()) {
        if (input.kinds.contains(field.kind())) {
          TALLY.fields.add(SIGN_IN + " " + field.componentId());
          TALLY.classesTried.merge(input, 1, Integer::sum);
          trySignIn(run, account, password, field, input);
        }
      }
    }
    TALLY.fields.add(SIGN_IN + " (the form)");
    TALLY.classesTried.merge(HostileInput.FOREIGN_VIEW_STATE, 1, Integer::sum);
    TALLY.tries++;
    foreignSignIn(run, account, password);
  }

  private static Reply sendSignIn(
      WebSession fresh, Document login, Map<String, List<String>> values) throws Exception {
    values.put("loginForm:signIn", List.of(""));
    return fresh.post(login.getElementById("loginForm").attr("action"), values, null, null);
  }

  private static boolean signedIn(Reply reply) {
    return reply.body().contains("id=\"signedInAs\"");
  }

  private static void trySignIn(
      HostileInputIT run, Account account, String password, Field field, HostileInput input)
      throws Exception {
    TALLY.tries++;
    String value = input.value(field, "h" + (++TALLY.tryNumber) + "x");
    String what = SIGN_IN + " / " + field.componentId() + " / " + input.label;
    WebSession fresh = new WebSession(run.origin, account.username());
    Document login = fresh.get("login").page();
    Map<String, List<String>> values = JsfForm.of(login, "loginForm").values();
    values.put("loginForm:username", List.of(account.username()));
    values.put("loginForm:password", List.of(password));
    values.put(field.name(), List.of(value));
    String before = run.fingerprint();
    long sent = System.nanoTime();
    Reply reply = sendSignIn(fresh, login, values);
    TALLY.sendNanos += System.nanoTime() - sent;
    String after = run.fingerprint();
    if (!run.healthy(what, reply) || !run.escaped(what, reply.page())) {
      return;
    }
    Document page = reply.page();
    if (signedIn(reply)) {
      if (input.expect == Expect.REFUSED || !field.name().equals("return")) {
        run.fail(what, "signed in with " + HostileInputIT.printable(value));
        return;
      }
      // a tampered or missing way back is ignored: the user lands on a page of Waypoint's own
      if (!reply.url().startsWith(run.origin + "/waypoint/")) {
        run.fail(what, "signed in and sent to " + reply.url());
        return;
      }
      TALLY.accepted++;
      return;
    }
    TALLY.refused++;
    Map<String, String> messages = HostileInputIT.fieldMessages(page);
    boolean credentials = !page.select("#loginForm\\:loginMessages .ui-messages-error").isEmpty();
    if (messages.containsKey(field.componentId())) {
      messages.remove(field.componentId());
      if (!messages.isEmpty()) {
        run.fail(what, "messages next to other fields: " + messages);
      }
      if (!before.equals(after)) {
        run.fail(what, "refused, yet the database changed: " + HostileInputIT.diff(before, after));
      }
      return;
    }
    if (!credentials || !messages.isEmpty()) {
      run.fail(
          what,
          "refused without a message next to the field or the sign-in's own: "
              + messages
              + " "
              + HostileInputIT.summary(page));
      return;
    }
    String changed = HostileInputIT.diff(before, after);
    boolean counted = field.name().equals("loginForm:password");
    if (!before.equals(after) && !(counted && changed.equalsIgnoreCase("STAFF_USER"))) {
      run.fail(what, "refused, yet the database changed: " + changed);
    }
    if (counted) {
      // the right password sets the failed sign-ins back, so the account is never locked
      new WebSession(run.origin, account.username()).signIn(password);
    }
  }

  /**
   * The sign-in form as one session's page shows it, sent by another session with the right
   * credentials: the view state is not that session's, so no one is signed in and the page says the
   * form expired.
   */
  private static void foreignSignIn(HostileInputIT run, Account account, String password)
      throws Exception {
    String what = SIGN_IN + " / (the form) / " + HostileInput.FOREIGN_VIEW_STATE.label;
    Document login = new WebSession(run.origin, account.username()).get("login").page();
    Map<String, List<String>> values = JsfForm.of(login, "loginForm").values();
    values.put("loginForm:username", List.of(account.username()));
    values.put("loginForm:password", List.of(password));
    WebSession other = new WebSession(run.origin, account.username());
    other.get("login");
    String before = run.fingerprint();
    Reply reply = sendSignIn(other, login, values);
    String after = run.fingerprint();
    if (!run.healthy(what, reply)) {
      return;
    }
    if (signedIn(reply) || !reply.url().contains("/expired")) {
      run.fail(
          what,
          (signedIn(reply) ? "signed in" : "not sent to the expired page")
              + " at "
              + reply.url()
              + ": "
              + HostileInputIT.summary(reply.page()));
      return;
    }
    if (!before.equals(after)) {
      run.fail(what, "the database changed: " + HostileInputIT.diff(before, after));
      return;
    }
    TALLY.refused++;
  }
}
