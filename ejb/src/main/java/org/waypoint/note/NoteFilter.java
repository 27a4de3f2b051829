package org.waypoint.note;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a client's note list is narrowed to; every part is optional.
 *
 * @param author the author's username, or {@code null} for anyone
 * @param from the first contact date, or {@code null}
 * @param to the last contact date, or {@code null}
 * @param modality the modality, or {@code null}
 * @param state the state, or {@code null}
 */
public record NoteFilter(
    String author, LocalDate from, LocalDate to, Modality modality, NoteState state)
    implements Serializable {

  /** No narrowing: every note. */
  public static final NoteFilter ALL = new NoteFilter(null, null, null, null, null);
}
