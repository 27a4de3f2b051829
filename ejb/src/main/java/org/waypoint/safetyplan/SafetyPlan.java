package org.waypoint.safetyplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A client's safety plan: which version is the latest and when the plan is due for review. Its
 * version number moves with every save, so two staff saving at once cannot both win silently.
 */
@Entity
@Table(name = "safety_plan")
public class SafetyPlan {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, unique = true, updatable = false)
  private long clientId;

  @Column(name = "latest_number", nullable = false)
  private int latestNumber;

  @Column(name = "review_due", nullable = false)
  private LocalDate reviewDue;

  @Version private long version;

  protected SafetyPlan() {}

  SafetyPlan(long clientId, LocalDate reviewDue) {
    this.clientId = clientId;
    this.reviewDue = reviewDue;
  }

  /** Notes a newly saved version as the latest, with its review date. */
  void saved(int number, LocalDate reviewDue) {
    this.latestNumber = number;
    this.reviewDue = reviewDue;
  }

  /**
   * Brings the review date forward (never back), e.g. when the client's risk rises.
   *
   * @param due the latest acceptable review date
   */
  public void reviewBy(LocalDate due) {
    if (due.isBefore(reviewDue)) {
      reviewDue = due;
    }
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public int getLatestNumber() {
    return latestNumber;
  }

  public LocalDate getReviewDue() {
    return reviewDue;
  }

  public long getVersion() {
    return version;
  }
}
