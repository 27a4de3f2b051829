package org.waypoint.chart;

import java.io.Serializable;
import java.util.List;
import org.waypoint.checkin.CheckInEntry;
import org.waypoint.checkin.TrendPoint;
import org.waypoint.followup.AlertItem;
import org.waypoint.followup.TaskItem;
import org.waypoint.risk.RiskEntry;

/**
 * The chart's check-in section.
 *
 * @param firstPage the newest check-ins, at most {@link ChartService#CHECK_IN_PAGE}
 * @param count how many check-ins the client has
 * @param trend the check-ins of the trend chart, oldest first
 * @param alerts the alerts check-ins raised, newest first
 * @param tasks the review tasks check-ins opened, open first
 * @param risks the newest risk levels from every source, at most {@link ChartService#RISK_PAGE}
 * @param riskCount how many risk levels the client has
 */
public record CheckInSection(
    List<CheckInEntry> firstPage,
    long count,
    List<TrendPoint> trend,
    List<AlertItem> alerts,
    List<TaskItem> tasks,
    List<RiskEntry> risks,
    long riskCount)
    implements Serializable {

  public CheckInSection {
    firstPage = List.copyOf(firstPage);
    trend = List.copyOf(trend);
    alerts = List.copyOf(alerts);
    tasks = List.copyOf(tasks);
    risks = List.copyOf(risks);
  }

  /**
   * @return the newest check-in, or {@code null} before the first
   */
  public CheckInEntry latest() {
    return firstPage.isEmpty() ? null : firstPage.get(0);
  }
}
