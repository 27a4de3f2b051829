package org.waypoint.it.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.waypoint.client.Client;
import org.waypoint.client.ClientStatus;
import org.waypoint.discharge.DueDischarges;

/**
 * Runs the daily discharge for a given day, as the hourly timer does for today, and reads a
 * client's status behind the services. Test deployments only.
 */
@Stateless
public class DischargeProbe {

  @Inject private DueDischarges due;

  @PersistenceContext(unitName = "waypoint")
  private EntityManager em;

  /**
   * @param day the center's date to run it for
   * @return how many clients it discharged
   */
  public int apply(LocalDate day) {
    return due.apply(day);
  }

  /**
   * @param clientId a client
   * @return the client's status as stored
   */
  public ClientStatus status(long clientId) {
    return em.find(Client.class, clientId).getStatus();
  }

  /**
   * @param clientId a client
   * @return how many check-ins the client has
   */
  public long checkIns(long clientId) {
    return em.createQuery("select count(c) from CheckIn c where c.clientId = :c", Long.class)
        .setParameter("c", clientId)
        .getSingleResult();
  }
}
