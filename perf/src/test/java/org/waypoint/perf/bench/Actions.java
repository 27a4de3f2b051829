package org.waypoint.perf.bench;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What staff do, one chain per action of the benchmark, each request named {@code <phase>:<action>}
 * (or {@code <phase>:<action>-page} for the page a write starts from, and {@code
 * <phase>:chart-heavy-<section>} for a chart section loaded on demand). The session carries the
 * user's own clients ({@code clients}, their last names {@code names}), approved discharges of
 * their programs ({@code discharges}), the heavy client ({@code heavy}) and the handover program
 * ({@code handoverProgram}).
 */
final class Actions {

  /**
   * The chart's sections that load on demand ({@code ?section=} names, as the floor names them) by
   * their tab's id, in the order of the tabs. The overview opens with the page; the reports tab
   * reads nothing of the client's (links only) and is left out.
   */
  static final Map<String, String> CHART_SECTIONS = sections();

  private static Map<String, String> sections() {
    Map<String, String> tabs = new LinkedHashMap<>();
    tabs.put("precautions", "precautionsTab");
    tabs.put("safety-plan", "safetyPlanTab");
    tabs.put("notes", "notesTab");
    tabs.put("check-ins", "checkInsTab");
    tabs.put("discharge", "dischargeTab");
    tabs.put("audit-trail", "auditTab");
    return tabs;
  }

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter SHIFT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /**
   * The warning signs' fields of the check-in form ({@code CheckInAnswers.property}); written out
   * because the simulation runs against the server over HTTP and needs none of its classes.
   */
  private static final List<String> SIGNS =
      List.of(
          "hopelessness",
          "selfHarmThoughts",
          "avoidingPeople",
          "harshSelfTalk",
          "sleepChange",
          "appetiteChange");

  /**
   * The note editor's boxes of a SOAP note: the page repeats every {@code NoteField} in order, and
   * SOAP writes Subjective (0), Objective (1), Assessment (6) and Plan (7).
   */
  private static final List<Integer> SOAP_PARTS = List.of(0, 1, 6, 7);

  private final BenchConfig config;
  private final String origin;

  Actions(BenchConfig config) {
    this.config = config;
    java.net.URI base = java.net.URI.create(config.baseUrl);
    this.origin =
        base.getScheme()
            + "://"
            + base.getHost()
            + (base.getPort() < 0 ? "" : ":" + base.getPort());
  }

  /** Where the page's form posts to: its action, an absolute path on the server. */
  private String postback(Session s) {
    return origin + s.getString(Faces.ACTION);
  }

  /** Signs in through the sign-in page's own form (not measured: named {@code sign-in}). */
  ChainBuilder signIn() {
    return exec(http("sign-in-page").get("/login").check(Faces.keepForm("loginForm")))
        .exec(
            http("sign-in")
                .post(this::postback)
                .formParamSeq(
                    s ->
                        Faces.fields(
                            s,
                            Map.of(
                                "loginForm:username",
                                s.getString("user"),
                                "loginForm:password",
                                config.password,
                                "loginForm:signIn",
                                "")))
                .check(Faces.page("id=\"dashboard\"")));
  }

  /**
   * @param phase {@code latency}, {@code load} or {@code warmup}
   * @param role {@code clinician}, {@code supervisor} or {@code intake}
   */
  ChainBuilder dashboard(String phase, String role) {
    return exec(http(phase + ":dashboard-" + role).get("/").check(Faces.page("id=\"dashboard\"")));
  }

  /** The client list, then a search by the first letters of a last name (Ajax, as the page). */
  ChainBuilder clientSearch(String phase) {
    return exec(Actions::nextClient)
        .exec(
            http(phase + ":client-search-page")
                .get("/clients")
                .check(Faces.page("id=\"clientsForm\""))
                .check(Faces.keepForm("clientsForm")))
        .exec(
            http(phase + ":client-search")
                .post(this::postback)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamSeq(
                    s ->
                        Faces.ajax(
                            s,
                            "clientsForm:search",
                            "clientsForm",
                            "clientsForm",
                            Map.of("clientsForm:text", s.getString("searchText"))))
                .check(Faces.partial())
                .check(substring("client-link").exists()));
  }

  /**
   * Opens the heavy client's chart (its overview), then each other section as the page loads it
   * when its tab is first shown: PrimeFaces' dynamic tab load with its {@code tabChange} behaviour,
   * sent with the page's first form (the tab view is in none).
   */
  ChainBuilder chartHeavy(String phase) {
    ChainBuilder chain =
        exec(
            http(phase + ":chart-heavy")
                .get(s -> "/client/" + s.getLong("heavy"))
                .check(Faces.page("id=\"clientName\""))
                .check(Faces.keepForm("signOutForm"))
                .check(regex("href=\"#sections:([A-Za-z]+)\"").findAll().saveAs("chartTabs")));
    for (Map.Entry<String, String> section : CHART_SECTIONS.entrySet()) {
      chain = chain.exec(chartSection(phase, section.getKey(), section.getValue()));
    }
    return chain;
  }

  private ChainBuilder chartSection(String phase, String section, String tab) {
    return doIf(s -> s.<String>getList("chartTabs").contains(tab))
        .then(
            exec(
                http(phase + ":chart-heavy-" + section)
                    .post(this::postback)
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .formParamSeq(
                        s -> {
                          Map<String, Object> e = new LinkedHashMap<>();
                          e.put("sections_contentLoad", "true");
                          e.put("sections_currentTab", "sections:" + tab);
                          e.put(
                              "sections_tabindex",
                              String.valueOf(s.<String>getList("chartTabs").indexOf(tab)));
                          e.put("jakarta.faces.behavior.event", "tabChange");
                          e.put("jakarta.faces.partial.event", "tabChange");
                          e.put("primefaces.ignoreautoupdate", "true");
                          return Faces.ajax(s, "sections", "sections", "sections", e);
                        })
                    .check(Faces.partial())
                    .check(substring("panel refusal").notExists())));
  }

  /** Records a check-in for one of the user's clients: the form, then the save (Ajax). */
  ChainBuilder checkIn(String phase) {
    return exec(Actions::nextClient)
        .exec(
            http(phase + ":check-in-record-page")
                .get(s -> "/check-in/" + s.getLong("client"))
                .check(Faces.page("id=\"checkInForm\""))
                .check(Faces.keepForm("checkInForm")))
        .exec(
            http(phase + ":check-in-record")
                .post(this::postback)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamSeq(
                    s ->
                        Faces.ajax(
                            s,
                            "checkInForm:recordCheckIn",
                            "checkInForm",
                            "checkInForm",
                            checkInAnswers()))
                .check(Faces.savedAndRedirected()));
  }

  /** Answers of a client doing fairly well, varied (the level computed stays below High). */
  private static Map<String, Object> checkInAnswers() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("checkInForm:contact", r.nextBoolean() ? "IN_SESSION" : "PHONE");
    a.put("checkInForm:selfHarm", "false");
    a.put("checkInForm:substanceUse", r.nextInt(5) == 0 ? "USED" : "NONE");
    a.put("checkInForm:urge", String.valueOf(r.nextInt(4)));
    a.put("checkInForm:meansAccess", "false");
    for (String sign : SIGNS) {
      a.put("checkInForm:" + sign, String.valueOf(r.nextInt(2)));
    }
    a.put("checkInForm:wishDead", r.nextInt(5) == 0 ? "true" : "false");
    a.put("checkInForm:thoughts", "false");
    a.put("checkInForm:behavior", "false");
    a.put("checkInForm:supportContacted", r.nextBoolean() ? "true" : "false");
    a.put(
        "checkInForm:clientWords",
        "Sleeping better this week; went for a walk with my sister when things felt heavy.");
    return a;
  }

  /**
   * Saves a new version of one of the user's clients' safety plans: the editor, one entry reworded,
   * the version saved (a full postback, answered by a redirect to the chart).
   */
  ChainBuilder planSave(String phase) {
    return exec(Actions::nextClient)
        .exec(
            http(phase + ":plan-save-page")
                .get(s -> "/safety-plan/" + s.getLong("client"))
                .check(Faces.page("id=\"planForm\""))
                .check(Faces.keepForm("planForm")))
        .exec(
            s ->
                s.set(
                    "planEntry",
                    s.<Map<String, Object>>get(Faces.FORM).keySet().stream()
                        .filter(k -> k.matches("planForm:parts:\\d+:entries:\\d+:text"))
                        .findFirst()
                        .orElse("")))
        .exec(
            doIf(s -> s.getString("planEntry").isEmpty())
                .then(
                    exec(http(phase + ":plan-save-entry")
                            .post(this::postback)
                            .header("Faces-Request", "partial/ajax")
                            .header("X-Requested-With", "XMLHttpRequest")
                            .formParamSeq(
                                s ->
                                    Faces.ajax(
                                        s,
                                        "planForm:parts:0:addEntry",
                                        "planForm",
                                        "planForm:planParts planForm:draftStatus",
                                        Map.of()))
                            .check(Faces.partial()))
                        .exec(s -> s.set("planEntry", "planForm:parts:0:entries:0:text"))))
        .exec(
            http(phase + ":plan-save")
                .post(this::postback)
                .disableFollowRedirect()
                .formParamSeq(
                    s -> {
                      Map<String, Object> e = new LinkedHashMap<>();
                      e.put(
                          s.getString("planEntry"),
                          "Go for a walk by the river and call my sister (reviewed "
                              + LocalDate.now(config.zone)
                              + ")");
                      e.put("planForm:reviewedWithClient_input", "on");
                      e.put("planForm:acknowledgement", "NOT_YET");
                      e.put("planForm:note", "Reviewed together in session; steps still fit.");
                      e.put("planForm:saveVersion", "");
                      return Faces.fields(s, e);
                    })
                .check(
                    status().is(302),
                    header("Location")
                        .find()
                        .transform(l -> l.contains("/client/") && l.contains("section=safety-plan"))
                        .is(true)));
  }

  /**
   * Writes a note for one of the user's clients and signs it: a new note (the draft starts and the
   * editor opens), the whole draft saved as the page's script does, then signed with the password.
   */
  ChainBuilder noteSign(String phase) {
    return exec(Actions::nextClient)
        .exec(
            http(phase + ":note-sign-page")
                .get(s -> "/note/new?client=" + s.getLong("client"))
                .check(Faces.page("id=\"noteForm\""))
                .check(Faces.keepForm("noteForm"))
                .check(
                    regex(
                            "\"(noteForm:[^\"]+)\"[^;]{0,200}?noteSaveAll|noteSaveAll[^;]{0,200}?\"(noteForm:[^\"]+)\"")
                        .saveAs("saveAll")))
        .exec(s -> s.set("note", noteContent(s)))
        .exec(
            http(phase + ":note-draft")
                .post(this::postback)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamSeq(
                    s ->
                        Faces.ajax(
                            s,
                            s.getString("saveAll"),
                            "noteForm",
                            "noteForm:draftStatus noteForm:conflict noteForm:minutes",
                            s.<Map<String, Object>>get("note")))
                .check(Faces.partial())
                .check(substring("data-state=\"saved\"").exists()))
        .exec(
            http(phase + ":note-sign")
                .post(this::postback)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParamSeq(
                    s -> {
                      Map<String, Object> e =
                          new LinkedHashMap<>(s.<Map<String, Object>>get("note"));
                      e.put("noteForm:password", config.password);
                      return Faces.ajax(
                          s,
                          "noteForm:confirmSign",
                          "noteForm",
                          "noteForm:draftStatus noteForm:password",
                          e);
                    })
                .check(Faces.savedAndRedirected()));
  }

  /** A SOAP note of a 45-minute individual session that ended a few minutes ago. */
  private Map<String, Object> noteContent(Session s) {
    LocalDateTime end =
        LocalDateTime.now(config.zone).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
    LocalDateTime start = end.minusMinutes(45);
    if (!start.toLocalDate().equals(end.toLocalDate())) {
      start = end.toLocalDate().minusDays(1).atTime(LocalTime.of(10, 0));
      end = start.plusMinutes(45);
    }
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("noteForm:contactDate_input", DATE.format(start));
    e.put("noteForm:startTime", TIME.format(start));
    e.put("noteForm:endTime", TIME.format(end));
    e.put("noteForm:modality", "INDIVIDUAL");
    e.put("noteForm:format", "SOAP");
    for (int i = 0; i < SOAP_PARTS.size(); i++) {
      e.put("noteForm:parts:" + SOAP_PARTS.get(i) + ":text", TEXTS.get(i));
    }
    e.put("noteForm:riskLevel_input", "LOW");
    e.put(
        "noteForm:riskObserved", "No thoughts of self-harm reported; engaged and future-oriented.");
    e.put("noteForm:planGateReason", "Plan reviewed at the previous session two days ago.");
    e.put("noteForm:interventions", List.of("CBT", "SAFETY_PLAN_REVIEW"));
    e.put("noteForm:password", "");
    return e;
  }

  private static final List<String> TEXTS =
      Arrays.asList(
          "Client reports a steadier week. Sleep improved to six or seven hours; appetite normal."
              + " Describes two evenings of low mood after a conflict at work, managed by calling"
              + " a friend and going for a walk, as listed in the safety plan.",
          "Alert and oriented, good eye contact, speech of normal rate. Affect brighter than last"
              + " session, congruent with stated mood. No signs of intoxication.",
          "Mood improving with consistent use of coping skills. Risk remains low: no current"
              + " ideation, protective factors include family support and work.",
          "Continue weekly sessions; practise the distress-tolerance skill twice before next"
              + " session; review the safety plan together at the next visit.");

  /** The handover PDF of the handover program, for the shift under way. */
  ChainBuilder handoverPdf(String phase) {
    return exec(
        http(phase + ":handover-pdf")
            .get(
                s ->
                    "/reports/handover/"
                        + s.getLong("handoverProgram")
                        + "?shift="
                        + currentShift())
            .check(pdf()));
  }

  /** The discharge safety plan PDF of an approved discharge in one of the user's programs. */
  ChainBuilder dischargePdf(String phase) {
    return exec(s -> {
          List<Long> d = s.getList("discharges");
          int n = s.getInt("n");
          return s.set("n", n + 1).set("discharge", d.get(n % d.size()));
        })
        .exec(
            http(phase + ":discharge-pdf")
                .get(s -> "/reports/discharge-plan/" + s.getLong("discharge"))
                .check(pdf()));
  }

  private static List<io.gatling.javaapi.core.CheckBuilder> pdf() {
    return List.of(
        status().is(200), header("Content-Type").is("application/pdf"), substring("%PDF").exists());
  }

  /** The key of the shift under way in the center ({@code 2026-11-30T15:00}). */
  private String currentShift() {
    ZonedDateTime now = ZonedDateTime.now(config.zone);
    List<LocalTime> starts = new ArrayList<>();
    for (String t : config.shifts.split(",")) {
      starts.add(LocalTime.parse(t.strip()));
    }
    starts.sort(null);
    LocalDate day = now.toLocalDate();
    LocalTime start = null;
    for (LocalTime t : starts) {
      if (!t.isAfter(now.toLocalTime())) {
        start = t;
      }
    }
    if (start == null) {
      day = day.minusDays(1);
      start = starts.get(starts.size() - 1);
    }
    return SHIFT.format(day.atTime(start));
  }

  /** Takes the user's next own client (each user goes round their clients in turn). */
  private static Session nextClient(Session s) {
    List<Long> clients = s.getList("clients");
    List<String> names = s.getList("names");
    int n = s.getInt("n");
    int i = n % clients.size();
    String name = names.get(i);
    return s.set("n", n + 1)
        .set("client", clients.get(i))
        .set("searchText", name.substring(0, Math.min(4, name.length())));
  }
}
