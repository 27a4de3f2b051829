package org.waypoint.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A safety-plan review the clinician owes after a High or Imminent check-in. It closes when a new
 * plan version is saved, or when the clinician records why the plan stays as it is.
 */
@Entity
@Table(name = "review_task")
public class ReviewTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(name = "check_in_id", nullable = false, updatable = false)
  private long checkInId;

  @Column(nullable = false, updatable = false, length = 60)
  private String assignee;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 60)
  private String closedBy;

  @Column(length = 1000)
  private String outcome;

  @Version private long version;

  protected ReviewTask() {}

  ReviewTask(long clientId, long checkInId, String assignee, Instant openedAt) {
    this.clientId = clientId;
    this.checkInId = checkInId;
    this.assignee = assignee;
    this.openedAt = openedAt;
  }

  /**
   * @param at when
   * @param by who
   * @param outcome what closed it, in words
   * @return whether it was open
   */
  boolean close(Instant at, String by, String outcome) {
    if (closedAt != null) {
      return false;
    }
    this.closedAt = at;
    this.closedBy = by;
    this.outcome = outcome;
    return true;
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public long getCheckInId() {
    return checkInId;
  }

  public String getAssignee() {
    return assignee;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public String getOutcome() {
    return outcome;
  }

  public long getVersion() {
    return version;
  }
}
