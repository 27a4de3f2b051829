package org.waypoint.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A correction or addition to a signed note: inserted once, never changed. */
@Entity
@Immutable
@Table(name = "note_addendum")
public class NoteAddendum {

  /** The most characters of an addendum's text. */
  public static final int TEXT_LIMIT = 8000;

  /** The most characters of an addendum's reason. */
  public static final int REASON_LIMIT = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "note_id", nullable = false)
  private long noteId;

  @Column(nullable = false)
  private int position;

  @Column(name = "body", nullable = false, length = TEXT_LIMIT)
  private String text;

  @Column(nullable = false, length = REASON_LIMIT)
  private String reason;

  @Column(nullable = false, length = 60)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected NoteAddendum() {}

  NoteAddendum(long noteId, int position, String text, String reason, String author, Instant at) {
    this.noteId = noteId;
    this.position = position;
    this.text = text;
    this.reason = reason;
    this.author = author;
    this.writtenAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getNoteId() {
    return noteId;
  }

  public int getPosition() {
    return position;
  }

  public String getText() {
    return text;
  }

  public String getReason() {
    return reason;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
