package org.waypoint.access;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One emergency access to one client's chart: who, why, until when, and its review. */
@Entity
@Table(name = "emergency_access")
public class EmergencyAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  @Column(name = "client_id", nullable = false, updatable = false)
  private Long clientId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false, length = 30)
  private EmergencyReason reason;

  @Column(nullable = false, updatable = false, length = 500)
  private String details;

  @Column(name = "granted_at", nullable = false, updatable = false)
  private Instant grantedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "reviewed_by", length = 60)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_note", length = 500)
  private String reviewNote;

  @Version private long version;

  protected EmergencyAccess() {}

  EmergencyAccess(
      String username,
      long clientId,
      EmergencyReason reason,
      String details,
      Instant grantedAt,
      Instant expiresAt) {
    this.username = username;
    this.clientId = clientId;
    this.reason = reason;
    this.details = details;
    this.grantedAt = grantedAt;
    this.expiresAt = expiresAt;
  }

  void reviewed(String supervisor, Instant at, String note) {
    this.reviewedBy = supervisor;
    this.reviewedAt = at;
    this.reviewNote = note;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public Long getClientId() {
    return clientId;
  }

  public EmergencyReason getReason() {
    return reason;
  }

  public String getDetails() {
    return details;
  }

  public Instant getGrantedAt() {
    return grantedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }
}
