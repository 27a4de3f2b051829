package org.waypoint.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Shift;
import org.waypoint.center.ShiftSchedule;
import org.waypoint.handover.Handover;
import org.waypoint.handover.HandoverWriter;

/**
 * Shift handovers for the demo center, all of the Residential program: the previous shift's, given
 * by Dana Whitfield ({@code clinician}) a quarter of an hour before it started and acknowledged by
 * Renée Park ({@code supervisor}) with a synthesis line; and the current shift's, given by Renée
 * Park and not acknowledged (late once the shift has been under way for an hour, so the
 * supervisors' dashboard shows it). The Intensive Outpatient and Partial Hospitalization programs
 * get no handover, for the browser tests to give and acknowledge their own.
 */
@Dependent
public class DemoHandovers {

  /** The program the demo's handovers are for. */
  static final String PROGRAM = "RES";

  /** The receiver's synthesis line on the previous shift's handover. */
  static final String SYNTHESIS =
      "Got it: High-risk clients first, the one-to-one observation continues, and I will chase"
          + " the overdue check-ins before lunch.";

  private static final Duration BEFORE_START = Duration.ofMinutes(15);

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;
  @Inject private HandoverWriter handovers;

  /**
   * @param now the moment the demo is loaded
   */
  void write(Instant now) {
    long residential =
        em.createQuery("select p.id from Program p where p.code = :code", Long.class)
            .setParameter("code", PROGRAM)
            .getSingleResult();
    ShiftSchedule shifts = center.shifts();
    Shift current = shifts.current(now);
    Shift previous = shifts.previous(current);

    Instant previousStart = previous.startsAt(center.timeZone());
    Handover given =
        handovers.give(residential, previous, "clinician", previousStart.minus(BEFORE_START));
    handovers.acknowledge(
        given.getId(), "supervisor", previousStart.plus(Duration.ofMinutes(10)), SYNTHESIS);

    Instant currentStart = current.startsAt(center.timeZone());
    Instant givenAt = currentStart.minus(BEFORE_START);
    handovers.give(residential, current, "supervisor", givenAt.isAfter(now) ? now : givenAt);
  }
}
