package org.waypoint.discharge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A follow-up call after a discharge: due on a day, recorded once with its outcome. Missed (not
 * recorded by the end of its day) is computed, never stored.
 */
@Entity
@Table(name = "follow_up_call")
public class FollowUpCall {

  /** The most characters of the next step. */
  public static final int NEXT_STEP_LIMIT = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "discharge_id", nullable = false, updatable = false)
  private long dischargeId;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "days_after", nullable = false, updatable = false)
  private int daysAfter;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(length = 20)
  private CallOutcome outcome;

  @Column(name = "next_step", length = NEXT_STEP_LIMIT)
  private String nextStep;

  @Column(name = "recorded_by", length = 60)
  private String recordedBy;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "check_in_id")
  private Long checkInId;

  @Version private long version;

  protected FollowUpCall() {}

  FollowUpCall(long dischargeId, long clientId, FollowUpSchedule.Due due) {
    this.dischargeId = dischargeId;
    this.clientId = clientId;
    this.number = due.number();
    this.daysAfter = due.days();
    this.dueDate = due.due();
  }

  void record(CallOutcome outcome, String nextStep, String by, Instant at, Long checkInId) {
    if (this.outcome != null) {
      throw new IllegalStateException("a call is recorded once");
    }
    this.outcome = outcome;
    this.nextStep = nextStep;
    this.recordedBy = by;
    this.recordedAt = at;
    this.checkInId = checkInId;
  }

  public Long getId() {
    return id;
  }

  public long getDischargeId() {
    return dischargeId;
  }

  public long getClientId() {
    return clientId;
  }

  public int getNumber() {
    return number;
  }

  public int getDaysAfter() {
    return daysAfter;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public CallOutcome getOutcome() {
    return outcome;
  }

  public String getNextStep() {
    return nextStep;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Long getCheckInId() {
    return checkInId;
  }

  public long getVersion() {
    return version;
  }
}
