package org.waypoint.handover;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Shift;
import org.waypoint.report.HandoverData;

/**
 * Writes handovers and acknowledgements, with no check of who may: {@link HandoverService} checks
 * first; the demo writes its own. A handover's snapshot is read at the moment it is given.
 */
@Dependent
public class HandoverWriter {

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;
  @Inject private HandoverReader reader;

  /**
   * Stores the handover of a program for a shift with what it shows at that moment.
   *
   * @param programId the program
   * @param shift the shift that is starting
   * @param by the giver's username
   * @param at when it is given
   * @return the handover, flushed (a second one for the same program and shift fails the flush)
   */
  public Handover give(long programId, Shift shift, String by, Instant at) {
    HandoverData data = reader.read(programId, shift, at, by);
    Handover h =
        new Handover(
            programId,
            shift,
            center.timeZone(),
            by,
            at,
            data.clients().size(),
            HandoverStore.toJson(data));
    em.persist(h);
    em.flush();
    return h;
  }

  /**
   * Stores the acknowledgement of a handover.
   *
   * @param handoverId the handover
   * @param by the receiver's username
   * @param at when
   * @param synthesis their summary line, or {@code null}
   */
  public void acknowledge(long handoverId, String by, Instant at, String synthesis) {
    em.persist(new HandoverAcknowledgement(handoverId, by, at, synthesis));
    em.flush();
  }
}
