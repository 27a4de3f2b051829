package org.waypoint.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A risk level a client was given, with its reasons. Never changed once saved. */
@Entity
@Immutable
@Table(name = "risk_assessment")
public class RiskAssessment {

  private static final String SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false, length = 10)
  private RiskLevel level;

  /** The reasons, one per line. */
  @Column(nullable = false, updatable = false, length = 2000)
  private String reasons;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false, length = 30)
  private RiskSource source;

  @Column(name = "assessed_at", nullable = false, updatable = false)
  private Instant assessedAt;

  @Column(name = "assessed_by", nullable = false, updatable = false, length = 60)
  private String assessedBy;

  protected RiskAssessment() {}

  /**
   * A new assessment; {@code client.RiskRecorder} is the one writer.
   *
   * @param clientId the client
   * @param finding the level and its reasons
   * @param source what produced it
   * @param assessedAt when
   * @param by the username of the staff member who recorded it
   */
  public RiskAssessment(
      long clientId, RiskFinding finding, RiskSource source, Instant assessedAt, String by) {
    this.clientId = clientId;
    this.level = finding.level();
    this.reasons = String.join(SEPARATOR, finding.reasons());
    this.source = Objects.requireNonNull(source);
    this.assessedAt = Objects.requireNonNull(assessedAt);
    this.assessedBy = Objects.requireNonNull(by);
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public RiskLevel getLevel() {
    return level;
  }

  public List<String> getReasons() {
    return Arrays.asList(reasons.split(SEPARATOR));
  }

  public RiskSource getSource() {
    return source;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public String getAssessedBy() {
    return assessedBy;
  }
}
