package org.waypoint.followup;

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
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.waypoint.risk.RiskLevel;

/**
 * An alert to the supervisors of a client's program after a High or Imminent check-in. It stays
 * open until a supervisor acknowledges it, with an optional note.
 */
@Entity
@Table(name = "risk_alert")
public class RiskAlert {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(name = "check_in_id", nullable = false, updatable = false)
  private long checkInId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false, length = 10)
  private RiskLevel level;

  @Column(nullable = false, updatable = false, length = 2000)
  private String summary;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private Instant raisedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 60)
  private String acknowledgedBy;

  @Column(length = 1000)
  private String note;

  @Version private long version;

  protected RiskAlert() {}

  RiskAlert(long clientId, long checkInId, RiskLevel level, String summary, Instant raisedAt) {
    this.clientId = clientId;
    this.checkInId = checkInId;
    this.level = Objects.requireNonNull(level);
    this.summary = summary.length() > 2000 ? summary.substring(0, 2000) : summary;
    this.raisedAt = raisedAt;
  }

  /**
   * @param at when
   * @param by the supervisor's username
   * @param note what they did or decided, or {@code null}
   * @return whether it was open (an acknowledged alert stays as it was)
   */
  boolean acknowledge(Instant at, String by, String note) {
    if (acknowledgedAt != null) {
      return false;
    }
    this.acknowledgedAt = at;
    this.acknowledgedBy = by;
    this.note = note;
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

  public RiskLevel getLevel() {
    return level;
  }

  public String getSummary() {
    return summary;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public String getNote() {
    return note;
  }

  public long getVersion() {
    return version;
  }
}
