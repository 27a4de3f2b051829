package org.waypoint.followup;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waypoint.security.StaffDirectory;

/**
 * Reads a client's alerts and review tasks without checking or auditing anything: for the services
 * that do both ({@link FollowUpService}, the chart's one audited read). Never called from a page.
 */
@Dependent
public class FollowUpReader {

  @PersistenceContext private EntityManager em;

  /**
   * @param clientId the client
   * @return the client's alerts, newest first, at most {@value FollowUpService#CHART_ROWS}
   */
  public List<AlertItem> alertsOf(long clientId) {
    List<AlertItem> rows =
        em.createQuery(
                FollowUpService.ALERT_ROW
                    + FollowUpService.ALERT_FROM
                    + " where c.id = :client order by a.raisedAt desc, a.id desc",
                AlertItem.class)
            .setParameter("client", clientId)
            .setMaxResults(FollowUpService.CHART_ROWS)
            .getResultList();
    Map<String, String> names =
        StaffDirectory.names(
            em, rows.stream().map(AlertItem::acknowledgedBy).filter(n -> n != null).toList());
    return rows.stream()
        .map(
            a ->
                a.acknowledgedBy() == null
                    ? a
                    : new AlertItem(
                        a.id(),
                        a.clientId(),
                        a.clientName(),
                        a.mrn(),
                        a.programName(),
                        a.level(),
                        a.summary(),
                        a.raisedAt(),
                        a.clinicianName(),
                        a.acknowledgedAt(),
                        names.getOrDefault(a.acknowledgedBy(), a.acknowledgedBy()),
                        a.note()))
        .toList();
  }

  /**
   * @param clientId the client
   * @return the client's review tasks, open first, then newest, at most {@value
   *     FollowUpService#CHART_ROWS}
   */
  public List<TaskItem> tasksOf(long clientId) {
    return named(
        em,
        em.createQuery(
                FollowUpService.TASK_ROW
                    + FollowUpService.TASK_FROM
                    + " where c.id = :client order by case when t.closedAt is null then 0 else 1"
                    + " end, t.openedAt desc, t.id desc",
                TaskItem.class)
            .setParameter("client", clientId)
            .setMaxResults(FollowUpService.CHART_ROWS)
            .getResultList());
  }

  /** Puts staff names in place of usernames. */
  static List<TaskItem> named(EntityManager em, List<TaskItem> rows) {
    List<String> usernames = new ArrayList<>();
    rows.forEach(
        t -> {
          usernames.add(t.assigneeName());
          if (t.closedBy() != null) {
            usernames.add(t.closedBy());
          }
        });
    Map<String, String> names = StaffDirectory.names(em, usernames);
    return rows.stream()
        .map(
            t ->
                new TaskItem(
                    t.id(),
                    t.clientId(),
                    t.clientName(),
                    t.mrn(),
                    names.getOrDefault(t.assigneeName(), t.assigneeName()),
                    t.openedAt(),
                    t.closedAt(),
                    t.closedBy() == null ? null : names.getOrDefault(t.closedBy(), t.closedBy()),
                    t.outcome()))
        .toList();
  }
}
