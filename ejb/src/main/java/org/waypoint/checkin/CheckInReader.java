package org.waypoint.checkin;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.waypoint.kernel.PageRequest;
import org.waypoint.risk.WarningSign;
import org.waypoint.security.StaffDirectory;

/**
 * Reads a client's check-ins without checking or auditing anything: for the services that do both
 * ({@link CheckInService}, the chart's one audited read). Never called from a page.
 */
@Dependent
public class CheckInReader {

  /** The most check-ins one page holds. */
  static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext private EntityManager em;

  /**
   * @param clientId the client
   * @param first the index of the first row
   * @param pageSize the number of rows, at most {@value #MAX_PAGE_SIZE}
   * @return the client's check-ins, newest first
   */
  public List<CheckInEntry> history(long clientId, int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize, MAX_PAGE_SIZE);
    List<CheckIn> rows =
        em.createQuery(
                "select c from CheckIn c where c.clientId = :client"
                    + " order by c.recordedAt desc, c.id desc",
                CheckIn.class)
            .setParameter("client", clientId)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Map<String, String> names =
        StaffDirectory.names(em, rows.stream().map(CheckIn::getRecordedBy).toList());
    return rows.stream()
        .map(c -> CheckInEntry.of(c, names.getOrDefault(c.getRecordedBy(), c.getRecordedBy())))
        .toList();
  }

  /**
   * @param clientId the client
   * @return how many check-ins the client has
   */
  public long count(long clientId) {
    return em.createQuery("select count(c) from CheckIn c where c.clientId = :client", Long.class)
        .setParameter("client", clientId)
        .getSingleResult();
  }

  /**
   * @param clientId the client
   * @return the last {@value CheckInService#TREND_POINTS} check-ins, oldest first, for the trend
   *     chart
   */
  public List<TrendPoint> trend(long clientId) {
    List<CheckIn> rows =
        new ArrayList<>(
            em.createQuery(
                    "select c from CheckIn c where c.clientId = :client"
                        + " order by c.recordedAt desc, c.id desc",
                    CheckIn.class)
                .setParameter("client", clientId)
                .setMaxResults(CheckInService.TREND_POINTS)
                .getResultList());
    Collections.reverse(rows);
    return rows.stream()
        .map(
            c ->
                new TrendPoint(
                    c.getRecordedAt(),
                    c.getUrge(),
                    WarningSign.score(c.signs()),
                    c.getLevel(),
                    c.getRisingReason() != null))
        .toList();
  }
}
