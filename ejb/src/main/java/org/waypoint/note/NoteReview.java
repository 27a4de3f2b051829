package org.waypoint.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A supervisor's decision on a signed note that needs co-signature: co-signed, or returned to its
 * author with a comment. One per note, inserted once, never changed.
 */
@Entity
@Immutable
@Table(name = "note_review")
public class NoteReview {

  /** The most characters of a return comment. */
  public static final int COMMENT_LIMIT = 2000;

  /** What the supervisor decided. */
  public enum Decision {
    CO_SIGNED,
    RETURNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "note_id", nullable = false, unique = true)
  private long noteId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private Decision decision;

  @Column(name = "decided_by", nullable = false, length = 60)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  @Column(length = COMMENT_LIMIT)
  private String comment;

  protected NoteReview() {}

  NoteReview(long noteId, Decision decision, String by, Instant at, String comment) {
    this.noteId = noteId;
    this.decision = decision;
    this.decidedBy = by;
    this.decidedAt = at;
    this.comment = comment;
  }

  public Long getId() {
    return id;
  }

  public long getNoteId() {
    return noteId;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getComment() {
    return comment;
  }
}
