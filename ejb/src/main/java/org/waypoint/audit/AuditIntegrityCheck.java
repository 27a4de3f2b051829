package org.waypoint.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What one verification of the audit trail by {@link AuditCheck} found. Inserted once. */
@Entity
@Immutable
@Table(name = "audit_integrity_check")
public class AuditIntegrityCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  @Column(nullable = false)
  private boolean intact;

  @Column(name = "events_checked", nullable = false)
  private long eventsChecked;

  @Column(name = "first_broken_event_id")
  private Long firstBrokenEventId;

  @Column(length = 500)
  private String problem;

  protected AuditIntegrityCheck() {}

  /**
   * @param checkedAt when the verification ran
   * @param found what it found
   */
  AuditIntegrityCheck(Instant checkedAt, AuditVerification found) {
    this.checkedAt = checkedAt;
    this.intact = found.intact();
    this.eventsChecked = found.checked();
    this.firstBrokenEventId = found.firstBrokenEventId();
    String text = found.problem();
    this.problem = text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }

  public Long getId() {
    return id;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public boolean isIntact() {
    return intact;
  }

  public long getEventsChecked() {
    return eventsChecked;
  }

  public Long getFirstBrokenEventId() {
    return firstBrokenEventId;
  }

  public String getProblem() {
    return problem;
  }
}
