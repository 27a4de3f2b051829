package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.audit.ClientReference;

/**
 * A signed note waiting for a supervisor's co-signature, as the queue lists it.
 *
 * @param noteId the note
 * @param clientId its client
 * @param clientName the client's legal name, "Last, First"
 * @param mrn the client's record number
 * @param authorName the author's name
 * @param contactDate the contact's date
 * @param signedAt when the author signed it
 */
public record CoSignItem(
    long noteId,
    long clientId,
    String clientName,
    String mrn,
    String authorName,
    LocalDate contactDate,
    Instant signedAt)
    implements Serializable, ClientReference {

  /**
   * @param now now
   * @return how long it has waited since the signature, in words
   */
  public String age(Instant now) {
    return NoteAge.of(signedAt, now);
  }

  /**
   * @param now now
   * @return whether it has waited more than a day
   */
  public boolean overdue(Instant now) {
    return NoteAge.olderThan(signedAt, now, 24);
  }
}
