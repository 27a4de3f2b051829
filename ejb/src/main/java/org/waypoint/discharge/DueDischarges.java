package org.waypoint.discharge;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
   * @param today the center's date
   * @return how many clients it discharged
   */
  public int apply(LocalDate today) {
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
        .setParameter("now", Instant.now().truncatedTo(ChronoUnit.MICROS))
        .executeUpdate();
    return discharged;
  }
}
