package org.waypoint.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The receiver's acknowledgement of a handover: who, when, and their own summary line (I-PASS's
 * synthesis by receiver). One per handover, never changed.
 */
@Entity
@Table(name = "handover_acknowledgement")
public class HandoverAcknowledgement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "handover_id", nullable = false, unique = true, updatable = false)
  private long handoverId;

  @Column(name = "acknowledged_by", nullable = false, updatable = false, length = 60)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at", nullable = false, updatable = false)
  private Instant acknowledgedAt;

  @Column(updatable = false, length = HandoverService.SYNTHESIS_LIMIT)
  private String synthesis;

  protected HandoverAcknowledgement() {}

  /**
   * @param handoverId the handover
   * @param by the receiver's username
   * @param at when
   * @param synthesis their summary line, or {@code null}
   */
  HandoverAcknowledgement(long handoverId, String by, Instant at, String synthesis) {
    this.handoverId = handoverId;
    this.acknowledgedBy = Objects.requireNonNull(by);
    this.acknowledgedAt = Objects.requireNonNull(at);
    this.synthesis = synthesis;
  }

  public long getHandoverId() {
    return handoverId;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getSynthesis() {
    return synthesis;
  }
}
