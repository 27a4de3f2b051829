package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * That a note exists, without a word of its body: what every list shows, intake staff's included.
 *
 * @param id the note
 * @param clientId its client
 * @param contactDate the contact's date, or {@code null} in a draft not dated yet
 * @param startTime the contact's start, or {@code null}
 * @param endTime the contact's end, or {@code null}
 * @param modality how the contact took place, or {@code null}
 * @param author the author's username
 * @param authorName the author's name
 * @param state where the note stands
 * @param savedAt when the draft was last saved
 * @param signedAt when it was signed, or {@code null}
 * @param lateEntry whether it was signed more than 24 hours after the contact
 * @param group whether it is a group session's note
 */
public record NoteSummary(
    long id,
    long clientId,
    LocalDate contactDate,
    LocalTime startTime,
    LocalTime endTime,
    Modality modality,
    String author,
    String authorName,
    NoteState state,
    Instant savedAt,
    Instant signedAt,
    boolean lateEntry,
    boolean group)
    implements Serializable {}
