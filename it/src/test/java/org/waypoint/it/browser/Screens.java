package org.waypoint.it.browser;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;

/**
 * Every screen of Waypoint and who can see it: what {@link AccessibilityIT} visits, one role at a
 * time. A new page (any {@code .xhtml} outside {@code WEB-INF}, or an error page) joins this list;
 * {@link ScreenCoverageTest} fails until it does, and checks the roles against {@code web.xml}.
 *
 * <p>Paths are relative to {@code /waypoint/} and may name demo records that exist in every run,
 * found as the visitor finds them: {@code {client}} (the id of {@link #CHART_CLIENT}'s chart),
 * {@code {outside}} (the id of {@link #OUTSIDE_CLIENT}, outside the clinician's caseload and
 * programs), {@code {intake}} (the path of {@link #INTAKE_CLIENT}'s intake in progress), {@code
 * {user}} (the path of {@link #STAFF_ACCOUNT}'s account page) and {@code {note}} (the id of the
 * first note listed in the notes tab of {@link #CHART_CLIENT}'s chart, a link {@code a.note-link}).
 */
final class Screens {

  /**
   * Patel, a residential client of the clinician: rising, with an open alert and review task, a
   * safety plan with revisions, check-ins and precautions (DemoData, DemoCheckIns.RISING). No other
   * test writes to this chart; the accessibility test only reads it.
   */
  static final String CHART_CLIENT = "Patel";

  /** Edwards, a partial-hospitalization client: outside the clinician's reach. */
  static final String OUTSIDE_CLIENT = "Edwards";

  /** Foster: the demo intake in progress that is furthest along (through consents). */
  static final String INTAKE_CLIENT = "Foster";

  /** Dana Whitfield, the clinician: an account with a role and two programs. */
  static final String STAFF_ACCOUNT = "Dana Whitfield";

  /** Who visits: nobody signed in, or a demo account with one role. */
  enum Visitor {
    ANONYMOUS(null, null),
    INTAKE("intake", "INTAKE"),
    CLINICIAN("clinician", "CLINICIAN"),
    SUPERVISOR("supervisor", "SUPERVISOR"),
    ADMIN("admin", "ADMIN");

    /** The demo account that signs in, or {@code null}. */
    final String username;

    /** The role's name in {@code web.xml}, or {@code null}. */
    final String role;

    Visitor(String username, String role) {
      this.username = username;
      this.role = role;
    }
  }

  /**
   * One screen as one or more roles see it.
   *
   * @param name what the findings call it
   * @param page the file under {@code web/src/main/webapp} that renders it
   * @param path where the browser goes, relative to {@code /waypoint/}, with placeholders
   * @param shows an element that is there only when the screen is the one meant (not a refusal, not
   *     another page)
   * @param tab the chart's tab (panel id inside {@code sections}) to show, or {@code null}
   * @param reveal what a user does to see a part that is hidden at first, or {@code null}
   * @param visitors who visit it
   */
  record Screen(
      String name,
      String page,
      String path,
      By shows,
      String tab,
      Reveal reveal,
      Set<Visitor> visitors) {

    /** Whether this is one of the static error pages (the same for everyone). */
    boolean errorPage() {
      return page.startsWith("errors/");
    }
  }

  /**
   * A part of a screen that shows only after something happens (a popup, a dialog), without saving
   * anything.
   *
   * @param click what the user clicks, or {@code null}
   * @param script what the page itself runs to show it (a timer's action), or {@code null}
   * @param visible what is then visible
   */
  record Reveal(By click, String script, By visible) {}

  private static final Visitor ANONYMOUS = Visitor.ANONYMOUS;
  private static final Visitor INTAKE = Visitor.INTAKE;
  private static final Visitor CLINICIAN = Visitor.CLINICIAN;
  private static final Visitor SUPERVISOR = Visitor.SUPERVISOR;
  private static final Visitor ADMIN = Visitor.ADMIN;

  /** The intake's steps, as {@code ?step=} names them (IntakeStep). */
  static final List<String> INTAKE_STEPS =
      List.of(
          "referral",
          "demographics",
          "contacts",
          "payer",
          "consents",
          "history",
          "screening",
          "placement",
          "admission");

  /** Every screen, in the order a visitor walks them. */
  static final List<Screen> ALL = all();

  private Screens() {}

  private static List<Screen> all() {
    List<Screen> screens = new java.util.ArrayList<>();
    screens.add(screen("sign-in", "login.xhtml", "login", By.id("loginForm"), ANONYMOUS));
    screens.add(
        screen(
            "dashboard",
            "dashboard.xhtml",
            "dashboard",
            By.id("dashboard"),
            INTAKE,
            CLINICIAN,
            SUPERVISOR,
            ADMIN));
    // the template's warning before the session ends, shown as its idle timer shows it
    screens.add(
        new Screen(
            "dashboard, session-expiry warning",
            "dashboard.xhtml",
            "dashboard",
            By.id("dashboard"),
            null,
            new Reveal(null, "PF('idleWarning').show()", By.id("idleForm:idleWarning")),
            visitors(CLINICIAN)));
    screens.add(
        screen(
            "client list",
            "clients.xhtml",
            "clients",
            By.id("clientsForm"),
            INTAKE,
            CLINICIAN,
            SUPERVISOR));
    screens.add(chart("overview", "overview", INTAKE, CLINICIAN, SUPERVISOR));
    screens.add(chart("precautions", "precautionsTab", INTAKE, CLINICIAN, SUPERVISOR));
    screens.add(chart("safety-plan", "safetyPlanTab", CLINICIAN, SUPERVISOR));
    screens.add(chart("notes", "notesTab", INTAKE, CLINICIAN, SUPERVISOR));
    screens.add(chart("check-ins", "checkInsTab", CLINICIAN, SUPERVISOR));
    screens.add(chart("discharge", "dischargeTab", CLINICIAN, SUPERVISOR));
    screens.add(chart("reports", "reportsTab", INTAKE, CLINICIAN, SUPERVISOR));
    screens.add(chart("audit", "auditTab", SUPERVISOR));
    screens.add(
        screen(
            "chart, not allowed (emergency access offered)",
            "client.xhtml",
            "client/{outside}",
            By.id("emergencyForm"),
            CLINICIAN));
    screens.add(
        screen("chart, no such client", "client.xhtml", "client/0", By.id("notFound"), INTAKE));
    screens.add(
        screen(
            "check-in form",
            "check-in.xhtml",
            "check-in/{client}",
            By.id("checkInForm"),
            CLINICIAN,
            SUPERVISOR));
    screens.add(
        screen(
            "safety-plan editor",
            "safety-plan.xhtml",
            "safety-plan/{client}",
            By.id("planForm"),
            CLINICIAN,
            SUPERVISOR));
    // Patel has no discharge planned: the editor opens on a new plan (nothing is saved)
    screens.add(
        screen(
            "discharge editor",
            "discharge.xhtml",
            "discharge/{client}",
            By.id("dischargeForm"),
            CLINICIAN,
            SUPERVISOR));
    // the first note in the chart's notes tab: the clinician's draft or a signed note of Patel's
    screens.add(
        screen(
            "session note",
            "note.xhtml",
            "note/{note}",
            By.id("noteTitle"),
            CLINICIAN,
            SUPERVISOR));
    screens.add(
        screen(
            "group sessions",
            "groups.xhtml",
            "groups",
            By.id("groupsForm"),
            CLINICIAN,
            SUPERVISOR));
    // no group session exists in every run until the demo has one: its page as "not found"
    screens.add(
        screen(
            "group session, no such group",
            "group.xhtml",
            "group/0",
            By.id("notFound"),
            CLINICIAN,
            SUPERVISOR));
    // the caller's first program at the current shift, live or as given by the demo
    screens.add(
        screen(
            "shift handover",
            "handover.xhtml",
            "handover",
            By.id("handoverForm"),
            CLINICIAN,
            SUPERVISOR));
    screens.add(
        screen("intake list", "intake.xhtml", "intake", By.id("listForm"), INTAKE, SUPERVISOR));
    for (String step : INTAKE_STEPS) {
      screens.add(
          screen(
              "intake, step " + step,
              "intake.xhtml",
              "{intake}?step=" + step,
              By.id("intakeForm"),
              INTAKE,
              SUPERVISOR));
    }
    screens.add(
        screen("audit trail", "audit.xhtml", "audit", By.id("auditForm"), SUPERVISOR, ADMIN));
    screens.add(
        new Screen(
            "audit trail, date picker open",
            "audit.xhtml",
            "audit",
            By.id("auditForm"),
            null,
            new Reveal(
                By.cssSelector("[id='auditForm:from'] .ui-datepicker-trigger"),
                null,
                By.id("auditForm:from_panel")),
            visitors(SUPERVISOR, ADMIN)));
    screens.add(screen("administration", "admin.xhtml", "admin", By.id("usersForm"), ADMIN));
    screens.add(screen("staff account", "admin/user.xhtml", "{user}", By.id("userName"), ADMIN));
    screens.add(
        screen(
            "change password",
            "account/password.xhtml",
            "account/password",
            By.id("passwordForm"),
            INTAKE,
            CLINICIAN,
            SUPERVISOR,
            ADMIN));
    // the error pages are static and the same for everyone: each is seen the way users reach it
    screens.add(
        screen(
            "page not found (404)",
            "errors/404.html",
            "no-such-screen",
            By.tagName("h1"),
            CLINICIAN));
    screens.add(
        screen("not allowed (403)", "errors/403.html", "admin", By.tagName("h1"), CLINICIAN));
    screens.add(
        screen(
            "page expired, sign in again",
            "expired.xhtml",
            "expired?return=/dashboard",
            By.id("expired"),
            ANONYMOUS));
    screens.add(
        screen(
            "page expired",
            "errors/expired.html",
            "errors/expired.html",
            By.tagName("h1"),
            ANONYMOUS));
    screens.add(
        screen(
            "something went wrong (500)",
            "errors/500.html",
            "errors/500.html",
            By.tagName("h1"),
            ANONYMOUS));
    return List.copyOf(screens);
  }

  /**
   * @param visitor who
   * @return the screens they visit, in order
   */
  static List<Screen> visitedBy(Visitor visitor) {
    return ALL.stream().filter(s -> s.visitors().contains(visitor)).toList();
  }

  private static Screen screen(String name, String page, String path, By shows, Visitor... who) {
    return new Screen(name, page, path, shows, null, null, visitors(who));
  }

  private static Set<Visitor> visitors(Visitor... who) {
    return Set.copyOf(EnumSet.copyOf(List.of(who)));
  }

  private static Screen chart(String section, String tab, Visitor... who) {
    return new Screen(
        "chart, " + section,
        "client.xhtml",
        "client/{client}?section=" + section,
        By.id("clientName"),
        tab,
        null,
        visitors(who));
  }
}
