package org.waypoint.safetyplan;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.waypoint.security.StaffDirectory;

/**
 * Reads a client's safety plan without checking or auditing anything: for the services that do both
 * ({@link SafetyPlanService}, the chart's one audited read). Never called from a page.
 */
@Dependent
public class SafetyPlanReader {

  @PersistenceContext private EntityManager em;
  @Inject private SafetyPlanWriter writer;

  /**
   * @param clientId the client
   * @return every version with its entries (read in one statement), newest first; empty when the
   *     client has no plan yet
   */
  public List<VersionSummary> versions(long clientId) {
    List<SafetyPlanVersion> rows =
        em.createQuery(
                "select distinct v from SafetyPlanVersion v left join fetch v.entries"
                    + " where v.planId in (select p.id from SafetyPlan p where p.clientId = :client)"
                    + " order by v.number desc",
                SafetyPlanVersion.class)
            .setParameter("client", clientId)
            .getResultList();
    Map<String, String> names =
        StaffDirectory.names(em, rows.stream().map(SafetyPlanVersion::getSavedBy).toList());
    return rows.stream().map(v -> SafetyPlanService.summary(v, names)).toList();
  }

  /**
   * @param clientId the client
   * @return when the plan is due for review, or {@code null} without a plan
   */
  public LocalDate reviewDue(long clientId) {
    SafetyPlan plan = writer.find(clientId);
    return plan == null ? null : plan.getReviewDue();
  }

  /**
   * @param clientId the client
   * @param username a user
   * @return the user's autosaved draft of the plan, or {@code null}
   */
  public SafetyPlanDraftView draft(long clientId, String username) {
    return em.createQuery(
            "select d from SafetyPlanDraft d where d.clientId = :client and d.username = :u",
            SafetyPlanDraft.class)
        .setParameter("client", clientId)
        .setParameter("u", username)
        .getResultStream()
        .findFirst()
        .map(d -> new SafetyPlanDraftView(d.getBasedOn(), d.getSavedAt(), d.entries()))
        .orElse(null);
  }
}
