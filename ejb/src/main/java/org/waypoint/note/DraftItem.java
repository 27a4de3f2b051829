package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.audit.ClientReference;

/**
 * A draft note on a work list: the author's own, or (for supervisors) one left too long.
 *
 * @param noteId the draft
 * @param clientId its client
 * @param clientName the client's legal name, "Last, First"
 * @param mrn the client's record number
 * @param authorName the author's name
 * @param contactDate the contact's date, or {@code null} while not dated
 * @param createdAt when the draft was started
 * @param savedAt when it was last saved
 */
public record DraftItem(
    long noteId,
    long clientId,
    String clientName,
    String mrn,
    String authorName,
    LocalDate contactDate,
    Instant createdAt,
    Instant savedAt)
    implements Serializable, ClientReference {

  /** A clinician's draft older than this many hours is flagged. */
  public static final long FLAG_HOURS = 24;

  /** Supervisors see drafts older than this many hours in their programs. */
  public static final long STALE_HOURS = 72;

  /**
   * @param now now
   * @return how long ago the draft was started, in words
   */
  public String age(Instant now) {
    return NoteAge.of(createdAt, now);
  }

  /**
   * @param now now
   * @return whether the draft was started more than {@link #FLAG_HOURS} hours ago
   */
  public boolean flagged(Instant now) {
    return NoteAge.olderThan(createdAt, now, FLAG_HOURS);
  }
}
