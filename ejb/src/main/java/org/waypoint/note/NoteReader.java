package org.waypoint.note;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.center.CenterSettings;
import org.waypoint.checkin.CheckIn;
import org.waypoint.client.Client;
import org.waypoint.kernel.PageRequest;
import org.waypoint.risk.RiskLevel;
import org.waypoint.security.StaffDirectory;

/**
 * Reads notes for the services and the chart; checks no access and writes no audit row (its callers
 * do both). One place for each query.
 */
@Dependent
public class NoteReader {

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;

  /**
   * @param noteId a note
   * @return the note, or {@code null}
   */
  public SessionNote find(long noteId) {
    return em.find(SessionNote.class, noteId);
  }

  /**
   * A page of the client's notes, newest contact first, drafts without a date first of all.
   *
   * @param clientId the client
   * @param filter what to narrow to
   * @param page the page
   * @return the summaries
   */
  public List<NoteSummary> summaries(long clientId, NoteFilter filter, PageRequest page) {
    List<SessionNote> notes =
        query(
                "select n",
                " order by n.contactDate desc nulls first, n.startTime desc, n.id desc",
                clientId,
                filter,
                SessionNote.class)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    return summarize(notes);
  }

  /**
   * @param clientId the client
   * @param filter what to narrow to
   * @return how many notes {@link #summaries} pages through
   */
  public long count(long clientId, NoteFilter filter) {
    return query("select count(n)", "", clientId, filter, Long.class).getSingleResult();
  }

  /**
   * @param clientId the client
   * @param username a member of staff
   * @return their drafts of the client's notes, newest first
   */
  public List<NoteSummary> draftsOf(long clientId, String username) {
    return summarize(
        em.createQuery(
                "select n from SessionNote n where n.clientId = :client and n.author = :me"
                    + " and n.status = org.waypoint.note.SessionNote.Status.DRAFT"
                    + " order by n.savedAt desc",
                SessionNote.class)
            .setParameter("client", clientId)
            .setParameter("me", username)
            .setMaxResults(PageRequest.MAX_SIZE)
            .getResultList());
  }

  /**
   * @param notes notes
   * @return their summaries, with authors' names and states read in one query each
   */
  public List<NoteSummary> summarize(List<SessionNote> notes) {
    Map<String, String> names =
        StaffDirectory.names(em, notes.stream().map(SessionNote::getAuthor).toList());
    Map<Long, NoteReview> reviews = reviews(notes.stream().map(SessionNote::getId).toList());
    return notes.stream()
        .map(
            n ->
                new NoteSummary(
                    n.getId(),
                    n.getClientId(),
                    n.getContactDate(),
                    n.getStartTime(),
                    n.getEndTime(),
                    n.getModality(),
                    n.getAuthor(),
                    names.getOrDefault(n.getAuthor(), n.getAuthor()),
                    state(n, reviews.get(n.getId())),
                    n.getSavedAt(),
                    n.getSignedAt(),
                    n.isLateEntry(),
                    n.getGroupSessionId() != null))
        .toList();
  }

  /**
   * @param note a note
   * @param review its review, or {@code null}
   * @return where it stands
   */
  public static NoteState state(SessionNote note, NoteReview review) {
    if (note.isDraft()) {
      return NoteState.DRAFT;
    }
    if (review != null) {
      return review.getDecision() == NoteReview.Decision.CO_SIGNED
          ? NoteState.CO_SIGNED
          : NoteState.RETURNED;
    }
    return note.isCoSignRequired() ? NoteState.AWAITING_CO_SIGNATURE : NoteState.SIGNED;
  }

  /**
   * @param noteIds notes
   * @return their reviews by note id
   */
  public Map<Long, NoteReview> reviews(Collection<Long> noteIds) {
    Map<Long, NoteReview> found = new HashMap<>();
    if (noteIds.isEmpty()) {
      return found;
    }
    em.createQuery("select r from NoteReview r where r.noteId in :ids", NoteReview.class)
        .setParameter("ids", noteIds)
        .getResultList()
        .forEach(r -> found.put(r.getNoteId(), r));
    return found;
  }

  /**
   * @param note a note
   * @param caller the username of the caller
   * @return the note with its body, addenda, history, group part, check-ins and plan gate
   */
  public NoteDetail detail(SessionNote note, String caller) {
    ZoneId zone = center.timeZone();
    Client client = em.find(Client.class, note.getClientId());
    NoteReview review = reviews(List.of(note.getId())).get(note.getId());
    List<NoteAddendum> addenda =
        em.createQuery(
                "select a from NoteAddendum a where a.noteId = :note order by a.position",
                NoteAddendum.class)
            .setParameter("note", note.getId())
            .getResultList();
    List<SessionNote> earlier = earlier(note);
    Map<Long, NoteReview> earlierReviews =
        reviews(earlier.stream().map(SessionNote::getId).toList());
    GroupSession group =
        note.getGroupSessionId() == null
            ? null
            : em.find(GroupSession.class, note.getGroupSessionId());
    Set<String> people = new HashSet<>();
    people.add(note.getAuthor());
    if (review != null) {
      people.add(review.getDecidedBy());
    }
    addenda.forEach(a -> people.add(a.getAuthor()));
    earlierReviews.values().forEach(r -> people.add(r.getDecidedBy()));
    if (group != null) {
      people.addAll(group.getFacilitators());
    }
    Map<String, String> names = StaffDirectory.names(em, people);
    NoteReview returned =
        note.getRevisesId() == null ? null : earlierReviews.get(note.getRevisesId());
    NoteContent content = note.content(zone);
    List<NoteDetail.ContactCheckIn> checkIns = checkInsOn(note);
    return new NoteDetail(
        note.getId(),
        note.getClientId(),
        client.getLegalLastName() + ", " + client.getLegalFirstName(),
        client.getMrn(),
        note.getAuthor(),
        name(names, note.getAuthor()),
        state(note, review),
        note.getVersion(),
        content,
        note.getCreatedAt(),
        note.getSavedAt(),
        note.getSignedAt(),
        note.isLateEntry(),
        note.isCoSignRequired(),
        review(review, names),
        review(returned, names),
        note.getCopiedFromId(),
        addenda.stream()
            .map(
                a ->
                    new NoteDetail.Addendum(
                        a.getPosition(),
                        a.getText(),
                        a.getReason(),
                        name(names, a.getAuthor()),
                        a.getWrittenAt()))
            .toList(),
        earlier.stream()
            .map(
                e -> {
                  NoteReview r = earlierReviews.get(e.getId());
                  return new NoteDetail.Earlier(
                      e.getId(),
                      e.getSignedAt(),
                      r == null ? null : name(names, r.getDecidedBy()),
                      r == null ? null : r.getDecidedAt(),
                      r == null ? null : r.getComment());
                })
            .toList(),
        group == null
            ? null
            : new NoteDetail.GroupPart(
                group.getId(),
                group.getTopic(),
                group.getSharedPart(),
                group.getFacilitators().stream().map(u -> name(names, u)).sorted().toList()),
        checkIns,
        planGate(note.getClientId(), content, checkIns, zone),
        note.getAuthor().equals(caller));
  }

  /**
   * The earlier versions of a note: the returned notes it revises, oldest first.
   *
   * @param note a note
   * @return the chain of returned notes before it
   */
  public List<SessionNote> earlier(SessionNote note) {
    List<SessionNote> chain = new ArrayList<>();
    Long previous = note.getRevisesId();
    if (previous == null) {
      return chain;
    }
    // every note of the chain is the client's and revised by the next: one query, not one each
    Map<Long, SessionNote> revised = new HashMap<>();
    em.createQuery(
            "select n from SessionNote n where n.clientId = :client"
                + " and exists (select m.id from SessionNote m where m.revisesId = n.id)",
            SessionNote.class)
        .setParameter("client", note.getClientId())
        .getResultList()
        .forEach(n -> revised.put(n.getId(), n));
    while (previous != null && chain.size() < 100) {
      SessionNote p = revised.get(previous);
      if (p == null) {
        break;
      }
      chain.add(0, p);
      previous = p.getRevisesId();
    }
    return chain;
  }

  /**
   * @param note a note
   * @return the client's check-ins on the note's contact date (or today, undated), newest first
   */
  public List<NoteDetail.ContactCheckIn> checkInsOn(SessionNote note) {
    ZoneId zone = center.timeZone();
    java.time.LocalDate day =
        note.getContactDate() != null ? note.getContactDate() : java.time.LocalDate.now(zone);
    Instant from = day.atStartOfDay(zone).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
    List<NoteDetail.ContactCheckIn> found =
        new ArrayList<>(
            em
                .createQuery(
                    "select c from CheckIn c where c.clientId = :client"
                        + " and c.recordedAt >= :from and c.recordedAt < :to"
                        + " order by c.recordedAt desc",
                    CheckIn.class)
                .setParameter("client", note.getClientId())
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(20)
                .getResultList()
                .stream()
                .map(c -> new NoteDetail.ContactCheckIn(c.getId(), c.getRecordedAt(), c.getLevel()))
                .toList());
    Long linked = note.getCheckInId();
    if (linked != null && found.stream().noneMatch(c -> c.id() == linked)) {
      CheckIn c = em.find(CheckIn.class, linked);
      if (c != null) {
        found.add(new NoteDetail.ContactCheckIn(c.getId(), c.getRecordedAt(), c.getLevel()));
      }
    }
    return found;
  }

  /**
   * {@link #checkInsOn(SessionNote)} for many notes at once (a group's attendees), in at most two
   * queries whatever their number: the check-ins of their clients over the notes' contact dates,
   * then any linked check-in recorded on another day.
   *
   * @param notes notes, usually of one contact date
   * @return each note's check-ins, as {@link #checkInsOn(SessionNote)} gives them, by note id
   */
  public Map<Long, List<NoteDetail.ContactCheckIn>> checkInsOn(List<SessionNote> notes) {
    Map<Long, List<NoteDetail.ContactCheckIn>> found = new HashMap<>();
    if (notes.isEmpty()) {
      return found;
    }
    ZoneId zone = center.timeZone();
    java.time.LocalDate today = java.time.LocalDate.now(zone);
    Map<Long, java.time.LocalDate> days = new HashMap<>();
    for (SessionNote n : notes) {
      days.put(n.getId(), n.getContactDate() != null ? n.getContactDate() : today);
    }
    java.time.LocalDate first =
        days.values().stream().min(java.util.Comparator.naturalOrder()).get();
    java.time.LocalDate last =
        days.values().stream().max(java.util.Comparator.naturalOrder()).get();
    List<Object[]> rows =
        em.createQuery(
                "select c.id, c.clientId, c.recordedAt, c.level from CheckIn c"
                    + " where c.clientId in :clients"
                    + " and c.recordedAt >= :from and c.recordedAt < :to"
                    + " order by c.recordedAt desc",
                Object[].class)
            .setParameter(
                "clients", notes.stream().map(SessionNote::getClientId).distinct().toList())
            .setParameter("from", first.atStartOfDay(zone).toInstant())
            .setParameter("to", last.plusDays(1).atStartOfDay(zone).toInstant())
            .getResultList();
    Map<Long, Long> missing = new HashMap<>();
    for (SessionNote n : notes) {
      Instant from = days.get(n.getId()).atStartOfDay(zone).toInstant();
      Instant to = days.get(n.getId()).plusDays(1).atStartOfDay(zone).toInstant();
      List<NoteDetail.ContactCheckIn> mine =
          new ArrayList<>(
              rows.stream()
                  .filter(r -> ((Long) r[1]) == n.getClientId())
                  .filter(r -> !((Instant) r[2]).isBefore(from) && ((Instant) r[2]).isBefore(to))
                  .limit(20)
                  .map(
                      r ->
                          new NoteDetail.ContactCheckIn(
                              (Long) r[0], (Instant) r[2], (RiskLevel) r[3]))
                  .toList());
      found.put(n.getId(), mine);
      Long linked = n.getCheckInId();
      if (linked != null && mine.stream().noneMatch(c -> c.id() == linked)) {
        missing.put(n.getId(), linked);
      }
    }
    if (!missing.isEmpty()) {
      Map<Long, NoteDetail.ContactCheckIn> others = new HashMap<>();
      em.createQuery(
              "select c.id, c.recordedAt, c.level from CheckIn c where c.id in :ids",
              Object[].class)
          .setParameter("ids", new HashSet<>(missing.values()))
          .getResultList()
          .forEach(
              r ->
                  others.put(
                      (Long) r[0],
                      new NoteDetail.ContactCheckIn(
                          (Long) r[0], (Instant) r[1], (RiskLevel) r[2])));
      missing.forEach(
          (note, linked) -> {
            NoteDetail.ContactCheckIn c = others.get(linked);
            if (c != null) {
              found.get(note).add(c);
            }
          });
    }
    return found;
  }

  /**
   * The safety-plan gate of a contact: whether its level asks for the plan reviewed, and whether it
   * was — a version saved since the contact began, or the linked check-in's review task closed with
   * an outcome.
   *
   * @param clientId the client
   * @param content the note's content
   * @param checkIns the contact's check-ins (to find the linked one's level)
   * @param zone the center's time zone
   * @return the gate
   */
  public NoteDetail.PlanGate planGate(
      long clientId, NoteContent content, List<NoteDetail.ContactCheckIn> checkIns, ZoneId zone) {
    // the highest of the level observed, the linked check-in's and every check-in of the contact's
    // day: leaving a High check-in unlinked does not lift the gate
    RiskLevel level = content.getRiskLevel();
    Long linked = content.getCheckInId();
    java.util.List<Long> dayCheckIns = new ArrayList<>();
    for (NoteDetail.ContactCheckIn c : checkIns) {
      level = higher(level, c.level());
      dayCheckIns.add(c.id());
    }
    if (linked != null && !dayCheckIns.contains(linked)) {
      CheckIn c = em.find(CheckIn.class, linked);
      if (c != null) {
        level = higher(level, c.getLevel());
        dayCheckIns.add(linked);
      }
    }
    if (!NoteRules.planGateApplies(level)) {
      return new NoteDetail.PlanGate(false, level, false, null);
    }
    Instant since =
        content.getContactDate() == null
            ? Instant.now()
            : content
                .getContactDate()
                .atTime(content.getStartTime() == null ? LocalTime.MIN : content.getStartTime())
                .atZone(zone)
                .toInstant();
    Instant reviewed = planReviewedSince(clientId, since, dayCheckIns);
    return new NoteDetail.PlanGate(true, level, reviewed != null, reviewed);
  }

  private static RiskLevel higher(RiskLevel a, RiskLevel b) {
    return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * {@link #planGate} for many notes at once (a group's attendees), in at most two queries whatever
   * their number.
   *
   * @param notes the notes, each with its client
   * @param contents each note's content, by note id
   * @param checkIns each note's contact check-ins, by note id, as {@link #checkInsOn(List)} gives
   *     them (the linked check-in among them when it exists)
   * @param zone the center's time zone
   * @return each note's gate, by note id
   */
  public Map<Long, NoteDetail.PlanGate> planGates(
      List<SessionNote> notes,
      Map<Long, NoteContent> contents,
      Map<Long, List<NoteDetail.ContactCheckIn>> checkIns,
      ZoneId zone) {
    Map<Long, NoteDetail.PlanGate> gates = new HashMap<>();
    Map<Long, RiskLevel> levels = new HashMap<>();
    Map<Long, Instant> since = new HashMap<>();
    for (SessionNote note : notes) {
      NoteContent content = contents.get(note.getId());
      List<NoteDetail.ContactCheckIn> day = checkIns.getOrDefault(note.getId(), List.of());
      Long linked = content.getCheckInId();
      if (linked != null && day.stream().noneMatch(c -> c.id() == linked)) {
        // a check-in linked in the content but not among the note's: the one-note way
        gates.put(note.getId(), planGate(note.getClientId(), content, day, zone));
        continue;
      }
      RiskLevel level = content.getRiskLevel();
      for (NoteDetail.ContactCheckIn c : day) {
        level = higher(level, c.level());
      }
      if (NoteRules.planGateApplies(level)) {
        levels.put(note.getId(), level);
        since.put(
            note.getId(),
            content.getContactDate() == null
                ? Instant.now()
                : content
                    .getContactDate()
                    .atTime(content.getStartTime() == null ? LocalTime.MIN : content.getStartTime())
                    .atZone(zone)
                    .toInstant());
      } else {
        gates.put(note.getId(), new NoteDetail.PlanGate(false, level, false, null));
      }
    }
    if (levels.isEmpty()) {
      return gates;
    }
    List<SessionNote> gated = notes.stream().filter(n -> levels.containsKey(n.getId())).toList();
    List<Object[]> versions =
        em.createQuery(
                "select p.clientId, v.savedAt from SafetyPlanVersion v, SafetyPlan p"
                    + " where v.planId = p.id and p.clientId in :clients and v.savedAt >= :since",
                Object[].class)
            .setParameter(
                "clients", gated.stream().map(SessionNote::getClientId).distinct().toList())
            .setParameter("since", since.values().stream().min(Instant::compareTo).get())
            .getResultList();
    Map<Long, Instant> reviewed = new HashMap<>();
    Set<Long> byTask = new HashSet<>();
    for (SessionNote note : gated) {
      Instant from = since.get(note.getId());
      versions.stream()
          .filter(r -> ((Long) r[0]) == note.getClientId() && !((Instant) r[1]).isBefore(from))
          .map(r -> (Instant) r[1])
          .max(Instant::compareTo)
          .ifPresent(at -> reviewed.put(note.getId(), at));
      if (!reviewed.containsKey(note.getId())) {
        checkIns.getOrDefault(note.getId(), List.of()).forEach(c -> byTask.add(c.id()));
      }
    }
    if (!byTask.isEmpty()) {
      Map<Long, Instant> closed = new HashMap<>();
      em.createQuery(
              "select t.checkInId, max(t.closedAt) from ReviewTask t where t.checkInId in :checkIns"
                  + " and t.closedAt is not null and t.outcome is not null group by t.checkInId",
              Object[].class)
          .setParameter("checkIns", byTask)
          .getResultList()
          .forEach(r -> closed.put((Long) r[0], (Instant) r[1]));
      for (SessionNote note : gated) {
        if (!reviewed.containsKey(note.getId())) {
          checkIns.getOrDefault(note.getId(), List.of()).stream()
              .map(c -> closed.get(c.id()))
              .filter(at -> at != null)
              .max(Instant::compareTo)
              .ifPresent(at -> reviewed.put(note.getId(), at));
        }
      }
    }
    for (SessionNote note : gated) {
      Instant at = reviewed.get(note.getId());
      gates.put(
          note.getId(), new NoteDetail.PlanGate(true, levels.get(note.getId()), at != null, at));
    }
    return gates;
  }

  private Instant planReviewedSince(long clientId, Instant since, List<Long> checkInIds) {
    Instant version =
        em.createQuery(
                "select max(v.savedAt) from SafetyPlanVersion v, SafetyPlan p"
                    + " where v.planId = p.id and p.clientId = :client and v.savedAt >= :since",
                Instant.class)
            .setParameter("client", clientId)
            .setParameter("since", since)
            .getSingleResult();
    if (version != null || checkInIds.isEmpty()) {
      return version;
    }
    return em.createQuery(
            "select max(t.closedAt) from ReviewTask t where t.checkInId in :checkIns"
                + " and t.closedAt is not null and t.outcome is not null",
            Instant.class)
        .setParameter("checkIns", checkInIds)
        .getSingleResult();
  }

  private <T> TypedQuery<T> query(
      String select, String orderBy, long clientId, NoteFilter filter, Class<T> type) {
    StringBuilder where = new StringBuilder(" from SessionNote n where n.clientId = :client");
    Map<String, Object> params = new HashMap<>();
    params.put("client", clientId);
    if (filter.author() != null) {
      where.append(" and n.author = :author");
      params.put("author", filter.author());
    }
    if (filter.from() != null) {
      where.append(" and n.contactDate >= :from");
      params.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and n.contactDate <= :to");
      params.put("to", filter.to());
    }
    if (filter.modality() != null) {
      where.append(" and n.modality = :modality");
      params.put("modality", filter.modality());
    }
    if (filter.state() != null) {
      where.append(stateCondition(filter.state()));
    }
    TypedQuery<T> q = em.createQuery(select + where + orderBy, type);
    params.forEach(q::setParameter);
    return q;
  }

  private static String stateCondition(NoteState state) {
    String reviewed = "exists (select r from NoteReview r where r.noteId = n.id";
    String signed = " and n.status = org.waypoint.note.SessionNote.Status.SIGNED";
    return switch (state) {
      case DRAFT -> " and n.status = org.waypoint.note.SessionNote.Status.DRAFT";
      case AWAITING_CO_SIGNATURE ->
          signed + " and n.coSignRequired = true and not " + reviewed + ")";
      case SIGNED -> signed + " and n.coSignRequired = false";
      case CO_SIGNED ->
          signed
              + " and "
              + reviewed
              + " and r.decision = org.waypoint.note.NoteReview.Decision.CO_SIGNED)";
      case RETURNED ->
          signed
              + " and "
              + reviewed
              + " and r.decision = org.waypoint.note.NoteReview.Decision.RETURNED)";
    };
  }

  private static NoteDetail.Review review(NoteReview r, Map<String, String> names) {
    return r == null
        ? null
        : new NoteDetail.Review(
            r.getNoteId(),
            r.getDecision(),
            name(names, r.getDecidedBy()),
            r.getDecidedAt(),
            r.getComment());
  }

  private static String name(Map<String, String> names, String username) {
    return names.getOrDefault(username, username);
  }
}
