package org.waypoint.discharge;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes discharges and follow-up calls in the caller's transaction, for the services of this
 * package (which check access and input first) and the demo loader.
 */
@Dependent
public class DischargeWriter {

  @PersistenceContext private EntityManager em;

  /**
   * Starts a client's discharge as a draft.
   *
   * @param clientId the client, with no open discharge
   * @param form the plan, already checked
   * @param zone the center's time zone
   * @param by who prepares it
   * @param at when
   * @return the new draft
   */
  public Discharge start(long clientId, DischargeForm form, ZoneId zone, String by, Instant at) {
    Discharge d = new Discharge(clientId, by, at);
    d.write(form, zone, by, at);
    em.persist(d);
    em.flush();
    return d;
  }

  /**
   * Approves a draft and schedules its follow-up calls (those not made yet, when it was approved
   * before and withdrawn).
   *
   * @param d the draft
   * @param days the days after the planned date on which calls are due
   * @param by the approving supervisor
   * @param at when
   * @return the calls scheduled now
   */
  public List<FollowUpCall> approve(Discharge d, List<Integer> days, String by, Instant at) {
    d.approve(by, at);
    Set<Integer> made =
        new HashSet<>(
            em.createQuery(
                    "select f.number from FollowUpCall f where f.dischargeId = :discharge",
                    Integer.class)
                .setParameter("discharge", d.getId())
                .getResultList());
    List<FollowUpCall> calls =
        FollowUpSchedule.calls(d.getPlannedDate(), days).stream()
            .filter(due -> !made.contains(due.number()))
            .map(due -> new FollowUpCall(d.getId(), d.getClientId(), due))
            .toList();
    calls.forEach(em::persist);
    em.flush();
    return calls;
  }

  /**
   * Records a call's outcome.
   *
   * @param call a call not recorded yet
   * @param outcome how it went
   * @param nextStep the next step, or {@code null}
   * @param by who called
   * @param at when
   * @param checkInId the phone check-in of a reached call, or {@code null}
   */
  public void record(
      FollowUpCall call,
      CallOutcome outcome,
      String nextStep,
      String by,
      Instant at,
      Long checkInId) {
    call.record(outcome, nextStep, by, at, checkInId);
    em.flush();
  }
}
