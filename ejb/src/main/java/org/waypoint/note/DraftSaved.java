package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an autosave did: saved, or met a save from another window or device and saved nothing.
 *
 * @param version the note's version now: after a conflict, the one to save against once the user
 *     has chosen
 * @param savedAt when the note was last saved
 * @param theirs after a conflict, what the other save holds; {@code null} when this save was kept
 */
public record DraftSaved(long version, Instant savedAt, NoteContent theirs)
    implements Serializable {

  /**
   * @return whether this save met another and saved nothing
   */
  public boolean conflict() {
    return theirs != null;
  }
}
