package org.waypoint.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One form submission's token, who sent it, and the record it made once it made one. */
@Entity
@Table(name = "submission")
public class Submission {

  @Id
  @Column(length = 36, updatable = false)
  private String token;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private SubmissionKind kind;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  @Column(name = "claimed_at", nullable = false, updatable = false)
  private Instant claimedAt;

  @Column(name = "record_id")
  private Long recordId;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected Submission() {}

  Submission(String token, SubmissionKind kind, String username, Instant claimedAt) {
    this.token = token;
    this.kind = kind;
    this.username = username;
    this.claimedAt = claimedAt;
  }

  boolean sentBy(SubmissionKind kind, String username) {
    return this.kind == kind && this.username.equals(username);
  }

  void recorded(long recordId, Instant at) {
    this.recordId = recordId;
    this.recordedAt = at;
  }

  Long getRecordId() {
    return recordId;
  }
}
