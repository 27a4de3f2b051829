package org.waypoint.handover;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Shift;
import org.waypoint.center.ShiftSchedule;
import org.waypoint.center.Wording;
import org.waypoint.checkin.CheckIn;
import org.waypoint.followup.ReviewTask;
import org.waypoint.followup.RiskAlert;
import org.waypoint.precaution.Precaution;
import org.waypoint.program.Program;
import org.waypoint.report.HandoverData;
import org.waypoint.risk.RiskAssessment;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.RiskTrend;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlan;
import org.waypoint.safetyplan.SafetyPlanVersion;
import org.waypoint.security.StaffDirectory;

/**
 * Reads what a handover shows, for one program and the shift that is starting, from the program's
 * records as they are now. The number of queries is fixed (each kind of record is read for all the
 * program's clients at once, {@code in (:clients)}), whatever the number of clients.
 *
 * <p>"Since the last shift" means since the start of the shift before the handover's shift: the
 * whole of the outgoing shift, up to now. The window does not depend on whether or when an earlier
 * handover was given, so the live contents and a snapshot read at the same moment agree.
 *
 * <p>Action owners: check-ins due are the primary clinician's; a review task its assignee's (the
 * primary clinician when it was opened); an unsigned note its author's; co-signatures and
 * unacknowledged alerts belong to the program's supervisors ({@code owner} {@code null}).
 *
 * <p>No access check here: the services check the caller's reach before they read.
 */
@Dependent
public class HandoverReader {

  /** The kinds of action, as {@link HandoverData.Action#kind()} codes. */
  static final String CHECK_IN_DUE = "CHECK_IN_DUE";

  static final String REVIEW_TASK = "REVIEW_TASK";
  static final String UNSIGNED_NOTE = "UNSIGNED_NOTE";
  static final String CO_SIGNATURE = "CO_SIGNATURE";
  static final String ALERT = "ALERT";

  /** The kinds of event, as {@link HandoverData.Event#kind()} codes. */
  static final String EV_CHECK_IN = "CHECK_IN";

  static final String EV_ALERT = "ALERT";
  static final String EV_PRECAUTION_STARTED = "PRECAUTION_STARTED";
  static final String EV_PRECAUTION_ENDED = "PRECAUTION_ENDED";
  static final String EV_PLAN_REVISED = "PLAN_REVISED";
  static final String EV_NOTE_SIGNED = "NOTE_SIGNED";

  private static final String ACTIVE = "org.waypoint.client.ClientStatus.ACTIVE";

  /** The parts of the safety plan that say what helps, in plan order. */
  private static final Set<PlanPart> WHAT_HELPS =
      Set.of(PlanPart.COPING_ALONE, PlanPart.DISTRACTIONS, PlanPart.PEOPLE_TO_ASK);

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;

  /**
   * The handover's contents as they are now.
   *
   * @param programId the program (the caller's reach is checked before)
   * @param shift the shift that is starting
   * @param now the moment of reading
   * @param preparedBy the username of who gives it, or {@code null} for live contents not given yet
   *     (the report then says so and leaves the giver's name blank)
   * @return the contents, without acknowledgement and print stamp
   */
  public HandoverData read(long programId, Shift shift, Instant now, String preparedBy) {
    ZoneId zone = center.timeZone();
    ShiftSchedule schedule = center.shifts();
    Program program = em.find(Program.class, programId);
    Instant since = schedule.previous(shift).startsAt(zone);
    Instant shiftEnds = shift.endsAt(zone);
    LocalDate today = LocalDate.ofInstant(now, zone);

    List<Row> rows =
        em.createQuery(
                "select c.id, c.legalFirstName, c.legalLastName, c.preferredName, c.mrn,"
                    + " c.riskLevel, c.rising, c.admissionDate, c.checkInDue, u.username"
                    + " from Client c left join c.primaryClinician u"
                    + " where c.program.id = :program and c.status = "
                    + ACTIVE,
                Object[].class)
            .setParameter("program", programId)
            .getResultStream()
            .map(Row::of)
            .toList();
    List<Long> ids = rows.stream().map(Row::id).toList();
    Set<String> people = new HashSet<>();
    if (preparedBy != null) {
      people.add(preparedBy);
    }
    rows.stream().map(Row::clinician).filter(Objects::nonNull).forEach(people::add);

    Records r = ids.isEmpty() ? new Records() : records(ids, since, now, people);
    Map<String, String> names = StaffDirectory.names(em, people);

    List<HandoverData.ClientBlock> blocks = new ArrayList<>();
    List<Row> ordered =
        rows.stream()
            .sorted(
                Comparator.comparingInt((Row c) -> severity(c.level()))
                    .thenComparing(c -> !c.rising())
                    .thenComparing(Row::sortName))
            .toList();
    for (Row c : ordered) {
      blocks.add(block(c, r, names, program.getName(), since, now, shiftEnds, today, zone));
    }
    return new HandoverData(
        center.centerName(),
        program.getName(),
        shift.date(),
        shift.start(),
        shift.end(),
        preparedBy == null ? null : names.getOrDefault(preparedBy, preparedBy),
        now.atZone(zone),
        census(programId, rows, now, zone),
        blocks,
        null,
        null,
        null,
        null,
        null);
  }

  /** Every record the blocks need, each kind read once for all clients. */
  private Records records(List<Long> ids, Instant since, Instant now, Set<String> people) {
    Records r = new Records();
    // the latest risk level of each client, and the one before it (the trend)
    for (RiskAssessment a :
        em.createQuery(
                // one grouped read of the clients' newest ids, not a subquery per row
                "select a from RiskAssessment a where a.id in (select max(b.id)"
                    + " from RiskAssessment b where b.clientId in :clients group by b.clientId)",
                RiskAssessment.class)
            .setParameter("clients", ids)
            .getResultList()) {
      r.latestRisk.put(a.getClientId(), a);
    }
    for (Object[] p :
        em.createQuery(
                "select a.clientId, a.level from RiskAssessment a where a.id in"
                    + " (select max(b.id) from RiskAssessment b where b.clientId in :clients"
                    + " and b.id not in (select max(x.id) from RiskAssessment x"
                    + " where x.clientId in :clients group by x.clientId) group by b.clientId)",
                Object[].class)
            .setParameter("clients", ids)
            .getResultList()) {
      r.previousRisk.put((Long) p[0], (RiskLevel) p[1]);
    }
    // check-ins: the latest of each client, and those since the last shift
    for (CheckIn k :
        em.createQuery(
                "select k from CheckIn k where k.clientId in :clients and (k.recordedAt >= :since"
                    + " or k.recordedAt = (select max(x.recordedAt) from CheckIn x"
                    + " where x.clientId = k.clientId)) order by k.recordedAt, k.id",
                CheckIn.class)
            .setParameter("clients", ids)
            .setParameter("since", since)
            .getResultList()) {
      r.latestCheckIn.put(k.getClientId(), k);
      if (!k.getRecordedAt().isBefore(since)) {
        r.checkInsSince.computeIfAbsent(k.getClientId(), x -> new ArrayList<>()).add(k);
      }
    }
    // notes: drafts, signed ones waiting for a co-signature, the last signed one, those signed
    // since the last shift
    for (Object[] n :
        em.createQuery(
                "select n.clientId, n.author, n.status, n.contactDate, n.createdAt, n.signedAt,"
                    + " n.signedBy, n.coSignRequired,"
                    + " (select count(v) from NoteReview v where v.noteId = n.id)"
                    + " from SessionNote n where n.clientId in :clients and (n.status ="
                    + " org.waypoint.note.SessionNote.Status.DRAFT or n.signedAt >= :since"
                    // a count, not "not exists": PostgreSQL would hash every review ever made
                    + " or (n.coSignRequired = true"
                    + " and (select count(v2) from NoteReview v2 where v2.noteId = n.id) = 0)"
                    + " or n.signedAt = (select max(m.signedAt) from SessionNote m"
                    + " where m.clientId = n.clientId))"
                    + " order by n.createdAt, n.id",
                Object[].class)
            .setParameter("clients", ids)
            .setParameter("since", since)
            .getResultList()) {
      NoteRow note = NoteRow.of(n);
      r.notes.computeIfAbsent(note.clientId(), x -> new ArrayList<>()).add(note);
      people.add(note.author());
    }
    // alerts not acknowledged, and those raised since the last shift
    for (RiskAlert a :
        em.createQuery(
                "select a from RiskAlert a where a.clientId in :clients"
                    + " and (a.acknowledgedAt is null or a.raisedAt >= :since)"
                    + " order by a.raisedAt, a.id",
                RiskAlert.class)
            .setParameter("clients", ids)
            .setParameter("since", since)
            .getResultList()) {
      r.alerts.computeIfAbsent(a.getClientId(), x -> new ArrayList<>()).add(a);
    }
    // review tasks still open
    for (ReviewTask t :
        em.createQuery(
                "select t from ReviewTask t where t.clientId in :clients and t.closedAt is null"
                    + " order by t.openedAt, t.id",
                ReviewTask.class)
            .setParameter("clients", ids)
            .getResultList()) {
      r.tasks.computeIfAbsent(t.getClientId(), x -> new ArrayList<>()).add(t);
      people.add(t.getAssignee());
    }
    // precautions in force, and those started or ended since the last shift
    for (Precaution p :
        em.createQuery(
                "select p from Precaution p where p.clientId in :clients and ((p.endedAt is null"
                    + " and (p.endsAt is null or p.endsAt > :now)) or p.startedAt >= :since"
                    + " or p.endedAt >= :since or (p.endsAt >= :since and p.endsAt <= :now))"
                    + " order by p.startedAt, p.id",
                Precaution.class)
            .setParameter("clients", ids)
            .setParameter("since", since)
            .setParameter("now", now)
            .getResultList()) {
      r.precautions.computeIfAbsent(p.getClientId(), x -> new ArrayList<>()).add(p);
    }
    // safety plans: the current version of each (with its entries), and versions saved since
    Map<Long, Long> planClient = new HashMap<>();
    Map<Long, Integer> latestNumber = new HashMap<>();
    for (SafetyPlan p :
        em.createQuery("select p from SafetyPlan p where p.clientId in :clients", SafetyPlan.class)
            .setParameter("clients", ids)
            .getResultList()) {
      planClient.put(p.getId(), p.getClientId());
      latestNumber.put(p.getId(), p.getLatestNumber());
    }
    if (!planClient.isEmpty()) {
      for (SafetyPlanVersion v :
          em.createQuery(
                  "select distinct v from SafetyPlanVersion v left join fetch v.entries"
                      + " where v.planId in :plans and (v.savedAt >= :since or v.number ="
                      + " (select p.latestNumber from SafetyPlan p where p.id = v.planId))",
                  SafetyPlanVersion.class)
              .setParameter("plans", planClient.keySet())
              .setParameter("since", since)
              .getResultList()) {
        long clientId = planClient.get(v.getPlanId());
        if (v.getNumber() == latestNumber.get(v.getPlanId())) {
          r.currentPlan.put(clientId, v);
        }
        if (!v.getSavedAt().isBefore(since)) {
          r.plansSince.computeIfAbsent(clientId, x -> new ArrayList<>()).add(v);
          people.add(v.getSavedBy());
        }
      }
    }
    return r;
  }

  private HandoverData.ClientBlock block(
      Row c,
      Records r,
      Map<String, String> names,
      String programName,
      Instant since,
      Instant now,
      Instant shiftEnds,
      LocalDate today,
      ZoneId zone) {
    long id = c.id();
    RiskAssessment risk = r.latestRisk.get(id);
    RiskLevel previous = r.previousRisk.get(id);
    CheckIn lastCheckIn = r.latestCheckIn.get(id);
    String risingReason = c.rising() && lastCheckIn != null ? lastCheckIn.getRisingReason() : null;
    HandoverData.Illness illness =
        new HandoverData.Illness(
            c.level() == null ? null : c.level().name(),
            risk == null ? null : String.join("; ", risk.getReasons()),
            risk == null ? null : trend(RiskTrend.between(risk.getLevel(), previous)),
            c.rising(),
            risingReason);

    List<NoteRow> notes = r.notes.getOrDefault(id, List.of());
    NoteRow lastSigned =
        notes.stream()
            .filter(n -> n.signedAt() != null)
            .max(Comparator.comparing(NoteRow::signedAt))
            .orElse(null);
    HandoverData.Summary summary =
        new HandoverData.Summary(
            programName,
            c.clinician() == null ? null : names.getOrDefault(c.clinician(), c.clinician()),
            c.admitted() == null ? null : ChronoUnit.DAYS.between(c.admitted(), today),
            lastCheckIn == null ? null : lastCheckIn.getRecordedAt().atZone(zone),
            lastCheckIn == null ? null : lastCheckIn.getLevel().name(),
            lastSigned == null ? null : lastSigned.signedAt().atZone(zone),
            lastSigned == null ? null : name(names, lastSigned.author()));

    List<HandoverData.Action> actions = new ArrayList<>();
    if (c.checkInDue() == null || c.checkInDue().isBefore(shiftEnds)) {
      actions.add(
          new HandoverData.Action(
              CHECK_IN_DUE,
              c.checkInDue() == null ? Wording.text("handover.action.firstCheckIn") : null,
              c.clinician() == null ? null : name(names, c.clinician()),
              c.checkInDue() == null ? null : c.checkInDue().atZone(zone)));
    }
    for (RiskAlert a : r.alerts.getOrDefault(id, List.of())) {
      if (a.getAcknowledgedAt() == null) {
        actions.add(
            new HandoverData.Action(
                ALERT,
                a.getLevel().label() + ": " + a.getSummary(),
                null,
                a.getRaisedAt().atZone(zone)));
      }
    }
    for (ReviewTask t : r.tasks.getOrDefault(id, List.of())) {
      actions.add(
          new HandoverData.Action(
              REVIEW_TASK,
              Wording.text("handover.action.reviewTask", time(t.getOpenedAt(), zone)),
              name(names, t.getAssignee()),
              null));
    }
    for (NoteRow n : notes) {
      if (n.draft()) {
        actions.add(
            new HandoverData.Action(
                UNSIGNED_NOTE,
                n.contactDate() == null
                    ? Wording.text("handover.action.draftStarted", time(n.createdAt(), zone))
                    : Wording.text("handover.action.draftOf", date(n.contactDate())),
                name(names, n.author()),
                null));
      } else if (n.awaitingCoSignature()) {
        actions.add(
            new HandoverData.Action(
                CO_SIGNATURE,
                Wording.text(
                    "handover.action.coSignature",
                    name(names, n.author()),
                    time(n.signedAt(), zone)),
                null,
                null));
      }
    }
    actions.sort(
        Comparator.comparing(
            (HandoverData.Action a) -> a.due() == null ? null : a.due().toInstant(),
            Comparator.nullsLast(Comparator.naturalOrder())));

    List<String> precautions = new ArrayList<>();
    List<HandoverData.Event> events = new ArrayList<>();
    for (Precaution p : r.precautions.getOrDefault(id, List.of())) {
      if (p.activeAt(now)) {
        precautions.add(precaution(p, zone));
      }
      if (!p.getStartedAt().isBefore(since)) {
        events.add(
            new HandoverData.Event(
                p.getStartedAt().atZone(zone), EV_PRECAUTION_STARTED, precaution(p, zone)));
      }
      Instant ended =
          p.getEndedAt() != null
              ? p.getEndedAt()
              : p.getEndsAt() != null && !p.getEndsAt().isAfter(now) ? p.getEndsAt() : null;
      if (ended != null && !ended.isBefore(since)) {
        events.add(
            new HandoverData.Event(
                ended.atZone(zone),
                EV_PRECAUTION_ENDED,
                p.getEndNote() == null
                    ? p.getKind().label()
                    : p.getKind().label() + ": " + p.getEndNote()));
      }
    }
    for (CheckIn k : r.checkInsSince.getOrDefault(id, List.of())) {
      events.add(
          new HandoverData.Event(
              k.getRecordedAt().atZone(zone),
              EV_CHECK_IN,
              Wording.text(
                      "handover.event.checkIn",
                      k.getLevel().label(),
                      k.getUrge(),
                      name(names, k.getRecordedBy()))
                  + (k.getRisingReason() == null
                      ? ""
                      : Wording.text("handover.event.rising", k.getRisingReason()))));
    }
    for (RiskAlert a : r.alerts.getOrDefault(id, List.of())) {
      if (!a.getRaisedAt().isBefore(since)) {
        events.add(
            new HandoverData.Event(
                a.getRaisedAt().atZone(zone),
                EV_ALERT,
                a.getLevel().label() + ": " + a.getSummary()));
      }
    }
    for (SafetyPlanVersion v : r.plansSince.getOrDefault(id, List.of())) {
      events.add(
          new HandoverData.Event(
              v.getSavedAt().atZone(zone),
              EV_PLAN_REVISED,
              Wording.text(
                  "handover.event.planVersion", v.getNumber(), name(names, v.getSavedBy()))));
    }
    for (NoteRow n : notes) {
      if (n.signedAt() != null && !n.signedAt().isBefore(since)) {
        events.add(
            new HandoverData.Event(
                n.signedAt().atZone(zone),
                EV_NOTE_SIGNED,
                Wording.text("handover.event.noteSigned", name(names, n.author()))));
      }
    }
    // a handover read for an earlier moment (the demo's) shows nothing that came after it
    events.removeIf(e -> e.at().toInstant().isAfter(now));
    events.sort(Comparator.comparing(e -> e.at().toInstant()));

    SafetyPlanVersion plan = r.currentPlan.get(id);
    List<String> warningSigns = new ArrayList<>();
    List<String> whatHelps = new ArrayList<>();
    if (plan != null) {
      for (PlanEntry e : plan.entries()) {
        if (e.part() == PlanPart.WARNING_SIGNS && e.text() != null) {
          warningSigns.add(e.text());
        } else if (WHAT_HELPS.contains(e.part()) && e.text() != null) {
          whatHelps.add(e.part() == PlanPart.PEOPLE_TO_ASK ? e.summary() : e.text());
        }
      }
    }
    HandoverData.Awareness awareness =
        new HandoverData.Awareness(
            precautions, warningSigns, whatHelps, plan == null ? null : plan.getNumber());
    return new HandoverData.ClientBlock(
        c.displayName(), c.mrn(), illness, summary, actions, awareness, events);
  }

  private HandoverData.Census census(long programId, List<Row> rows, Instant now, ZoneId zone) {
    int[] byLevel = new int[RiskLevel.values().length + 1];
    int rising = 0;
    LocalDate dayAgo = LocalDate.ofInstant(now.minus(24, ChronoUnit.HOURS), zone);
    List<String> admissions = new ArrayList<>();
    for (Row c : rows) {
      byLevel[c.level() == null ? RiskLevel.values().length : c.level().ordinal()]++;
      rising += c.rising() ? 1 : 0;
      if (c.admitted() != null && !c.admitted().isBefore(dayAgo)) {
        admissions.add(c.displayName());
      }
    }
    return new HandoverData.Census(
        rows.size(),
        byLevel[RiskLevel.IMMINENT.ordinal()],
        byLevel[RiskLevel.HIGH.ordinal()],
        byLevel[RiskLevel.MODERATE.ordinal()],
        byLevel[RiskLevel.LOW.ordinal()],
        byLevel[RiskLevel.values().length],
        rising,
        admissions,
        dischargedInTheLastDay(programId, now));
  }

  /**
   * Clients of the program discharged in the last 24 hours: their discharge was completed (the
   * status change on the discharge date) in that time.
   */
  private List<String> dischargedInTheLastDay(long programId, Instant now) {
    return em.createQuery(
            "select c.id, c.legalFirstName, c.legalLastName, c.preferredName, c.mrn,"
                + " c.riskLevel, c.rising, c.admissionDate, c.checkInDue, u.username"
                + " from Discharge d join Client c on c.id = d.clientId"
                + " left join c.primaryClinician u"
                + " where c.program.id = :program and d.completedAt > :since"
                + " order by d.completedAt, d.id",
            Object[].class)
        .setParameter("program", programId)
        .setParameter("since", now.minus(24, ChronoUnit.HOURS))
        .getResultStream()
        .map(Row::of)
        .map(Row::displayName)
        .toList();
  }

  private static String precaution(Precaution p, ZoneId zone) {
    StringBuilder s = new StringBuilder(p.getKind().label());
    if (p.getObservationLevel() != null) {
      s.append(", ").append(p.getObservationLevel().label());
    }
    if (p.getDetails() != null && !p.getDetails().isBlank()) {
      s.append(": ").append(p.getDetails());
    }
    if (p.getEndsAt() != null) {
      s.append(Wording.text("handover.precaution.until", time(p.getEndsAt(), zone)));
    }
    return s.toString();
  }

  /** Most urgent first: Imminent 0 ... Low 3, not assessed 4. */
  private static int severity(RiskLevel level) {
    return level == null
        ? RiskLevel.values().length
        : RiskLevel.values().length - 1 - level.ordinal();
  }

  private static String trend(RiskTrend trend) {
    return switch (trend) {
      case FIRST -> null;
      case RISING -> "UP";
      case FALLING -> "DOWN";
      case STEADY -> "SAME";
    };
  }

  private static String name(Map<String, String> names, String username) {
    return username == null ? null : names.getOrDefault(username, username);
  }

  private static String time(Instant at, ZoneId zone) {
    return at.atZone(zone)
        .format(
            DateTimeFormatter.ofPattern(
                Wording.text("center.format.time"), new CenterSettings().locale()));
  }

  private static String date(LocalDate date) {
    return date.format(
        DateTimeFormatter.ofPattern(
            Wording.text("handover.format.date"), new CenterSettings().locale()));
  }

  /** One active client of the program. */
  private record Row(
      long id,
      String first,
      String last,
      String preferred,
      String mrn,
      RiskLevel level,
      boolean rising,
      LocalDate admitted,
      Instant checkInDue,
      String clinician) {

    static Row of(Object[] r) {
      return new Row(
          (Long) r[0],
          (String) r[1],
          (String) r[2],
          (String) r[3],
          (String) r[4],
          (RiskLevel) r[5],
          (Boolean) r[6],
          (LocalDate) r[7],
          (Instant) r[8],
          (String) r[9]);
    }

    /** "Preferred (Legal) Last", or "Legal Last" without a preferred name. */
    String displayName() {
      return preferred == null || preferred.isBlank() || preferred.equals(first)
          ? first + " " + last
          : preferred + " (" + first + ") " + last;
    }

    String sortName() {
      return (last + " " + first).toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One session note of a client, as much of it as the handover uses. */
  private record NoteRow(
      long clientId,
      String author,
      boolean draft,
      LocalDate contactDate,
      Instant createdAt,
      Instant signedAt,
      boolean awaitingCoSignature) {

    static NoteRow of(Object[] n) {
      boolean draft = n[2].toString().equals("DRAFT");
      boolean reviewed = ((Number) n[8]).longValue() > 0;
      return new NoteRow(
          (Long) n[0],
          (String) n[1],
          draft,
          (LocalDate) n[3],
          (Instant) n[4],
          draft ? null : (Instant) n[5],
          !draft && (Boolean) n[7] && !reviewed);
    }
  }

  /** The records of all the program's clients, by client. */
  private static final class Records {
    final Map<Long, RiskAssessment> latestRisk = new HashMap<>();
    final Map<Long, RiskLevel> previousRisk = new HashMap<>();
    final Map<Long, CheckIn> latestCheckIn = new HashMap<>();
    final Map<Long, List<CheckIn>> checkInsSince = new HashMap<>();
    final Map<Long, List<NoteRow>> notes = new HashMap<>();
    final Map<Long, List<RiskAlert>> alerts = new HashMap<>();
    final Map<Long, List<ReviewTask>> tasks = new HashMap<>();
    final Map<Long, List<Precaution>> precautions = new HashMap<>();
    final Map<Long, SafetyPlanVersion> currentPlan = new HashMap<>();
    final Map<Long, List<SafetyPlanVersion>> plansSince = new HashMap<>();
  }
}
