package org.waypoint.handover;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Shift;
import org.waypoint.center.Wording;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.report.HandoverData;
import org.waypoint.security.StaffDirectory;

/**
 * What the handover services share: who works in a program, the stored handovers and their
 * acknowledgements, the snapshot's JSON, and how a handover is put together for the screen. No
 * access check of its own beyond {@link #checkWorksIn}.
 */
@Dependent
public class HandoverStore {

  /** How long after its shift's start a handover may wait before it is late. */
  static final java.time.Duration GRACE = java.time.Duration.ofHours(1);

  /** The snapshot's JSON binding, made on first use (the server provides its implementation). */
  private static final class Json {
    static final Jsonb BINDING = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
  }

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;
  @Inject private HandoverReader reader;

  /**
   * @param programId a program
   * @param username the caller
   * @return the program's name
   * @throws AccessDeniedException when the caller is not assigned to the program, or there is no
   *     such program (a tampered id is refused like a program out of reach)
   */
  String checkWorksIn(long programId, String username) {
    return em.createQuery(
            "select g.name from StaffUser s join s.programs g"
                + " where s.username = :me and g.id = :program",
            String.class)
        .setParameter("me", username)
        .setParameter("program", programId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException(Wording.text("handover.program.outOfReach")));
  }

  /**
   * @param programId a program
   * @param shift a shift
   * @return the handover given for them, if any
   */
  Optional<Handover> find(long programId, Shift shift) {
    return em.createQuery(
            "select h from Handover h where h.programId = :program"
                + " and h.shiftDate = :date and h.shiftStart = :start",
            Handover.class)
        .setParameter("program", programId)
        .setParameter("date", shift.date())
        .setParameter("start", shift.start())
        .getResultStream()
        .findFirst();
  }

  /**
   * @param handoverId a handover
   * @return its acknowledgement, if any
   */
  Optional<HandoverAcknowledgement> acknowledgement(long handoverId) {
    return em.createQuery(
            "select a from HandoverAcknowledgement a where a.handoverId = :h",
            HandoverAcknowledgement.class)
        .setParameter("h", handoverId)
        .getResultStream()
        .findFirst();
  }

  /**
   * @param programId a program
   * @return how many clients are present (active) in it
   */
  long present(long programId) {
    return em.createQuery(
            "select count(c) from Client c where c.program.id = :program"
                + " and c.status = org.waypoint.client.ClientStatus.ACTIVE",
            Long.class)
        .setParameter("program", programId)
        .getSingleResult();
  }

  /**
   * @param data what a handover shows
   * @return it as JSON, to store
   */
  static String toJson(HandoverData data) {
    return Json.BINDING.toJson(data);
  }

  /**
   * @param json a stored snapshot
   * @return what it showed
   */
  static HandoverData fromJson(String json) {
    return Json.BINDING.fromJson(json, HandoverData.class);
  }

  /**
   * @param shift a shift
   * @param zone the center's time zone
   * @param acknowledgedAt when it was acknowledged, or {@code null}
   * @param given whether a handover was given
   * @param present how many clients the program has
   * @param now the moment
   * @return whether it is late: not acknowledged (or, with clients present, not given) within an
   *     hour of the shift's start
   */
  static boolean late(
      Shift shift, ZoneId zone, Instant acknowledgedAt, boolean given, long present, Instant now) {
    Instant deadline = shift.startsAt(zone).plus(GRACE);
    if (!given) {
      return present > 0 && now.isAfter(deadline);
    }
    return acknowledgedAt == null ? now.isAfter(deadline) : acknowledgedAt.isAfter(deadline);
  }

  /**
   * A given handover as the screen shows it: its snapshot with the acknowledgement filled in.
   *
   * @param h the handover
   * @param programName its program's name
   * @param me the caller
   * @param now the moment
   * @return the view
   */
  HandoverView given(Handover h, String programName, String me, Instant now) {
    ZoneId zone = center.timeZone();
    HandoverAcknowledgement ack = acknowledgement(h.getId()).orElse(null);
    Map<String, String> names =
        StaffDirectory.names(
            em,
            ack == null
                ? List.of(h.getGivenBy())
                : List.of(h.getGivenBy(), ack.getAcknowledgedBy()));
    String giver = names.getOrDefault(h.getGivenBy(), h.getGivenBy());
    String receiver =
        ack == null ? null : names.getOrDefault(ack.getAcknowledgedBy(), ack.getAcknowledgedBy());
    HandoverData stored = fromJson(h.getSnapshot());
    HandoverData data =
        new HandoverData(
            stored.centerName(),
            stored.program(),
            stored.shiftDate(),
            stored.shiftStart(),
            stored.shiftEnd(),
            stored.preparedBy(),
            stored.preparedAt(),
            stored.census(),
            stored.clients(),
            receiver,
            ack == null ? null : ack.getAcknowledgedAt().atZone(zone),
            ack == null ? null : ack.getSynthesis(),
            null,
            null);
    Shift shift = h.shift();
    return new HandoverView(
        h.getProgramId(),
        programName,
        shift,
        h.getId(),
        giver,
        h.getGivenAt(),
        receiver,
        ack == null ? null : ack.getAcknowledgedAt(),
        ack == null ? null : ack.getSynthesis(),
        late(shift, zone, ack == null ? null : ack.getAcknowledgedAt(), true, 1, now),
        false,
        ack == null && !me.equals(h.getGivenBy()),
        me.equals(h.getGivenBy()),
        data);
  }

  /**
   * A handover not given yet, as the screen shows it: the contents read now.
   *
   * @param programId the program
   * @param programName its name
   * @param shift the shift that is starting
   * @param me the caller
   * @param now the moment
   * @return the view
   */
  HandoverView live(long programId, String programName, Shift shift, String me, Instant now) {
    ZoneId zone = center.timeZone();
    HandoverData data = reader.read(programId, shift, now, me);
    return new HandoverView(
        programId,
        programName,
        shift,
        null,
        null,
        null,
        null,
        null,
        null,
        late(shift, zone, null, false, data.census().present(), now),
        open(shift, now),
        false,
        false,
        data);
  }

  /**
   * @param shift a shift
   * @param now the moment
   * @return whether a handover may be given for it now: it is the shift under way or the next one
   */
  boolean open(Shift shift, Instant now) {
    Shift current = center.shifts().current(now);
    return shift.equals(current) || shift.equals(center.shifts().next(current));
  }

  /**
   * @return now, to the microsecond the database keeps
   */
  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
