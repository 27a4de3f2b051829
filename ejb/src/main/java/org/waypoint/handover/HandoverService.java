package org.waypoint.handover;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Shift;
import org.waypoint.center.ShiftSchedule;
import org.waypoint.center.Wording;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.security.StaffDirectory;
import org.waypoint.submission.SubmissionKind;
import org.waypoint.submission.Submissions;

/**
 * Shift handover for the staff of a program (clinicians and supervisors assigned to it): read the
 * handover of a shift (live until given), give it (a snapshot that never changes), acknowledge it
 * (another staff member, once, with an optional synthesis line), the program's history, and the
 * late handovers of a supervisor's programs. A program outside the caller's programs, or an id that
 * names none, is refused with {@link org.waypoint.kernel.AccessDeniedException}.
 */
@Stateless
@RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class HandoverService {

  /** The field of the receiver's synthesis line. */
  public static final String SYNTHESIS_FIELD = "synthesis";

  /** The most characters of the synthesis line. */
  public static final int SYNTHESIS_LIMIT = 500;

  /** The field a refusal of giving or acknowledging itself (not of the synthesis) is about. */
  public static final String HANDOVER_FIELD = "handover";

  /** The field a refused shift key is reported on. */
  public static final String SHIFT_FIELD = ShiftSchedule.SHIFT_FIELD;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private CenterSettings center;
  @Inject private HandoverWriter writer;
  @Inject private HandoverStore store;
  @EJB private Submissions submissions;

  /**
   * @return the programs the caller may hand over (those they are assigned to), by name
   */
  public List<HandoverProgram> programs() {
    return em.createQuery(
            "select new org.waypoint.handover.HandoverProgram(g.id, g.name)"
                + " from StaffUser s join s.programs g where s.username = :me order by g.name",
            HandoverProgram.class)
        .setParameter("me", me())
        .getResultList();
  }

  /**
   * @param shiftKey a shift key such as {@code 2026-11-30T15:00}, or {@code null} or blank for the
   *     shift under way now
   * @return the shift it names
   * @throws org.waypoint.kernel.InvalidInputException (field {@value #SHIFT_FIELD}) when the key is
   *     not the start of a configured shift
   */
  public Shift shift(String shiftKey) {
    ShiftSchedule shifts = center.shifts();
    return shiftKey == null || shiftKey.isBlank()
        ? shifts.current(Instant.now())
        : shifts.parse(shiftKey);
  }

  /**
   * The handover of a program for a shift, as the screen shows it: the stored snapshot when it has
   * been given, else the contents read now. On the audit trail as one view of the handover.
   *
   * @param programId the program
   * @param shiftKey the shift that is starting, or {@code null} for the shift under way now
   * @return the handover
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   *     (or there is no such program)
   * @throws org.waypoint.kernel.InvalidInputException when the shift key is not a configured shift
   */
  @Audited(value = AuditAction.HANDOVER_VIEW, recordType = RecordType.HANDOVER)
  public HandoverView read(long programId, String shiftKey) {
    Shift shift = shift(shiftKey);
    String me = me();
    String program = store.checkWorksIn(programId, me);
    Instant now = HandoverStore.now();
    return store
        .find(programId, shift)
        .map(h -> store.given(h, program, me, now))
        .orElseGet(() -> store.live(programId, program, shift, me, now));
  }

  /**
   * A given handover, by its id (e.g. from the history). On the audit trail as a view of it.
   *
   * @param handoverId the handover
   * @return the handover, its snapshot with the acknowledgement
   * @throws HandoverNotFoundException when there is no such handover
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in its program
   */
  @Audited(value = AuditAction.HANDOVER_VIEW, recordType = RecordType.HANDOVER)
  public HandoverView open(@RecordId long handoverId) {
    Handover h = handover(handoverId);
    String me = me();
    String program = store.checkWorksIn(h.getProgramId(), me);
    return store.given(h, program, me, HandoverStore.now());
  }

  /**
   * Gives the handover of a program for a shift: stores what it shows at this moment, which never
   * changes afterwards.
   *
   * @param programId the program
   * @param shiftKey the shift that is starting: the current or the next one
   * @return the handover as given
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   * @throws org.waypoint.kernel.InvalidInputException when the key is not a configured shift (field
   *     {@value #SHIFT_FIELD}), or the shift is neither the current nor the next one (field {@value
   *     #HANDOVER_FIELD}); nothing is saved
   * @throws org.waypoint.kernel.ConflictException when a handover was given already for the program
   *     and shift (the message names who gave it)
   */
  @Audited(value = AuditAction.HANDOVER_GIVE, recordType = RecordType.HANDOVER)
  public HandoverView give(long programId, String shiftKey) {
    Shift shift = shift(shiftKey);
    String me = me();
    String program = store.checkWorksIn(programId, me);
    Instant now = HandoverStore.now();
    store.find(programId, shift).ifPresent(h -> alreadyGiven(h));
    if (!store.open(shift, now)) {
      throw Refusals.refusal(HANDOVER_FIELD, Wording.text("handover.shift.notOpen"));
    }
    Handover h;
    try {
      h = writer.give(programId, shift, me, now);
    } catch (PersistenceException e) {
      // another staff member gave it at the same moment: the unique constraint refused this one
      throw new ConflictException(
          Wording.text("handover.given.already", Wording.text("handover.someone"), time(now)), 0);
    }
    return store.given(h, program, me, now);
  }

  /**
   * Acknowledges a given handover as its receiver, with an optional synthesis line. Done once: a
   * second acknowledgement by the same person (a double click) returns the first unchanged.
   *
   * @param handoverId the handover
   * @param synthesis the receiver's own summary, at most {@value #SYNTHESIS_LIMIT} characters, or
   *     {@code null}/blank for none; stored exactly as typed
   * @return the handover, acknowledged
   * @throws HandoverNotFoundException when there is no such handover
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in its program
   * @throws org.waypoint.kernel.InvalidInputException when the synthesis is too long or holds a
   *     control character (field {@value #SYNTHESIS_FIELD}), or the caller gave the handover (field
   *     {@value #HANDOVER_FIELD}); nothing is saved
   * @throws org.waypoint.kernel.ConflictException when someone else acknowledged it already (the
   *     message names them)
   */
  @Audited(value = AuditAction.HANDOVER_ACKNOWLEDGE, recordType = RecordType.HANDOVER)
  public HandoverView acknowledge(@RecordId long handoverId, String synthesis) {
    return acknowledgeNow(handoverId, synthesis);
  }

  /**
   * Acknowledges a handover once per submission: as {@link #acknowledge(long, String)}, except that
   * a replay of the same submission sent at the same moment (a double click, a retry) waits for the
   * first and succeeds as it did, rather than meeting its row.
   *
   * @param handoverId the handover
   * @param synthesis the receiver's own summary, or {@code null}/blank for none
   * @param submission the token the page was shown with ({@link Submissions#newToken()})
   * @return the handover, acknowledged
   */
  @Audited(value = AuditAction.HANDOVER_ACKNOWLEDGE, recordType = RecordType.HANDOVER)
  public HandoverView acknowledge(@RecordId long handoverId, String synthesis, String submission) {
    OptionalLong done = submissions.begin(submission, SubmissionKind.HANDOVER_ACKNOWLEDGEMENT);
    if (done.isPresent() && done.getAsLong() != handoverId) {
      throw Refusals.refusal(Submissions.FIELD, Wording.text("submission.token.invalid"));
    }
    // a replay finds the caller's own acknowledgement, which stands
    HandoverView view = acknowledgeNow(handoverId, synthesis);
    if (done.isEmpty()) {
      submissions.recorded(submission, handoverId);
    }
    return view;
  }

  private HandoverView acknowledgeNow(long handoverId, String synthesis) {
    Handover h = handover(handoverId);
    String me = me();
    String program = store.checkWorksIn(h.getProgramId(), me);
    String text = PlainText.Validator.asTyped(synthesis);
    Refusals refused = Refusals.none();
    if (me.equals(h.getGivenBy())) {
      refused.add(HANDOVER_FIELD, Wording.text("handover.acknowledge.own"));
    }
    if (text != null && text.length() > SYNTHESIS_LIMIT) {
      refused.add(SYNTHESIS_FIELD, Wording.text("handover.synthesis.tooLong", SYNTHESIS_LIMIT));
    } else if (text != null && PlainText.Validator.hasControlCharacter(text)) {
      refused.add(SYNTHESIS_FIELD, Wording.text("kernel.text.control"));
    }
    if (me.equals(h.getGivenBy())) {
      refused.throwIfAny();
    }
    HandoverAcknowledgement first = store.acknowledgement(handoverId).orElse(null);
    if (first != null) {
      if (first.getAcknowledgedBy().equals(me)) {
        // the same person again (a double click): the first acknowledgement stands
        return store.given(h, program, me, HandoverStore.now());
      }
      throw new ConflictException(
          Wording.text(
              "handover.acknowledged.already",
              name(first.getAcknowledgedBy()),
              time(first.getAcknowledgedAt())),
          0);
    }
    refused.throwIfAny();
    Instant now = HandoverStore.now();
    try {
      writer.acknowledge(handoverId, me, now, text);
    } catch (PersistenceException e) {
      throw new ConflictException(
          Wording.text(
              "handover.acknowledged.already", Wording.text("handover.someone"), time(now)),
          0);
    }
    return store.given(h, program, me, now);
  }

  /**
   * The handovers given for a program, newest shift first.
   *
   * @param programId the program
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   */
  public List<HandoverSummary> history(long programId, int first, int pageSize) {
    store.checkWorksIn(programId, me());
    PageRequest page = PageRequest.of(first, pageSize);
    List<Object[]> rows =
        em.createQuery(
                "select h, a from Handover h left join HandoverAcknowledgement a"
                    + " on a.handoverId = h.id where h.programId = :program"
                    + " order by h.shiftStartsAt desc, h.id desc",
                Object[].class)
            .setParameter("program", programId)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Set<String> people = new HashSet<>();
    for (Object[] r : rows) {
      people.add(((Handover) r[0]).getGivenBy());
      if (r[1] != null) {
        people.add(((HandoverAcknowledgement) r[1]).getAcknowledgedBy());
      }
    }
    Map<String, String> names = StaffDirectory.names(em, people);
    ZoneId zone = center.timeZone();
    Instant now = Instant.now();
    List<HandoverSummary> page1 = new ArrayList<>();
    for (Object[] r : rows) {
      Handover h = (Handover) r[0];
      HandoverAcknowledgement a = (HandoverAcknowledgement) r[1];
      page1.add(
          new HandoverSummary(
              h.getId(),
              h.shift(),
              names.getOrDefault(h.getGivenBy(), h.getGivenBy()),
              h.getGivenAt(),
              h.getClients(),
              a == null ? null : names.getOrDefault(a.getAcknowledgedBy(), a.getAcknowledgedBy()),
              a == null ? null : a.getAcknowledgedAt(),
              HandoverStore.late(
                  h.shift(), zone, a == null ? null : a.getAcknowledgedAt(), true, 1, now)));
    }
    return page1;
  }

  /**
   * @param programId the program
   * @return how many handovers {@link #history} pages through
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   */
  public long countHistory(long programId) {
    store.checkWorksIn(programId, me());
    return em.createQuery(
            "select count(h) from Handover h where h.programId = :program", Long.class)
        .setParameter("program", programId)
        .getSingleResult();
  }

  /**
   * The late handovers of the caller's programs, for the supervisors' dashboard: a shift under way
   * for more than an hour without a handover while the program has clients, and handovers of the
   * last 24 hours not acknowledged within an hour of their shift's start. Oldest shift first.
   *
   * @return the late handovers
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<LateHandover> late() {
    Instant now = Instant.now();
    ZoneId zone = center.timeZone();
    ShiftSchedule shifts = center.shifts();
    Shift current = shifts.current(now);
    List<Object[]> programs =
        em.createQuery(
                "select g.id, g.name from StaffUser s join s.programs g where s.username = :me"
                    + " order by g.name",
                Object[].class)
            .setParameter("me", me())
            .getResultList();
    if (programs.isEmpty()) {
      return List.of();
    }
    List<Long> ids = programs.stream().map(p -> (Long) p[0]).toList();
    Map<Long, Long> present = new HashMap<>();
    for (Object[] c :
        em.createQuery(
                "select c.program.id, count(c) from Client c where c.program.id in :programs"
                    + " and c.status = org.waypoint.client.ClientStatus.ACTIVE"
                    + " group by c.program.id",
                Object[].class)
            .setParameter("programs", ids)
            .getResultList()) {
      present.put((Long) c[0], (Long) c[1]);
    }
    // handovers of the last day whose shift started more than an hour ago, with their
    // acknowledgement if any; and whether the current shift's was given
    List<Object[]> recent =
        em.createQuery(
                "select h, a from Handover h left join HandoverAcknowledgement a"
                    + " on a.handoverId = h.id where h.programId in :programs"
                    + " and h.shiftStartsAt >= :since order by h.shiftStartsAt, h.id",
                Object[].class)
            .setParameter("programs", ids)
            .setParameter("since", now.minus(java.time.Duration.ofHours(24)))
            .getResultList();
    Set<String> givers = new HashSet<>();
    recent.forEach(r -> givers.add(((Handover) r[0]).getGivenBy()));
    Map<String, String> names = StaffDirectory.names(em, givers);
    List<LateHandover> late = new ArrayList<>();
    for (Object[] p : programs) {
      long id = (Long) p[0];
      String name = (String) p[1];
      long clients = present.getOrDefault(id, 0L);
      boolean currentGiven = false;
      for (Object[] r : recent) {
        Handover h = (Handover) r[0];
        if (h.getProgramId() != id) {
          continue;
        }
        currentGiven |= h.shift().equals(current);
        if (r[1] == null && HandoverStore.late(h.shift(), zone, null, true, clients, now)) {
          late.add(
              new LateHandover(
                  id,
                  name,
                  h.shift(),
                  LateHandover.Kind.NOT_ACKNOWLEDGED,
                  h.getId(),
                  names.getOrDefault(h.getGivenBy(), h.getGivenBy()),
                  h.getGivenAt(),
                  clients));
        }
      }
      if (!currentGiven && HandoverStore.late(current, zone, null, false, clients, now)) {
        late.add(
            new LateHandover(
                id, name, current, LateHandover.Kind.NOT_GIVEN, null, null, null, clients));
      }
    }
    late.sort(
        Comparator.comparing((LateHandover l) -> l.shift().startsAt(zone))
            .thenComparing(LateHandover::programName));
    return late;
  }

  private Handover handover(long handoverId) {
    Handover h = em.find(Handover.class, handoverId);
    if (h == null) {
      throw new HandoverNotFoundException(handoverId);
    }
    return h;
  }

  private void alreadyGiven(Handover h) {
    throw new ConflictException(
        Wording.text("handover.given.already", name(h.getGivenBy()), time(h.getGivenAt())), 0);
  }

  private String name(String username) {
    return StaffDirectory.names(em, List.of(username)).getOrDefault(username, username);
  }

  private String time(Instant at) {
    return at.atZone(center.timeZone())
        .format(DateTimeFormatter.ofPattern(Wording.text("center.format.time"), center.locale()));
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
