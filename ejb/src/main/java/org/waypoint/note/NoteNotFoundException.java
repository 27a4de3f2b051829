package org.waypoint.note;

import org.waypoint.kernel.NotFoundException;

/** There is no session note (or group session) with the id asked for. */
public class NoteNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * @param noteId the id asked for
   */
  public NoteNotFoundException(long noteId) {
    super("No session note " + noteId);
  }
}
