package org.waypoint.discharge;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.waypoint.center.Wording;
import org.waypoint.client.ClientStatus;

/**
 * Discharges the clients whose approved discharge date has come: an update of the clients still
 * active with an approved discharge planned for that day or earlier, then those discharges marked
 * done. Safe to run again and on several nodes at once (a second run finds nothing to change). Runs
 * in the caller's transaction.
 */
@Dependent
public class DueDischarges {

  @PersistenceContext private EntityManager em;

  /**
   * Discharges at the given moment: the clients' active precautions end (by the supervisor who
   * approved the discharge, with a note saying why), the clients become Discharged, and their
   * discharges are marked done at {@code now}.
   *
   * @param today the center's date
   * @param now the moment of the discharge (the timer's run; the demo's past discharge)
   * @return how many clients it discharged
   */
  public int apply(LocalDate today, Instant now) {
    Instant at = now.truncatedTo(ChronoUnit.MICROS);
    String due =
        "select d.clientId from Discharge d, Client c where c.id = d.clientId"
            + " and c.status = :active and d.state = :approved and d.plannedDate <= :today";
    em.createQuery(
            "update Precaution p set p.endedAt = :at, p.endNote = :note,"
                + " p.endedBy = (select d2.approvedBy from Discharge d2"
                + " where d2.clientId = p.clientId and d2.state = :approved),"
                + " p.version = p.version + 1"
                + " where p.endedAt is null and (p.endsAt is null or p.endsAt > :at)"
                + " and p.clientId in ("
                + due
                + ")")
        .setParameter("at", at)
        .setParameter("note", Wording.text("discharge.precaution.ended"))
        .setParameter("active", ClientStatus.ACTIVE)
        .setParameter("approved", DischargeState.APPROVED)
        .setParameter("today", today)
        .executeUpdate();
    int discharged =
        em.createQuery(
                "update Client c set c.status = :discharged, c.version = c.version + 1"
                    + " where c.status = :active and c.id in (select d.clientId from Discharge d"
                    + " where d.state = :approved and d.plannedDate <= :today)")
            .setParameter("discharged", ClientStatus.DISCHARGED)
            .setParameter("active", ClientStatus.ACTIVE)
            .setParameter("approved", DischargeState.APPROVED)
            .setParameter("today", today)
            .executeUpdate();
    em.createQuery(
            "update Discharge d set d.state = :completed, d.openClientId = null,"
                + " d.completedAt = :now, d.version = d.version + 1"
                + " where d.state = :approved and d.plannedDate <= :today")
        .setParameter("completed", DischargeState.COMPLETED)
        .setParameter("approved", DischargeState.APPROVED)
        .setParameter("today", today)
        .setParameter("now", at)
        .executeUpdate();
    return discharged;
  }
}
