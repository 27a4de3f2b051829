package org.waypoint.it.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.client.Client;
import org.waypoint.client.ClientStatus;
import org.waypoint.discharge.DueDischarges;
import org.waypoint.precaution.Precaution;
import org.waypoint.precaution.PrecautionKind;

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
    return due.apply(day, Instant.now());
  }

  /**
   * @param clientId a client
   * @return the client's legal last name
   */
  public String lastName(long clientId) {
    return em.find(Client.class, clientId).getLegalLastName();
  }

  /**
   * Starts a sharps precaution on a client, as a clinician would.
   *
   * @param clientId the client
   */
  public void startPrecaution(long clientId) {
    em.persist(
        new Precaution(
            clientId,
            PrecautionKind.SHARPS,
            null,
            "Razors at the desk",
            Instant.now(),
            "clinician",
            null));
  }

  /**
   * @param clientId a client
   * @return who ended each of the client's precautions ({@code null} while active), oldest first
   */
  public java.util.List<String> precautionsEndedBy(long clientId) {
    return em.createQuery(
            "select p.endedBy from Precaution p where p.clientId = :c order by p.id", String.class)
        .setParameter("c", clientId)
        .getResultList();
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
