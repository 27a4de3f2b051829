package org.waypoint.safetyplan;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a plan's next version, and the plan itself with its first. The rules and the check that
 * nobody saved meanwhile are the caller's ({@link SafetyPlanService}); demo data writes through
 * here too, with times in the past.
 */
@Dependent
public class SafetyPlanWriter {

  @PersistenceContext private EntityManager em;
  @Inject private Event<PlanVersionSaved> saved;

  /**
   * @param clientId the client
   * @param entries the entries, in order
   * @param details review with the client and acknowledgement
   * @param at when the version is saved
   * @param by the username of who saved it
   * @param reviewDue when the plan is next due for review
   * @return the new version
   */
  public SafetyPlanVersion write(
      long clientId,
      List<PlanEntry> entries,
      VersionDetails details,
      Instant at,
      String by,
      LocalDate reviewDue) {
    SafetyPlan plan = find(clientId);
    if (plan == null) {
      plan = new SafetyPlan(clientId, reviewDue);
      em.persist(plan);
      em.flush();
    }
    SafetyPlanVersion version =
        new SafetyPlanVersion(
            plan.getId(), plan.getLatestNumber() + 1, at, by, details, reviewDue, entries);
    em.persist(version);
    plan.saved(version.getNumber(), reviewDue);
    em.flush();
    saved.fire(new PlanVersionSaved(clientId, version.getNumber(), at, by));
    return version;
  }

  /**
   * @param clientId the client
   * @return the client's plan, or {@code null} before its first version
   */
  public SafetyPlan find(long clientId) {
    return em.createQuery("select p from SafetyPlan p where p.clientId = :client", SafetyPlan.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * @param clientId the client
   * @return the plan's current (latest) version, or {@code null} before the first
   */
  public SafetyPlanVersion latest(long clientId) {
    return em.createQuery(
            "select v from SafetyPlanVersion v, SafetyPlan p where v.planId = p.id"
                + " and p.clientId = :client and v.number = p.latestNumber",
            SafetyPlanVersion.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
