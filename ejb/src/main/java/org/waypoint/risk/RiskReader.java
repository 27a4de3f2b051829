package org.waypoint.risk;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.center.Wording;
import org.waypoint.kernel.PageRequest;
import org.waypoint.security.StaffDirectory;

/**
 * Reads a client's risk levels without checking or auditing anything: for the services that do both
 * ({@link RiskService}, the chart's one audited read). Never called from a page.
 */
@Dependent
public class RiskReader {

  @PersistenceContext private EntityManager em;

  /**
   * @param clientId the client
   * @param max at most this many, at most {@link RiskService#MAX_ROWS}
   * @param careTeam whether the caller is of the care team; intake staff see levels, and the
   *     reasons of the screening they ran, but no clinical detail
   * @return the client's risk levels, newest first
   */
  public List<RiskEntry> history(long clientId, int max, boolean careTeam) {
    return page(clientId, PageRequest.of(0, max, RiskService.MAX_ROWS), careTeam);
  }

  /**
   * One page of the client's risk levels, read in the database (two statements whatever the
   * client's history: the page and the names of those who assessed).
   *
   * @param clientId the client
   * @param page which rows
   * @param careTeam whether the caller is of the care team (see {@link #history})
   * @return the page, newest first
   */
  public List<RiskEntry> page(long clientId, PageRequest page, boolean careTeam) {
    List<RiskAssessment> rows =
        em.createQuery(
                "select a from RiskAssessment a where a.clientId = :client"
                    + " order by a.assessedAt desc, a.id desc",
                RiskAssessment.class)
            .setParameter("client", clientId)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    var names = StaffDirectory.names(em, rows.stream().map(RiskAssessment::getAssessedBy).toList());
    return rows.stream()
        .map(
            a ->
                new RiskEntry(
                    a.getLevel(),
                    careTeam || a.getSource() == RiskSource.INTAKE_SCREENING
                        ? a.getReasons()
                        : List.of(Wording.text("risk.reasons.careTeamOnly")),
                    a.getSource(),
                    a.getAssessedAt(),
                    names.getOrDefault(a.getAssessedBy(), a.getAssessedBy())))
        .toList();
  }

  /**
   * @param clientId the client
   * @return how many risk levels the client has, counted in the database
   */
  public long count(long clientId) {
    return em.createQuery(
            "select count(a) from RiskAssessment a where a.clientId = :client", Long.class)
        .setParameter("client", clientId)
        .getSingleResult();
  }
}
