package org.waypoint.perf.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.waypoint.audit.AuditAction;
import org.waypoint.client.Mrn;
import org.waypoint.client.SearchText;
import org.waypoint.risk.CheckInFacts;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.RiskRules;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.SuicideScreening;
import org.waypoint.risk.WarningSign;

/**
 * Every client's history, made one client at a time from the client's own random source (so a
 * client's history does not depend on anyone else's) and streamed into the tables: the large tables
 * each on a connection of their own (their {@code COPY}s run side by side), the rest gathered and
 * sent at the end.
 */
final class History {

  /** Opens a loading connection. */
  interface Connector {
    Connection open() throws SQLException;
  }

  private static final String LINE = "\n";
  private static final String SIGNATURE =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
          + "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
  private static final String CENTER = "Waypoint Network";
  private static final int[] CALL_DAYS = {3, 7, 14, 21, 28};
  private static final LocalTime[] SHIFTS = {
    LocalTime.of(7, 0), LocalTime.of(15, 0), LocalTime.of(23, 0)
  };

  private final Network network;
  private final long seed;
  private final Instant now;
  private final LocalDate today;
  private final String passwordHash;
  private final AuditLog audit;

  private long checkInId;
  private long noteId;
  private long addendumId;
  private long reviewId;
  private long versionId;
  private long alertId;
  private long taskId;
  private long precautionId;
  private long dischargeId;
  private long callId;
  private long assessmentId;
  private long intakeId;

  /** What the handover needs of each active client, by program. */
  private final List<List<String>> handoverBlocks = new ArrayList<>();

  private final int[][] levelCounts = new int[Scale.PROGRAMS][4];
  private final int[] risingCounts = new int[Scale.PROGRAMS];

  // the large tables, each streaming on a connection of its own
  private CopyStream checkIns;
  private CopyStream assessments;
  private CopyStream notes;
  private CopyStream entries;
  private CopyStream versions;
  private CopyStream alerts;

  // the rest, gathered in memory and sent at the end
  private final List<CopyStream> gathered = new ArrayList<>();
  private CopyStream programs;
  private CopyStream staffUsers;
  private CopyStream userRoles;
  private CopyStream userPrograms;
  private CopyStream clients;
  private CopyStream tasks;
  private CopyStream addenda;
  private CopyStream reviews;
  private CopyStream plans;
  private CopyStream precautions;
  private CopyStream discharges;
  private CopyStream appointments;
  private CopyStream calls;
  private CopyStream intakes;
  private CopyStream intakeContacts;
  private CopyStream intakeMethods;
  private CopyStream intakeConditions;
  private CopyStream handovers;
  private CopyStream acknowledgements;

  History(Network network, long seed, Instant now, String passwordHash) {
    this.network = network;
    this.seed = seed;
    this.now = now;
    this.today = Generator.localDate(now);
    this.passwordHash = passwordHash;
    String[] names = new String[network.staff.size()];
    String[] roles = new String[names.length];
    for (Network.Staff s : network.staff) {
      names[s.index()] = s.username();
      roles[s.index()] = s.role();
    }
    this.audit = new AuditLog(now.minus(Duration.ofDays(1200)), names, roles);
    for (int p = 0; p < Scale.PROGRAMS; p++) {
      handoverBlocks.add(new ArrayList<>());
    }
  }

  AuditLog audit() {
    return audit;
  }

  private CopyStream gather(String table, String columns) {
    CopyStream stream = CopyStream.gathering(table, columns);
    gathered.add(stream);
    return stream;
  }

  void write(Connector connector, Connection rest) throws Exception {
    List<CopyStream> live = new ArrayList<>();
    checkIns =
        live(
            live,
            connector,
            "check_in",
            "id, client_id, recorded_at, recorded_by, contact, self_harm, self_harm_on,"
                + " medical_care, urge, hopelessness, self_harm_thoughts, avoiding_people,"
                + " harsh_self_talk, sleep_change, appetite_change, substance_use, means_access,"
                + " wish_dead, suicidal_thoughts, method, intent, suicide_plan, behavior,"
                + " behavior_recent, coping_used, plan_version, support_contacted, client_words,"
                + " computed_level, computed_reasons, level, override_reason, rising_reason,"
                + " crisis_steps");
    assessments =
        live(
            live,
            connector,
            "risk_assessment",
            "id, client_id, level, reasons, source, assessed_at, assessed_by");
    notes =
        live(
            live,
            connector,
            "session_note",
            "id, client_id, author, status, contact_date, start_time, end_time, modality,"
                + " note_format, subjective, objective, assessment, plan, data, behavior,"
                + " intervention, response, risk_level, check_in_id, risk_observed, interventions,"
                + " next_appointment, revises_id, created_at, saved_at, signed_at, signed_by,"
                + " late_entry, co_sign_required, version");
    entries =
        live(
            live,
            connector,
            "safety_plan_entry",
            "version_id, position, entry_key, part, text, relationship, phone, held_by");
    versions =
        live(
            live,
            connector,
            "safety_plan_version",
            "id, plan_id, number, saved_at, saved_by, reviewed_with_client, acknowledgement,"
                + " acknowledged_with, signature, review_due, note");
    alerts =
        live(
            live,
            connector,
            "risk_alert",
            "id, client_id, check_in_id, level, summary, raised_at, acknowledged_at,"
                + " acknowledged_by, note, version");
    programs = gather("program", "id, code, name, level_of_care, version");
    staffUsers =
        gather(
            "staff_user",
            "id, username, display_name, password_hash, enabled, demo_account, created_at,"
                + " version, failed_sign_ins, must_change_password, needs_co_signature");
    userRoles = gather("user_role", "user_id, role");
    userPrograms = gather("user_program", "user_id, program_id");
    clients =
        gather(
            "client",
            "id, mrn, legal_first_name, legal_last_name, preferred_name, pronouns, date_of_birth,"
                + " phone, program_id, primary_clinician_id, status, admission_date,"
                + " registered_at, registered_by, version, language, search_name, risk_level,"
                + " check_in_due, rising");
    tasks =
        gather(
            "review_task",
            "id, client_id, check_in_id, assignee, opened_at, closed_at, closed_by, outcome,"
                + " version");
    addenda = gather("note_addendum", "id, note_id, position, body, reason, author, written_at");
    reviews = gather("note_review", "id, note_id, decision, decided_by, decided_at, comment");
    plans = gather("safety_plan", "id, client_id, latest_number, review_due, version");
    precautions =
        gather(
            "precaution",
            "id, client_id, kind, observation_level, details, started_at, started_by, ends_at,"
                + " ended_at, ended_by, end_note, version");
    discharges =
        gather(
            "discharge",
            "id, client_id, open_client_id, state, planned_date, kind, reason, lethal_means,"
                + " crisis_resources_given, prepared_by, prepared_at, updated_by, updated_at,"
                + " approved_by, approved_at, completed_at, version");
    appointments =
        gather(
            "aftercare_appointment",
            "discharge_id, position, starts_at, provider, telehealth, address, phone");
    calls =
        gather(
            "follow_up_call",
            "id, discharge_id, client_id, number, days_after, due_date, outcome, next_step,"
                + " recorded_by, recorded_at, version");
    intakes =
        gather(
            "intake",
            "id, status, started_at, started_by, updated_at, updated_by, saved_steps,"
                + " complete_steps, referral_source, referral_date, referral_reason,"
                + " legal_first_name, legal_last_name, preferred_name, pronouns, date_of_birth,"
                + " language, phone, city, state, no_emergency_contact, payer_type,"
                + " treatment_consent, treatment_consent_on, presenting_concerns,"
                + " self_harm_history, self_harm_frequency, screen_wish_dead, screen_thoughts,"
                + " screen_method, screen_intent, screen_plan, screen_behavior,"
                + " screen_behavior_recent, program_id, primary_clinician_id, admission_date,"
                + " client_id, withdrawn_reason, version");
    intakeContacts =
        gather(
            "intake_contact", "intake_id, position, name, relationship, phone, consent_to_contact");
    intakeMethods = gather("intake_self_harm_method", "intake_id, method");
    intakeConditions = gather("intake_condition", "intake_id, condition_code");
    handovers =
        gather(
            "handover",
            "id, program_id, shift_date, shift_start, shift_end, shift_starts_at, given_by,"
                + " given_at, clients, snapshot");
    acknowledgements =
        gather(
            "handover_acknowledgement",
            "id, handover_id, acknowledged_by, acknowledged_at, synthesis");

    programsAndStaff();
    for (Network.Client c : network.clients) {
      client(c);
    }
    openIntakes();
    handovers();
    signIns();
    for (CopyStream stream : live) {
      stream.close();
      stream.connection().close();
    }
    for (CopyStream stream : gathered) {
      stream.sendTo(rest);
    }
  }

  private static CopyStream live(
      List<CopyStream> live, Connector connector, String table, String columns)
      throws SQLException {
    CopyStream stream = new CopyStream(connector.open(), table, columns);
    live.add(stream);
    return stream;
  }

  private String username(int staff) {
    return network.staff.get(staff).username();
  }

  private void programsAndStaff() throws SQLException {
    for (int p = 0; p < Scale.PROGRAMS; p++) {
      programs
          .num(p + 1)
          .text(String.format(Locale.ROOT, "P%02d", p + 1))
          .text(Words.programName(p))
          .text(Words.LEVEL_CODES[p % 4])
          .num(0);
      programs.end();
    }
    Instant created = now.minus(Duration.ofDays(1200));
    for (Network.Staff s : network.staff) {
      staffUsers
          .num(s.id())
          .text(s.username())
          .text(s.displayName())
          .text(passwordHash)
          .bool(true)
          .bool(false)
          .time(created)
          .num(0)
          .num(0)
          .bool(false)
          .bool(s.needsCoSignature());
      staffUsers.end();
      userRoles.num(s.id()).text(s.role());
      userRoles.end();
      for (int p : s.programs()) {
        userPrograms.num(s.id()).num(p + 1);
        userPrograms.end();
      }
    }
  }

  /** One check-in as made: its answers, what the rules said, and what was recorded. */
  private record Made(
      long id, Instant at, RiskLevel level, int urge, RiskFinding recorded, String rising) {}

  private void client(Network.Client c) throws SQLException {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + c.id * 7_919L);
    Instant admitted = Generator.at(c.admitted, 9, 0);
    Instant end =
        c.discharged != null
            ? Generator.at(c.discharged, 9, 0)
            : now.minus(
                Duration.ofHours(r.nextInt(10) == 0 ? 200 + r.nextInt(100) : 2 + r.nextInt(150)));
    Network.Staff clinician = network.staff.get(c.clinician);
    int[] sups = network.supervisors(c.program);
    int intakeBy = network.intakeStaff(c.id);

    // intake and its screening
    SuicideScreening screening =
        new SuicideScreening(
                r.nextInt(3) == 0,
                r.nextInt(4) == 0,
                r.nextInt(2) == 0,
                r.nextInt(5) == 0,
                r.nextInt(5) == 0,
                r.nextInt(4) == 0,
                r.nextInt(2) == 0)
            .asked();
    RiskFinding intakeFinding = RiskRules.assess(CheckInFacts.screeningOnly(screening));
    intake(c, r, screening, admitted, intakeBy);
    assessment(c.id, intakeFinding, "INTAKE_SCREENING", admitted, username(intakeBy));

    // the safety plan's versions
    Instant[] planTimes = times(r, admitted.plus(Duration.ofHours(5)), end, c.versions);
    String[][] plan = planEntries(r);
    RiskLevel planLevel = intakeFinding.level();
    LocalDate reviewDue = null;
    long planId = c.id;
    for (int v = 0; v < planTimes.length; v++) {
      versionId++;
      Instant at = planTimes[v];
      int ack = r.nextInt(10);
      int byIndex = v % 4 == 3 ? sups[0] : clinician.index();
      String by = username(byIndex);
      reviewDue = Generator.localDate(at).plusDays(planLevel.isAbove(RiskLevel.MODERATE) ? 30 : 90);
      versions
          .num(versionId)
          .num(planId)
          .num(v + 1)
          .time(at)
          .text(by)
          .bool(ack < 8)
          .text(ack < 3 ? "SIGNED" : ack < 7 ? "VERBAL" : "NOT_YET")
          .text(ack >= 3 && ack < 7 ? "Client, in session" : null)
          .text(ack < 3 ? SIGNATURE : null)
          .date(reviewDue)
          .text(
              v == 0
                  ? "First plan, written at admission"
                  : r.nextInt(3) == 0 ? "Updated after a check-in" : null);
      versions.end();
      int position = 0;
      for (int e = 0; e < plan.length; e++) {
        // later versions add a reason for living and take a distraction away, now and then
        if (e == plan.length - 1 && v % 2 == 0) {
          continue;
        }
        String[] entry = plan[e];
        entries
            .num(versionId)
            .num(position++)
            .text(entry[0])
            .text(entry[1])
            .text(entry[2])
            .text(entry[3])
            .text(entry[4])
            .text(entry[5]);
        entries.end();
      }
      audit.add(
          at,
          byIndex,
          AuditAction.SAFETY_PLAN_SAVE,
          c.id,
          AuditLog.CLIENT,
          c.id,
          "version " + (v + 1));
    }
    if (planTimes.length > 0) {
      plans.num(planId).num(c.id).num(planTimes.length).date(reviewDue).num(planTimes.length - 1);
      plans.end();
    }

    // check-ins, their assessments, alerts and review tasks
    List<Made> made =
        checkIns(c, r, admitted, end, intakeFinding.level(), planTimes, plan, clinician, sups);

    // session notes
    notes(c, r, admitted, end, clinician, sups, made);

    // precautions
    precautions(c, r, admitted, end, sups);

    // discharge
    discharge(c, r, clinician, sups);

    // the client row, with the latest risk
    Made last = made.isEmpty() ? null : made.get(made.size() - 1);
    RiskLevel level = last == null ? intakeFinding.level() : last.level();
    boolean rising = last != null && last.rising() != null;
    Instant due = c.active ? (last == null ? now : last.at().plus(level.checkInEvery())) : null;
    String status = c.active ? "ACTIVE" : "DISCHARGED";
    clients
        .num(c.id)
        .text(Mrn.of(c.mrnSequence()))
        .text(c.first)
        .text(c.last)
        .text(c.preferred)
        .text(c.pronouns)
        .date(c.born)
        .text(phone(r))
        .num(c.program + 1)
        .num(clinician.id())
        .text(status)
        .date(c.admitted)
        .time(admitted)
        .text(username(intakeBy))
        .num(0)
        .text(c.language)
        .text(SearchText.nameKey(c.first, c.last, c.preferred))
        .text(level.name())
        .time(due)
        .bool(rising);
    clients.end();
    audit.add(admitted, intakeBy, AuditAction.INTAKE_ADMIT, 0, AuditLog.INTAKE, c.id, null);
    if (c.active) {
      levelCounts[c.program][level.ordinal()]++;
      if (rising) {
        risingCounts[c.program]++;
      }
      handoverBlocks.get(c.program).add(block(c, clinician, last, level, rising, due));
    }
  }

  /** Times spread over [from, to], increasing, each in its own slice with some jitter. */
  private static Instant[] times(SplittableRandom r, Instant from, Instant to, int n) {
    Instant[] times = new Instant[n];
    long span = Math.max(n, Duration.between(from, to).getSeconds());
    for (int k = 0; k < n; k++) {
      double u = (k + 0.1 + 0.8 * r.nextDouble()) / n;
      times[k] = from.plusSeconds((long) (span * u));
    }
    return times;
  }

  private String[][] planEntries(SplittableRandom r) {
    List<String[]> list = new ArrayList<>();
    String[] parts = {
      "WARNING_SIGNS", "WARNING_SIGNS", "COPING_ALONE", "COPING_ALONE", "COPING_ALONE",
      "DISTRACTIONS", "PEOPLE_TO_ASK", "PEOPLE_TO_ASK", "PROFESSIONALS", "PROFESSIONALS",
      "SAFER_SURROUNDINGS", "REASONS_FOR_LIVING", "REASONS_FOR_LIVING", "DISTRACTIONS"
    };
    for (String part : parts) {
      String key = new UUID(r.nextLong(), r.nextLong()).toString();
      String text;
      String relationship = null;
      String phone = null;
      String heldBy = null;
      switch (part) {
        case "WARNING_SIGNS" -> text = Words.pick(r, Words.WARNING_SIGNS);
        case "COPING_ALONE" -> text = Words.pick(r, Words.COPING);
        case "DISTRACTIONS" -> text = Words.pick(r, Words.DISTRACTIONS);
        case "PEOPLE_TO_ASK" -> {
          text = Words.pick(r, Words.FIRST) + " " + Words.pick(r, Words.LAST);
          relationship = r.nextBoolean() ? "Sister" : "Friend";
          phone = phone(r);
        }
        case "PROFESSIONALS" -> {
          text = r.nextBoolean() ? "988 Suicide & Crisis Lifeline" : "Center on-call clinician";
          phone = text.startsWith("988") ? "988" : phone(r);
        }
        case "SAFER_SURROUNDINGS" -> {
          text = "Medications kept in a locked box";
          heldBy = "Mother";
        }
        default -> text = Words.pick(r, Words.REASONS);
      }
      list.add(new String[] {key, part, text, relationship, phone, heldBy});
    }
    return list.toArray(String[][]::new);
  }

  private static String phone(SplittableRandom r) {
    return String.format(Locale.ROOT, "(%03d) 555-%04d", 200 + r.nextInt(700), r.nextInt(10_000));
  }

  private void assessment(long client, RiskFinding finding, String source, Instant at, String by)
      throws SQLException {
    assessments
        .num(++assessmentId)
        .num(client)
        .text(finding.level().name())
        .text(String.join(LINE, finding.reasons()))
        .text(source)
        .time(at)
        .text(by);
    assessments.end();
  }

  private static int clamp(long value, int max) {
    return (int) Math.max(0, Math.min(max, value));
  }

  private List<Made> checkIns(
      Network.Client c,
      SplittableRandom r,
      Instant admitted,
      Instant end,
      RiskLevel intakeLevel,
      Instant[] planTimes,
      String[][] plan,
      Network.Staff clinician,
      int[] sups)
      throws SQLException {
    Instant[] times = times(r, admitted.plus(Duration.ofHours(26)), end, c.checkIns);
    List<Made> made = new ArrayList<>(times.length);
    double severity = 0.1 + 0.3 * r.nextDouble();
    RiskLevel previous = intakeLevel;
    List<Integer> urges = new ArrayList<>();
    Instant taskOpenUntil = Instant.MIN;
    int planIndex = 0;
    for (Instant at : times) {
      severity =
          Math.max(0, Math.min(1, severity + r.nextGaussian() * 0.07 + (0.22 - severity) * 0.05));
      boolean selfHarm = r.nextDouble() < 0.04 * severity;
      boolean medical = selfHarm && r.nextInt(4) == 0;
      int urge = clamp(Math.round(severity * 10 + r.nextGaussian() * 1.5), 10);
      Map<WarningSign, Integer> signs = new EnumMap<>(WarningSign.class);
      for (WarningSign sign : WarningSign.values()) {
        signs.put(sign, clamp(Math.round(severity * 4 + r.nextGaussian() * 0.8), 4));
      }
      int su = r.nextInt(100);
      SubstanceUse substance =
          su < 88
              ? SubstanceUse.NONE
              : su < 96
                  ? SubstanceUse.USED
                  : su < 98 ? SubstanceUse.INTOXICATED : SubstanceUse.WITHDRAWAL;
      boolean means = r.nextInt(7) == 0;
      boolean thoughts = r.nextDouble() < 0.3 * severity;
      boolean behavior = r.nextDouble() < 0.015;
      SuicideScreening screening =
          new SuicideScreening(
                  r.nextDouble() < 0.3 * severity,
                  thoughts,
                  r.nextDouble() < 0.35,
                  r.nextDouble() < 0.12,
                  r.nextDouble() < 0.12,
                  behavior,
                  r.nextBoolean())
              .asked();
      CheckInFacts facts =
          new CheckInFacts(selfHarm, medical, urge, signs, substance, means, screening);
      RiskFinding computed = RiskRules.assess(facts);
      RiskLevel level = computed.level();
      String override = null;
      if (r.nextInt(50) == 0 && level != RiskLevel.IMMINENT) {
        level = RiskLevel.values()[level.ordinal() + 1];
        override = "Presentation in session was more worrying than the answers";
      }
      String rising = RiskRules.rising(level, previous, urge, reversed(urges)).orElse(null);
      RiskFinding recorded =
          override == null
              ? computed
              : new RiskFinding(
                  level,
                  List.of(
                      "clinician's judgement: "
                          + override
                          + " (the rules gave "
                          + computed.summary()
                          + ")"));
      while (planIndex < planTimes.length && !planTimes[planIndex].isAfter(at)) {
        planIndex++;
      }
      String coping = null;
      Integer planVersion = null;
      if (planIndex > 0 && r.nextBoolean()) {
        coping = plan[2][2] + (r.nextBoolean() ? LINE + plan[3][2] : "");
        planVersion = planIndex;
      }
      boolean byClinician = r.nextInt(10) != 0;
      int recorder = byClinician ? clinician.index() : sups[r.nextInt(2)];
      long id = ++checkInId;
      checkIns
          .num(id)
          .num(c.id)
          .time(at)
          .text(username(recorder))
          .text(r.nextInt(10) < 7 ? "IN_SESSION" : "PHONE")
          .bool(selfHarm)
          .date(selfHarm ? Generator.localDate(at).minusDays(1 + r.nextInt(3)) : null)
          .bool(selfHarm ? medical : null)
          .num(urge)
          .num(signs.get(WarningSign.HOPELESSNESS))
          .num(signs.get(WarningSign.SELF_HARM_THOUGHTS))
          .num(signs.get(WarningSign.AVOIDING_PEOPLE))
          .num(signs.get(WarningSign.HARSH_SELF_TALK))
          .num(signs.get(WarningSign.SLEEP_CHANGE))
          .num(signs.get(WarningSign.APPETITE_CHANGE))
          .text(substance.name())
          .bool(means)
          .bool(screening.wishDead())
          .bool(screening.thoughts())
          .bool(screening.method())
          .bool(screening.intent())
          .bool(screening.plan())
          .bool(screening.behavior())
          .bool(screening.behaviorRecent())
          .text(coping)
          .num(planVersion)
          .bool(r.nextInt(3) == 0)
          .text(r.nextInt(10) < 3 ? Words.pick(r, Words.CLIENT_WORDS) : null)
          .text(computed.level().name())
          .text(String.join(LINE, computed.reasons()))
          .text(level.name())
          .text(override)
          .text(rising)
          .text(
              level == RiskLevel.IMMINENT
                  ? "STAY_WITH_CLIENT" + LINE + "SUPERVISOR_INFORMED"
                  : null);
      checkIns.end();
      assessment(c.id, recorded, "CHECK_IN", at, username(recorder));
      RiskFinding decisive = computed.level().isAbove(recorded.level()) ? computed : recorded;
      boolean alerted = decisive.level().isAbove(RiskLevel.MODERATE);
      boolean taskOpened = false;
      if (alerted) {
        String summary =
            decisive == recorded
                ? recorded.summary()
                : computed.summary() + " (the clinician recorded " + recorded.level().label() + ")";
        boolean recent = c.active && at.isAfter(now.minus(Duration.ofHours(30)));
        Instant ackAt = at.plus(Duration.ofMinutes(30 + r.nextInt(300)));
        int sup = sups[r.nextInt(2)];
        alerts
            .num(++alertId)
            .num(c.id)
            .num(id)
            .text(decisive.level().name())
            .text(summary.length() > 2000 ? summary.substring(0, 2000) : summary)
            .time(at)
            .time(recent ? null : ackAt)
            .text(recent ? null : username(sup))
            .text(recent || r.nextBoolean() ? null : "Spoke with the clinician; plan reviewed")
            .num(recent ? 0 : 1);
        alerts.end();
        if (!recent) {
          audit.add(ackAt, sup, AuditAction.ALERT_ACKNOWLEDGE, c.id, AuditLog.CLIENT, c.id, null);
        }
        if (!at.isBefore(taskOpenUntil)) {
          taskOpened = true;
          // closed by the next plan version within three days, or by the clinician's review
          Instant closed = at.plus(Duration.ofHours(20 + r.nextInt(30)));
          String outcome = "Reviewed with the client; the plan still fits";
          String closedBy = clinician.username();
          if (planIndex < planTimes.length
              && planTimes[planIndex].isBefore(at.plus(Duration.ofDays(3)))) {
            closed = planTimes[planIndex];
            outcome = "Safety plan version " + (planIndex + 1) + " saved";
          }
          boolean open = closed.isAfter(now) || !c.active && closed.isAfter(end);
          if (!c.active && closed.isAfter(end)) {
            closed = end;
            open = false;
            outcome = "Closed at discharge";
          }
          tasks
              .num(++taskId)
              .num(c.id)
              .num(id)
              .text(clinician.username())
              .time(at)
              .time(open ? null : closed)
              .text(open ? null : closedBy)
              .text(open ? null : outcome)
              .num(open ? 0 : 1);
          tasks.end();
          taskOpenUntil = open ? Instant.MAX : closed;
          if (!open) {
            audit.add(
                closed,
                clinician.index(),
                AuditAction.REVIEW_TASK_CLOSE,
                c.id,
                AuditLog.CLIENT,
                c.id,
                null);
          }
        }
      }
      audit.add(
          at,
          recorder,
          AuditAction.CHECK_IN_RECORD,
          c.id,
          AuditLog.CLIENT,
          c.id,
          "level "
              + level.label()
              + (override != null ? " (rules gave " + computed.level().label() + ")" : "")
              + (rising != null ? "; rising" : "")
              + (alerted ? "; supervisors alerted" : "")
              + (taskOpened ? "; plan review task opened" : ""));
      made.add(new Made(id, at, level, urge, recorded, rising));
      previous = level;
      urges.add(urge);
      if (urges.size() > RiskRules.URGE_WINDOW) {
        urges.remove(0);
      }
    }
    return made;
  }

  private static List<Integer> reversed(List<Integer> urges) {
    List<Integer> copy = new ArrayList<>(urges);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static final String[] MODALITIES = {
    "INDIVIDUAL",
    "INDIVIDUAL",
    "INDIVIDUAL",
    "INDIVIDUAL",
    "INDIVIDUAL",
    "FAMILY",
    "PHONE",
    "CRISIS"
  };
  private static final String[] FORMATS = {"SOAP", "DAP", "BIRP"};
  private static final String[] INTERVENTIONS = {
    "CBT", "DBT_SKILLS", "SAFETY_PLAN_REVIEW", "MOTIVATIONAL_INTERVIEWING", "CRISIS_INTERVENTION"
  };

  private void notes(
      Network.Client c,
      SplittableRandom r,
      Instant admitted,
      Instant end,
      Network.Staff clinician,
      int[] sups,
      List<Made> made)
      throws SQLException {
    Instant[] times = times(r, admitted.plus(Duration.ofHours(24)), end, c.notes);
    String format = FORMATS[clinician.index() % 3];
    int m = 0;
    for (int k = 0; k < times.length; k++) {
      LocalDate date = Generator.localDate(times[k]);
      LocalTime start = LocalTime.of(9 + r.nextInt(8), r.nextBoolean() ? 0 : 30);
      Instant startsAt = date.atTime(start).atZone(Generator.ZONE).toInstant();
      if (startsAt.isAfter(now.minus(Duration.ofHours(2)))) {
        startsAt = now.minus(Duration.ofHours(3));
        date = Generator.localDate(startsAt);
        start = Generator.localTime(startsAt).truncatedTo(ChronoUnit.MINUTES);
        if (start.isAfter(LocalTime.of(22, 0))) {
          start = LocalTime.of(22, 0);
          startsAt = date.atTime(start).atZone(Generator.ZONE).toInstant();
        }
      }
      LocalTime stop = start.plusMinutes(50);
      Instant endsAt = startsAt.plus(Duration.ofMinutes(50));
      while (m < made.size() && !made.get(m).at().isAfter(startsAt)) {
        m++;
      }
      Made checkIn = m > 0 ? made.get(m - 1) : null;
      boolean draft =
          c.active
              && endsAt.isAfter(now.minus(Duration.ofDays(2)))
              && (r.nextInt(3) == 0 || k == times.length - 1 && c.heavy);
      boolean late = !draft && r.nextInt(40) == 0;
      Instant signedAt =
          late
              ? endsAt.plus(Duration.ofHours(30 + r.nextInt(20)))
              : endsAt.plus(Duration.ofMinutes(20 + r.nextInt(300)));
      if (signedAt.isAfter(now)) {
        signedAt = now.minus(Duration.ofMinutes(5));
        late = false;
      }
      long id = ++noteId;
      note(
          c, r, id, clinician, format, date, start, stop, startsAt, endsAt, checkIn, draft,
          signedAt, late, null, true);
      if (k % 3 == 0) { // a chart view before every third note
        audit.add(
            startsAt.minus(Duration.ofMinutes(10)),
            clinician.index(),
            AuditAction.CHART_VIEW,
            c.id,
            AuditLog.CLIENT,
            c.id,
            null);
      }
      if (draft) {
        continue;
      }
      audit.add(signedAt, clinician.index(), AuditAction.NOTE_SIGN, 0, AuditLog.NOTE, id, null);
      // addenda
      if (r.nextInt(c.heavy ? 4 : 20) == 0) {
        int n = r.nextInt(5) == 0 ? 2 : 1;
        Instant written = signedAt;
        for (int a = 1; a <= n; a++) {
          written = written.plus(Duration.ofHours(1 + r.nextInt(48)));
          if (written.isAfter(now)) {
            break;
          }
          addenda
              .num(++addendumId)
              .num(id)
              .num(a)
              .text(Words.pick(r, Words.ADDENDUM))
              .text(Words.pick(r, Words.ADDENDUM_REASONS))
              .text(clinician.username())
              .time(written);
          addenda.end();
          audit.add(
              written, clinician.index(), AuditAction.NOTE_ADDENDUM, 0, AuditLog.NOTE, id, null);
        }
      }
      // co-signature
      if (clinician.needsCoSignature()) {
        Instant decided = signedAt.plus(Duration.ofHours(4 + r.nextInt(40)));
        if (decided.isAfter(now)) {
          continue; // waiting for the supervisor
        }
        int sup = sups[r.nextInt(2)];
        boolean returned = r.nextInt(10) == 0;
        reviews
            .num(++reviewId)
            .num(id)
            .text(returned ? "RETURNED" : "CO_SIGNED")
            .text(username(sup))
            .time(decided)
            .text(returned ? Words.pick(r, Words.RETURN_COMMENTS) : null);
        reviews.end();
        audit.add(
            decided,
            sup,
            returned ? AuditAction.NOTE_RETURN : AuditAction.NOTE_CO_SIGN,
            0,
            AuditLog.NOTE,
            id,
            null);
        if (returned) {
          Instant revisedAt = decided.plus(Duration.ofHours(2 + r.nextInt(20)));
          boolean stillDraft = revisedAt.isAfter(now.minus(Duration.ofDays(1)));
          if (revisedAt.isAfter(now)) {
            revisedAt = now.minus(Duration.ofMinutes(1));
          }
          long revision = ++noteId;
          note(
              c,
              r,
              revision,
              clinician,
              format,
              date,
              start,
              stop,
              decided,
              endsAt,
              checkIn,
              stillDraft,
              revisedAt,
              false,
              id,
              false);
          if (!stillDraft) {
            audit.add(
                revisedAt,
                clinician.index(),
                AuditAction.NOTE_SIGN,
                0,
                AuditLog.NOTE,
                revision,
                null);
            Instant second = revisedAt.plus(Duration.ofHours(3));
            if (second.isBefore(now)) {
              reviews
                  .num(++reviewId)
                  .num(revision)
                  .text("CO_SIGNED")
                  .text(username(sup))
                  .time(second)
                  .nul();
              reviews.end();
              audit.add(second, sup, AuditAction.NOTE_CO_SIGN, 0, AuditLog.NOTE, revision, null);
            }
          }
        }
      }
    }
  }

  private void note(
      Network.Client c,
      SplittableRandom r,
      long id,
      Network.Staff clinician,
      String format,
      LocalDate date,
      LocalTime start,
      LocalTime stop,
      Instant createdAt,
      Instant endsAt,
      Made checkIn,
      boolean draft,
      Instant signedAt,
      boolean late,
      Long revises,
      boolean full) {
    boolean soap = format.equals("SOAP");
    boolean dap = format.equals("DAP");
    boolean birp = format.equals("BIRP");
    StringBuilder interventions = new StringBuilder();
    for (String i : INTERVENTIONS) {
      if (r.nextInt(3) == 0) {
        interventions.append(interventions.length() == 0 ? "" : ",").append(i);
      }
    }
    boolean empty = draft && full && r.nextBoolean();
    try {
      notes
          .num(id)
          .num(c.id)
          .text(clinician.username())
          .text(draft ? "DRAFT" : "SIGNED")
          .date(date)
          .clock(start)
          .clock(stop)
          .text(Words.pick(r, MODALITIES))
          .text(format)
          .text(soap ? Words.paragraph(r, Words.SAID, 2, 4) : null)
          .text(soap ? Words.paragraph(r, Words.SEEN, 2, 3) : null)
          .text(soap || dap ? Words.paragraph(r, Words.THOUGHT, 2, 3) : null)
          .text(empty ? null : Words.paragraph(r, Words.NEXT, 1, 3))
          .text(dap ? Words.paragraph(r, Words.SAID, 3, 5) : null)
          .text(birp ? Words.paragraph(r, Words.SEEN, 2, 4) : null)
          .text(birp ? Words.paragraph(r, Words.THOUGHT, 2, 3) : null)
          .text(birp ? Words.paragraph(r, Words.THOUGHT, 1, 2) : null)
          .text(checkIn == null ? null : checkIn.level().name())
          .num(checkIn != null && r.nextInt(3) == 0 ? checkIn.id() : null)
          .text(
              "Denies current intent to act on urges; urges "
                  + (checkIn == null ? 2 : checkIn.urge())
                  + "/10.")
          .text(interventions.length() == 0 ? null : interventions.toString())
          .time(draft ? null : date.plusDays(7).atTime(start).atZone(Generator.ZONE).toInstant())
          .num(revises)
          .time(createdAt)
          .time(
              draft
                  ? endsAt.plus(Duration.ofMinutes(10)).isAfter(now)
                      ? now
                      : endsAt.plus(Duration.ofMinutes(10))
                  : signedAt)
          .time(draft ? null : signedAt)
          .text(draft ? null : clinician.username())
          .bool(late)
          .bool(!draft && clinician.needsCoSignature())
          .num(draft ? 0 : 1);
      notes.end();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String[] OBSERVATION = {"ROUTINE", "EVERY_15_MINUTES", "ONE_TO_ONE"};

  private void precautions(
      Network.Client c, SplittableRandom r, Instant admitted, Instant end, int[] sups)
      throws SQLException {
    int n = c.heavy ? 10 : r.nextInt(10) < 4 ? 1 : r.nextInt(10) == 0 ? 2 : 0;
    Instant[] starts = times(r, admitted, end, n);
    for (int k = 0; k < n; k++) {
      int kind = r.nextInt(3);
      Instant started = starts[k];
      boolean stillActive =
          c.active && (k >= n - (c.heavy ? 2 : 1)) && r.nextInt(c.heavy ? 1 : 3) == 0;
      Instant ended = started.plus(Duration.ofHours(12 + r.nextInt(240)));
      if (ended.isAfter(end)) {
        ended = c.active ? null : end;
      }
      if (stillActive) {
        ended = null;
      }
      int sup = sups[r.nextInt(2)];
      precautions
          .num(++precautionId)
          .num(c.id)
          .text(kind == 0 ? "OBSERVATION" : kind == 1 ? "SHARPS" : "OTHER")
          .text(kind == 0 ? Words.pick(r, OBSERVATION) : null)
          .text(
              kind == 2
                  ? "No belts or shoelaces on the unit"
                  : kind == 1 ? "Razors held at the nurses' station" : null)
          .time(started)
          .text(username(sup))
          .time(null)
          .time(ended)
          .text(ended == null ? null : username(sup))
          .text(
              ended == null
                  ? null
                  : c.active ? "Risk reduced; reviewed with the team" : "Ended at discharge")
          .num(ended == null ? 0 : 1);
      precautions.end();
      audit.add(started, sup, AuditAction.PRECAUTION_START, c.id, AuditLog.CLIENT, c.id, null);
      if (ended != null) {
        audit.add(ended, sup, AuditAction.PRECAUTION_END, c.id, AuditLog.CLIENT, c.id, null);
      }
    }
  }

  private static final String[] KINDS = {
    "PLANNED",
    "PLANNED",
    "PLANNED",
    "PLANNED",
    "PLANNED",
    "PLANNED",
    "PLANNED",
    "TRANSFER",
    "AGAINST_ADVICE",
    "ADMINISTRATIVE"
  };

  private void discharge(Network.Client c, SplittableRandom r, Network.Staff clinician, int[] sups)
      throws SQLException {
    if (c.discharge == 0) {
      return;
    }
    LocalDate planned =
        c.discharge == 1
            ? c.discharged
            : c.discharge == 2
                ? today.plusDays(c.id == 3 ? 7 : 1 + r.nextInt(14))
                : today.plusDays(7 + r.nextInt(24));
    Instant prepared =
        c.discharge == 1
            ? Generator.at(planned.minusDays(6), 10, 0)
            : now.minus(Duration.ofHours(30 + r.nextInt(100)));
    Instant approved =
        c.discharge == 3
            ? null
            : c.discharge == 1
                ? Generator.at(planned.minusDays(2), 15, 0)
                : prepared.plus(Duration.ofHours(4 + r.nextInt(20)));
    if (approved != null && approved.isAfter(now)) {
      approved = now.minus(Duration.ofMinutes(30));
    }
    int sup = sups[r.nextInt(2)];
    long id = ++dischargeId;
    discharges
        .num(id)
        .num(c.id)
        .num(c.discharge == 1 ? null : (long) c.id)
        .text(c.discharge == 1 ? "COMPLETED" : c.discharge == 2 ? "APPROVED" : "DRAFT")
        .date(planned)
        .text(Words.pick(r, KINDS))
        .text(Words.pick(r, Words.DISCHARGE_REASONS))
        .text("Medications locked with family; no firearms in the home.")
        .bool(true)
        .text(clinician.username())
        .time(prepared)
        .text(clinician.username())
        .time(prepared.plus(Duration.ofHours(1)))
        .text(approved == null ? null : username(sup))
        .time(approved)
        .time(c.discharge == 1 ? Generator.at(planned, 10, 0) : null)
        .num(c.discharge == 1 ? 3 : 1);
    discharges.end();
    int n = 1 + r.nextInt(2);
    for (int a = 0; a < n; a++) {
      boolean tele = r.nextInt(10) < 3;
      appointments
          .num(id)
          .num(a)
          .time(Generator.at(planned.plusDays(2 + 4 * a + r.nextInt(4)), 10 + r.nextInt(6), 0))
          .text(Words.pick(r, Words.PROVIDERS))
          .bool(tele)
          .text(tele ? null : (100 + r.nextInt(900)) + " Main Street")
          .text(phone(r));
      appointments.end();
    }
    if (approved == null) {
      return;
    }
    audit.add(approved, sup, AuditAction.DISCHARGE_APPROVE, 0, AuditLog.DISCHARGE, id, null);
    for (int k = 0; k < CALL_DAYS.length; k++) {
      LocalDate due = planned.plusDays(CALL_DAYS[k]);
      boolean done = due.isBefore(today);
      int o = r.nextInt(20);
      String outcome = !done ? null : o < 12 ? "REACHED" : o < 17 ? "MESSAGE_LEFT" : "NOT_REACHED";
      Instant recordedAt = done ? Generator.at(due, 11, r.nextInt(60)) : null;
      long call = ++callId;
      calls
          .num(call)
          .num(id)
          .num(c.id)
          .num(k + 1)
          .num(CALL_DAYS[k])
          .date(due)
          .text(outcome)
          .text(
              outcome == null
                  ? null
                  : outcome.equals("REACHED")
                      ? "Client doing well; attended the first appointment"
                      : "Try again tomorrow afternoon")
          .text(done ? clinician.username() : null)
          .time(recordedAt)
          .num(done ? 1 : 0);
      calls.end();
      if (done) {
        audit.add(
            recordedAt,
            clinician.index(),
            AuditAction.FOLLOW_UP_CALL_RECORD,
            0,
            AuditLog.CALL,
            call,
            null);
      }
    }
  }

  private static final String[] SOURCES = {
    "SELF", "FAMILY", "PRIMARY_CARE", "HOSPITAL", "MENTAL_HEALTH", "SCHOOL", "COURT", "OTHER"
  };
  private static final String[] PAYERS = {"PRIVATE", "MEDICAID", "SELF_PAY"};
  private static final String[] FREQUENCIES = {
    "ONCE", "LESS_THAN_MONTHLY", "MONTHLY", "WEEKLY", "SEVERAL_WEEKLY", "DAILY"
  };
  private static final String[] METHODS = {
    "CUTTING", "BURNING", "HITTING", "SKIN_PICKING", "INGESTION"
  };
  private static final String[] CONDITIONS = {
    "DEPRESSION", "ANXIETY", "BIPOLAR", "PTSD", "SUBSTANCE_USE"
  };
  private static final String ALL_STEPS =
      "REFERRAL,DEMOGRAPHICS,CONTACTS,PAYER,CONSENTS,HISTORY,SCREENING,PLACEMENT";

  private void intake(
      Network.Client c, SplittableRandom r, SuicideScreening s, Instant admitted, int by)
      throws SQLException {
    long id = ++intakeId;
    Instant started = admitted.minus(Duration.ofDays(1 + r.nextInt(5)));
    intakes
        .num(id)
        .text("ADMITTED")
        .time(started)
        .text(username(by))
        .time(admitted)
        .text(username(by))
        .text(ALL_STEPS)
        .text(ALL_STEPS)
        .text(Words.pick(r, SOURCES))
        .date(Generator.localDate(started).minusDays(r.nextInt(10)))
        .text("Self-harm with increasing frequency over the last months; referred for assessment.")
        .text(c.first)
        .text(c.last)
        .text(c.preferred)
        .text(c.pronouns)
        .date(c.born)
        .text(c.language)
        .text(phone(r))
        .text("Springfield")
        .text("IL")
        .bool(false)
        .text(Words.pick(r, PAYERS))
        .bool(true)
        .date(Generator.localDate(started))
        .text("Low mood, urges to self-harm, poor sleep.")
        .bool(true)
        .text(Words.pick(r, FREQUENCIES))
        .bool(s.wishDead())
        .bool(s.thoughts())
        .bool(s.method())
        .bool(s.intent())
        .bool(s.plan())
        .bool(s.behavior())
        .bool(s.behaviorRecent())
        .num(c.program + 1)
        .num(network.staff.get(c.clinician).id())
        .date(c.admitted)
        .num((long) c.id)
        .nul()
        .num(8);
    intakes.end();
    intakeContacts
        .num(id)
        .num(0)
        .text(Words.pick(r, Words.FIRST) + " " + c.last)
        .text(r.nextBoolean() ? "Parent" : "Partner")
        .text(phone(r))
        .bool(true);
    intakeContacts.end();
    intakeMethods.num(id).text(Words.pick(r, METHODS));
    intakeMethods.end();
    if (r.nextBoolean()) {
      intakeConditions.num(id).text(Words.pick(r, CONDITIONS));
      intakeConditions.end();
    }
  }

  /** Intakes under way and withdrawn ones, with no client yet. */
  private void openIntakes() throws SQLException {
    SplittableRandom r = new SplittableRandom(seed + 17);
    int open = (int) Math.max(2, Math.round(60 * network.scale.factor()));
    int withdrawn = (int) Math.max(1, Math.round(25 * network.scale.factor()));
    for (int i = 0; i < open + withdrawn; i++) {
      boolean w = i >= open;
      int by = network.intakeStaff(i);
      Instant started = now.minus(Duration.ofHours(2 + r.nextInt(24 * 20)));
      intakes
          .num(++intakeId)
          .text(w ? "WITHDRAWN" : "IN_PROGRESS")
          .time(started)
          .text(username(by))
          .time(started.plus(Duration.ofMinutes(40)))
          .text(username(by))
          .text("REFERRAL,DEMOGRAPHICS")
          .text("REFERRAL,DEMOGRAPHICS")
          .text(Words.pick(r, SOURCES))
          .date(Generator.localDate(started))
          .text("Referred after an emergency department visit.")
          .text(Words.pick(r, Words.FIRST))
          .text(Words.pick(r, Words.LAST))
          .nul()
          .nul()
          .date(today.minusYears(18 + r.nextInt(40)))
          .text("EN")
          .text(phone(r))
          .nul()
          .nul()
          .bool(false)
          .nul()
          .bool(false)
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .nul()
          .text(w ? "Client chose another provider" : null)
          .num(w ? 2 : 1);
      intakes.end();
      audit.add(started, by, AuditAction.INTAKE_START, 0, AuditLog.INTAKE, intakeId, null);
    }
  }

  /** One active client's block of a handover snapshot, as JSON (HandoverData.ClientBlock). */
  private String block(
      Network.Client c,
      Network.Staff clinician,
      Made last,
      RiskLevel level,
      boolean rising,
      Instant due) {
    Json j = new Json();
    j.open();
    j.field("actions")
        .raw(
            due != null && due.isBefore(now.plus(Duration.ofHours(8)))
                ? "[{\"due\":"
                    + Json.quote(zoned(due))
                    + ",\"kind\":\"CHECK_IN_DUE\",\"owner\":"
                    + Json.quote(clinician.displayName())
                    + ",\"text\":null}]"
                : "[]");
    j.field("awareness")
        .raw(
            "{\"planVersion\":"
                + (c.versions > 0 ? c.versions : "null")
                + ",\"precautions\":[],\"warningSigns\":[\"Skipping meals\"],\"whatHelps\":[\"Go for a walk around the block\"]}");
    j.field("events").raw("[]");
    j.field("illness")
        .raw(
            "{\"level\":"
                + Json.quote(level.name())
                + ",\"reasons\":"
                + Json.quote(last == null ? null : String.join("; ", last.recorded().reasons()))
                + ",\"rising\":"
                + rising
                + ",\"risingReason\":"
                + Json.quote(last == null ? null : last.rising())
                + ",\"trend\":\"SAME\"}");
    j.field("mrn").raw(Json.quote(Mrn.of(c.mrnSequence())));
    j.field("name")
        .raw(Json.quote(c.preferred == null ? c.first + " " + c.last : c.preferred + " " + c.last));
    j.field("summary")
        .raw(
            "{\"clinician\":"
                + Json.quote(clinician.displayName())
                + ",\"daysInCare\":"
                + ChronoUnit.DAYS.between(c.admitted, today)
                + ",\"lastCheckInAt\":"
                + Json.quote(last == null ? null : zoned(last.at()))
                + ",\"lastCheckInLevel\":"
                + Json.quote(last == null ? null : last.level().name())
                + ",\"lastNoteAt\":null,\"lastNoteBy\":null"
                + ",\"program\":"
                + Json.quote(Words.programName(c.program))
                + "}");
    j.close();
    return j.toString();
  }

  private static String zoned(Instant at) {
    return ZonedDateTime.ofInstant(at, Generator.ZONE).toString();
  }

  private void handovers() throws SQLException {
    long id = 0;
    long ackId = 0;
    SplittableRandom r = new SplittableRandom(seed + 31);
    int days = network.scale.handoverDays();
    for (int p = 0; p < Scale.PROGRAMS; p++) {
      List<Integer> staff = network.clinicians.get(p);
      int[] sups = network.supervisors(p);
      String clientsJson = "[" + String.join(",", handoverBlocks.get(p)) + "]";
      int[] levels = levelCounts[p];
      int present = handoverBlocks.get(p).size();
      for (int d = days; d >= 0; d--) {
        LocalDate date = today.minusDays(d);
        for (int s = 0; s < SHIFTS.length; s++) {
          ZonedDateTime starts = date.atTime(SHIFTS[s]).atZone(Generator.ZONE);
          if (starts.toInstant().isAfter(now.minus(Duration.ofHours(1)))) {
            continue;
          }
          int giver = staff.get(r.nextInt(staff.size()));
          Instant given = starts.toInstant().minus(Duration.ofMinutes(20));
          Json j = new Json();
          j.open();
          j.field("acknowledgedAt").raw("null");
          j.field("acknowledgedBy").raw("null");
          j.field("census")
              .raw(
                  "{\"admissions\":[],\"discharges\":[],\"high\":"
                      + levels[2]
                      + ",\"imminent\":"
                      + levels[3]
                      + ",\"low\":"
                      + levels[0]
                      + ",\"moderate\":"
                      + levels[1]
                      + ",\"notAssessed\":0,\"present\":"
                      + present
                      + ",\"rising\":"
                      + risingCounts[p]
                      + "}");
          j.field("centerName").raw(Json.quote(CENTER));
          j.field("clients").raw(clientsJson);
          j.field("preparedAt").raw(Json.quote(zoned(given)));
          j.field("preparedBy").raw(Json.quote(network.staff.get(giver).displayName()));
          j.field("printedAt").raw("null");
          j.field("printedBy").raw("null");
          j.field("program").raw(Json.quote(Words.programName(p)));
          j.field("shiftDate").raw(Json.quote(date.toString()));
          j.field("shiftEnd").raw(Json.quote(SHIFTS[(s + 1) % SHIFTS.length] + ":00"));
          j.field("shiftStart").raw(Json.quote(SHIFTS[s] + ":00"));
          j.field("synthesis").raw("null");
          j.close();
          handovers
              .num(++id)
              .num(p + 1)
              .date(date)
              .clock(SHIFTS[s])
              .clock(SHIFTS[(s + 1) % SHIFTS.length])
              .time(starts.toInstant())
              .text(username(giver))
              .time(given)
              .num(present)
              .text(j.toString());
          handovers.end();
          audit.add(given, giver, AuditAction.HANDOVER_GIVE, 0, AuditLog.HANDOVER, id, null);
          boolean latest = starts.toInstant().isAfter(now.minus(Duration.ofHours(9)));
          if (!latest || p % 2 == 0) {
            int receiver = sups[r.nextInt(2)];
            Instant ackAt = given.plus(Duration.ofMinutes(15 + r.nextInt(30)));
            acknowledgements
                .num(++ackId)
                .num(id)
                .text(username(receiver))
                .time(ackAt)
                .text(
                    r.nextBoolean() ? null : "Heard; will watch the high-risk clients overnight.");
            acknowledgements.end();
            audit.add(
                ackAt, receiver, AuditAction.HANDOVER_ACKNOWLEDGE, 0, AuditLog.HANDOVER, id, null);
          }
        }
      }
    }
  }

  /** A sign-in for each member of staff on each weekday of the last year. */
  private void signIns() {
    SplittableRandom r = new SplittableRandom(seed + 53);
    for (Network.Staff s : network.staff) {
      for (int d = 365; d >= 0; d--) {
        LocalDate date = today.minusDays(d);
        if (date.getDayOfWeek().getValue() >= 6) {
          continue;
        }
        Instant at = Generator.at(date, 7 + r.nextInt(3), r.nextInt(60));
        if (at.isBefore(now)) {
          audit.add(at, s.index(), AuditAction.SIGN_IN, 0, (byte) 0, 0, null);
        }
      }
    }
  }

  /** A tiny JSON writer for the snapshot: fields in JSON-B's default (lexicographic) order. */
  private static final class Json {
    private final StringBuilder text = new StringBuilder();
    private boolean first = true;

    void open() {
      text.append('{');
    }

    void close() {
      text.append('}');
    }

    Json field(String name) {
      if (!first) {
        text.append(',');
      }
      first = false;
      text.append('"').append(name).append("\":");
      return this;
    }

    Json raw(String json) {
      text.append(json);
      return this;
    }

    static String quote(String value) {
      if (value == null) {
        return "null";
      }
      StringBuilder q = new StringBuilder("\"");
      for (char ch : value.toCharArray()) {
        switch (ch) {
          case '"' -> q.append("\\\"");
          case '\\' -> q.append("\\\\");
          case '\n' -> q.append("\\n");
          case '\t' -> q.append("\\t");
          case '\r' -> q.append("\\r");
          default -> {
            if (ch < 0x20) {
              q.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
            } else {
              q.append(ch);
            }
          }
        }
      }
      return q.append('"').toString();
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
