package org.waypoint.it.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.waypoint.it.hostile.HostileInputIT.Form;
import org.waypoint.it.hostile.WebSession.Reply;
import org.waypoint.it.support.TestNames;

/**
 * The forms of a shift and of records that close: choosing a handover, giving it, acknowledging it
 * with a synthesis line, withdrawing an intake with its reason, starting a group session and
 * keeping its draft with an attendee's note, a supervisor's acknowledgement of an alert on the
 * dashboard, and revoking a disclosure consent on the chart. A handover is given and acknowledged
 * once per program and shift, an intake withdrawn once and an alert acknowledged once, so these
 * forms are tried on records of their own, a fresh one after each try that saved ({@link
 * #tryEveryFieldOnce}); the handovers are in programs of the test's own, with staff of its own
 * ({@link ShiftSetupServlet}), so no other test's handover or alert is met, whichever order the
 * tests run in.
 */
final class ShiftForms {

  /** Handovers one program offers for giving: the current shift's and the next one's. */
  private static final int SHIFTS_OPEN = 2;

  /**
   * Programs of the test's own: each accepted acknowledgement takes a handover, and so does the
   * valid baseline; one more stays unacknowledged for the foreign view state.
   */
  private static final int PROGRAMS = 5;

  private ShiftForms() {}

  /**
   * The handover screen's three forms, tried by clinicians of the test's own in programs of its
   * own; an intake's withdrawal, tried on intakes the test starts; a group session's start and
   * draft, the dashboard's alert acknowledgement and the chart's consent revocation, for clients of
   * the test's own in the first of those programs.
   */
  static void tryAll(HostileInputIT run) throws Exception {
    Staffing staff = staff(run);
    WebSession giver = run.signIn(staff.giver());
    WebSession receiver = run.signIn(staff.receiver());
    String outside = "handover?program=" + staff.outside();

    // choosing a program and a shift: a choice the page never offered is refused next to it
    run.tryEveryField(
        receiver,
        new Form(
            "handover: choose",
            "handover?program=" + staff.programs().get(0),
            "chooseForm",
            "chooseForm:show",
            false,
            Map.of(),
            HostileInputIT.SAVED_PAGE,
            null,
            null));

    // giving: no field of its own; another session's view state gives nothing, and a program
    // outside the giver's is refused
    Deque<String> toGive = new ArrayDeque<>();
    for (long program : staff.programs()) {
      toGive.addAll(openShifts(giver, program));
    }
    Form give = giveForm(toGive.peek(), outside);
    HostileInputIT.TALLY.forms.add(give.name());
    for (HostileInput input :
        List.of(HostileInput.FOREIGN_VIEW_STATE, HostileInput.CLIENT_OUT_OF_REACH)) {
      HostileInputIT.TALLY.fields.add(give.name() + " (the form)");
      HostileInputIT.TALLY.classesTried.merge(input, 1, Integer::sum);
      HostileInputIT.TALLY.tries++;
      if (input == HostileInput.FOREIGN_VIEW_STATE) {
        run.foreignViewState(giver, give);
      } else {
        run.outOfReach(giver, give);
      }
    }
    Deque<Form> toAcknowledge = new ArrayDeque<>();
    for (String handover : toGive) {
      Form form = giveForm(handover, outside);
      Reply given = run.submit(giver, form, null, null);
      if (!HostileInputIT.saved(form, given)
          || !"Given, waiting for acknowledgement"
              .equals(receiver.get(handover).page().select("#handoverState").text())) {
        throw new AssertionError(
            handover + " was not given: " + HostileInputIT.summary(given.page()));
      }
      toAcknowledge.add(
          new Form(
              "handover: acknowledge",
              handover,
              "handoverForm",
              "handoverForm:acknowledge",
              true,
              Map.of("handoverForm:synthesis", "Read it; nothing to add."),
              // the synthesis shows in the handover's facts once acknowledged (its box is gone)
              handover,
              null,
              outside));
    }
    tryEveryFieldOnce(run, receiver, toAcknowledge);

    WebSession intake = run.signIn("intake");
    Deque<Form> intakes = new ArrayDeque<>();
    for (int i = 0; i < 7; i++) {
      String path = run.startIntake(intake);
      intakes.add(
          new Form(
              "intake: withdraw",
              path + "?step=admission",
              "withdrawForm",
              "withdrawForm:withdraw",
              false,
              Map.of("withdrawForm:withdrawReason", "The client chose another service."),
              // a withdrawn intake's own page says why it was closed
              path,
              null,
              null));
    }
    tryEveryFieldOnce(run, intake, intakes);

    long client = groups(run, staff, giver, intake);
    alerts(run, staff, giver, client);
    consents(run, staff, giver, intake);
  }

  /** Disclosure consents the consent form's client signed at intake: more than its tries revoke. */
  private static final int DISCLOSURES = 4;

  /**
   * Revoking a disclosure consent on the chart, by the client's clinician, for a client of the
   * test's own who signed {@value #DISCLOSURES} of them at intake; a client in a program the
   * clinician does not work in is out of reach.
   */
  private static void consents(
      HostileInputIT run, Staffing staff, WebSession clinician, WebSession intake)
      throws Exception {
    String today = HostileInput.ordinaryDate(TestNames.centerToday());
    String path = run.startIntake(intake);
    for (Form step :
        HostileInputIT.intakeSteps(path, staff.names().get(0), "Shift " + clinician.user)) {
      Reply saved =
          step.name().equals("intake: consents")
              ? withDisclosures(intake, step, today)
              : run.submit(intake, step, null, null);
      if (!saved.redirected()) {
        throw new AssertionError(
            step.name() + " refused: " + HostileInputIT.fieldMessages(saved.page()));
      }
    }
    long client = run.admit(intake, path, today);
    long outside = run.registerClient(intake, staff.outsideName(), "Dana Whitfield");
    run.tryEveryField(
        clinician,
        new Form(
            "chart: consent revocation",
            "client/" + client,
            "sections:consentForm",
            "sections:consentForm:revoke",
            false,
            Map.of(
                "sections:consentForm:revokeIndex_input",
                HostileInputIT.FIRST_OPTION,
                "sections:consentForm:revokedOn_input",
                today),
            null,
            null,
            "client/" + outside));
  }

  /**
   * Saves the intake's consents step with {@value #DISCLOSURES} disclosure consents, added as its
   * button adds a row (each on the page the last answer showed).
   */
  private static Reply withDisclosures(WebSession intake, Form step, String today)
      throws Exception {
    Document page = intake.get(step.page()).page();
    for (int i = 0; i < DISCLOSURES; i++) {
      Map<String, List<String>> values = JsfForm.of(page, "intakeForm").values();
      values.put("intakeForm:addDisclosure", List.of(""));
      Reply added =
          intake.post(page.getElementById("intakeForm").attr("action"), values, null, null);
      if (added.redirected()) {
        throw new AssertionError("adding a disclosure left the step: " + added.url());
      }
      page = added.page();
    }
    Map<String, List<String>> values = JsfForm.of(page, "intakeForm").values();
    step.baseline().forEach((name, value) -> values.put(name, List.of(value)));
    String expires = HostileInput.ordinaryDate(TestNames.centerToday().plusYears(1));
    for (int i = 0; i < DISCLOSURES; i++) {
      String row = "intakeForm:disclosures:" + i + ":";
      values.put(row + "recipient", List.of("County court " + i));
      values.put(row + "purpose", List.of("Progress reports"));
      values.put(row + "signedOn_input", List.of(today));
      values.put(row + "expiresOn_input", List.of(expires));
    }
    values.put(step.button(), List.of(""));
    return intake.post(page.getElementById("intakeForm").attr("action"), values, null, null);
  }

  /**
   * Starting a group session, and its draft with one attendee (a client of the test's own, in a
   * program of its own), kept by the button that asks for the signing password, as the page's
   * typing does.
   */
  private static long groups(
      HostileInputIT run, Staffing staff, WebSession clinician, WebSession intake)
      throws Exception {
    String program = staff.names().get(0);
    long client = run.registerClient(intake, program, "Shift " + clinician.user);
    Form start =
        new Form(
            "group: start",
            "groups",
            "startForm",
            "startForm:start",
            false,
            Map.of(
                "startForm:program_input", "label:" + program, "startForm:topic", "Coping skills"),
            HostileInputIT.SAVED_PAGE,
            null,
            null);
    run.tryEveryField(clinician, start);

    Reply started = run.submit(clinician, start, null, null);
    Matcher id = Pattern.compile("/group/(\\d+)").matcher(started.url());
    if (!started.redirected() || !id.find()) {
      throw new AssertionError("no group started: " + started.url());
    }
    String group = "group/" + id.group(1);
    chooseAttendee(clinician, group, client);
    run.tryEveryField(
        clinician,
        new Form(
            "group session (draft)",
            group,
            "groupForm",
            "groupForm:signFor",
            true,
            Map.of(
                "groupForm:contactDate_input",
                HostileInput.ordinaryDate(TestNames.centerToday()),
                "groupForm:startTime",
                "00:00",
                "groupForm:endTime",
                "00:50"),
            null,
            null,
            null));
    return client;
  }

  /**
   * A supervisor's acknowledgement of an alert on the dashboard, with its note: each alert is
   * raised by a check-in of its own (an urge of 9 of 10 is High), one at a time, so the dashboard
   * of the test's own supervisor shows one alert and its one note box.
   */
  private static void alerts(HostileInputIT run, Staffing staff, WebSession clinician, long client)
      throws Exception {
    WebSession supervisor = run.signIn(staff.supervisor());
    Form checkIn =
        new Form(
            "check-in (High)",
            "check-in/" + client,
            "checkInForm",
            "checkInForm:recordCheckIn",
            true,
            Map.of(
                "checkInForm:selfHarm", "false",
                "checkInForm:wishDead", "false",
                "checkInForm:thoughts", "false",
                "checkInForm:behavior", "false",
                "checkInForm:urge", "9"),
            null,
            null,
            null);
    Form acknowledge =
        new Form(
            "dashboard: alert acknowledgement",
            "dashboard",
            "dashboard",
            "dashboard:alerts:0:acknowledge",
            true,
            Map.of("dashboard:alerts:0:note", "Called the clinician; daily check-ins agreed."),
            // the note shows with the alert on the client's chart
            "client/" + client + "?section=check-ins",
            null,
            null);
    tryEveryFieldOnce(
        run,
        supervisor,
        () -> {
          Reply raised = run.submit(clinician, checkIn, null, null);
          if (!HostileInputIT.saved(checkIn, raised)) {
            throw new AssertionError(
                "no High check-in: " + HostileInputIT.fieldMessages(raised.page()));
          }
          return acknowledge;
        });
  }

  /**
   * Chooses a group's attendee as ticking their box does: PrimeFaces' Ajax request of the box's
   * change, whose listener adds the attendee's part (a button's save keeps the parts it finds).
   */
  private static void chooseAttendee(WebSession clinician, String group, long client)
      throws Exception {
    Document page = clinician.get(group).page();
    Map<String, List<String>> values = JsfForm.of(page, "groupForm").values();
    values.put("groupForm:attendees", List.of(Long.toString(client)));
    StringBuilder body = new StringBuilder();
    WebSession.append(body, "jakarta.faces.partial.ajax", "true");
    WebSession.append(body, "jakarta.faces.source", "groupForm:attendees");
    WebSession.append(body, "jakarta.faces.partial.execute", "groupForm:attendees");
    WebSession.append(body, "jakarta.faces.partial.render", "groupForm:attendeeParts");
    // the behaviour event PrimeFaces sends for a p:ajax without an event (the box's change)
    WebSession.append(body, "jakarta.faces.behavior.event", "valueChange");
    WebSession.append(body, "jakarta.faces.partial.event", "change");
    values.forEach((name, list) -> list.forEach(v -> WebSession.append(body, name, v)));
    String action = clinician.url(page.getElementById("groupForm").attr("action"));
    Reply chosen =
        clinician.follow(
            clinician.send(
                HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Origin", clinician.origin)
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))),
            true,
            action);
    Document after = clinician.get(group).page();
    if (after.select("[name^=\"groupForm:attendee:0:\"]").isEmpty()) {
      throw new AssertionError(
          "the attendee's part is not on "
              + group
              + ": choices "
              + page.select("input[name=\"groupForm:attendees\"]")
              + "; the choice answered "
              + chosen.status()
              + " "
              + chosen.body());
    }
  }

  private static Form giveForm(String handover, String outside) {
    return new Form(
        "handover: give",
        handover,
        "handoverForm",
        "handoverForm:give",
        false,
        Map.of(),
        null,
        null,
        outside);
  }

  /**
   * The handovers of a program for its current and next shifts, as the screen's choice of shifts
   * names them.
   */
  private static List<String> openShifts(WebSession giver, long program) throws Exception {
    Document page = giver.get("handover?program=" + program).page();
    List<String> shifts = new ArrayList<>();
    for (Element option : page.select("select[name=chooseForm:shift_input] option")) {
      String label = option.text();
      if (label.startsWith("Current shift") || label.startsWith("Next shift")) {
        shifts.add(
            "handover?program="
                + program
                + "&shift="
                + URLEncoder.encode(option.attr("value"), StandardCharsets.UTF_8));
      }
    }
    if (shifts.size() != SHIFTS_OPEN) {
      throw new AssertionError("no current and next shift to give: " + page.text());
    }
    return shifts;
  }

  /**
   * Every hostile class on every field of a form that a save closes: each form of {@code fresh} is
   * the same form on a record of its own, taken in turn, the first for the first try and the next
   * whenever a try saved (its form then no longer shows its button); the engine's {@link
   * HostileInputIT.Renewal}.
   */
  static void tryEveryFieldOnce(HostileInputIT run, WebSession session, Deque<Form> fresh)
      throws Exception {
    tryEveryFieldOnce(
        run,
        session,
        () -> {
          if (fresh.isEmpty()) {
            throw new AssertionError("more tries saved than records were made");
          }
          return fresh.pop();
        });
  }

  static void tryEveryFieldOnce(
      HostileInputIT run, WebSession session, HostileInputIT.Renewal fresh) throws Exception {
    run.tryEveryField(
        session,
        null,
        () -> {
          Form form = fresh.renew();
          if (!open(session, form)) {
            throw new AssertionError(form.name() + ": " + form.page() + " is closed already");
          }
          return form;
        });
  }

  /** Whether a form's page still offers its button: its record is not closed yet. */
  private static boolean open(WebSession session, Form form) throws Exception {
    return session.get(form.page()).page().getElementById(form.button()) != null;
  }

  /**
   * @param giver a clinician who gives the handovers
   * @param receiver a clinician who acknowledges them
   * @param supervisor a supervisor of the programs, who acknowledges their alerts
   * @param programs the programs both work in (ids)
   * @param names those programs' names
   * @param outside a program neither works in (id)
   * @param outsideName its name
   */
  private record Staffing(
      String giver,
      String receiver,
      String supervisor,
      List<Long> programs,
      List<String> names,
      long outside,
      String outsideName) {}

  private static Staffing staff(HostileInputIT run) throws Exception {
    String giver = TestNames.uniqueLastName("giver").toLowerCase();
    String receiver = TestNames.uniqueLastName("receiver").toLowerCase();
    String supervisor = TestNames.uniqueLastName("supervisor").toLowerCase();
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < PROGRAMS; i++) {
      codes.add(code());
    }
    values.put("program", codes);
    String outside = code();
    values.put("outside", List.of(outside));
    values.put("user", List.of(giver, receiver));
    values.put("supervisor", List.of(supervisor));
    Reply made = run.probe.post(run.origin + "/waypoint-probe/shift-setup", values, null, null);
    if (made.status() != 200) {
      throw new AssertionError("the shift setup answered " + made.status() + ": " + made.body());
    }
    List<Long> ids = new ArrayList<>();
    for (String line : made.body().strip().split("\n")) {
      ids.add(Long.parseLong(line.substring(line.indexOf(' ') + 1)));
    }
    return new Staffing(
        giver,
        receiver,
        supervisor,
        ids.subList(0, PROGRAMS),
        codes.stream().map(c -> "Handover unit " + c).toList(),
        ids.get(PROGRAMS),
        "Handover unit " + outside);
  }

  /** A new program's code: unique, at most 12 characters. */
  private static String code() {
    String code = TestNames.uniqueLastName("H");
    return code.substring(0, Math.min(12, code.length()));
  }
}
