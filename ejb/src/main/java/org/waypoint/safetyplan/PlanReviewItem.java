package org.waypoint.safetyplan;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.audit.ClientReference;
import org.waypoint.center.Wording;

/**
 * A client whose safety plan needs writing or reviewing, as dashboards list them.
 *
 * @param clientId the client
 * @param clientName the client's legal name, "Last, First"
 * @param mrn the client's MRN
 * @param admissionDate when the client was admitted
 * @param clinicianName the primary clinician's name, or {@code null}
 * @param reviewDue when the plan is due for review, or {@code null} when there is no plan yet
 * @param latestNumber the number of the plan's latest version, or {@code null}
 */
public record PlanReviewItem(
    long clientId,
    String clientName,
    String mrn,
    LocalDate admissionDate,
    String clinicianName,
    LocalDate reviewDue,
    Integer latestNumber)
    implements Serializable, ClientReference {

  /**
   * @param today the center's today
   * @return how many days the review is overdue (0 when due today, negative when still ahead)
   */
  public long daysOverdue(LocalDate today) {
    LocalDate due = reviewDue == null ? admissionDate : reviewDue;
    return due == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(due, today);
  }

  /**
   * @param today the center's today
   * @return the state in words, e.g. "No plan yet", "Overdue by 3 days", "Due today", "Due in 4
   *     days"
   */
  public String state(LocalDate today) {
    if (reviewDue == null) {
      return Wording.text("plan.review.noPlan");
    }
    long days = daysOverdue(today);
    if (days > 0) {
      return Wording.text("plan.review.overdueBy", days, String.valueOf(days));
    }
    if (days == 0) {
      return Wording.text("plan.review.today");
    }
    return Wording.text("plan.review.dueIn", -days, String.valueOf(-days));
  }
}
