package org.waypoint.chart;

import java.io.Serializable;
import java.util.List;
import org.waypoint.note.NoteSummary;

/**
 * The chart's session-notes section: that notes exist, never their bodies (intake staff see it
 * too).
 *
 * @param notes the first page of the client's notes, newest contact first
 * @param count how many notes the client has
 * @param myDrafts the caller's own drafts for this client, newest first, to offer again
 */
public record NoteSection(List<NoteSummary> notes, long count, List<NoteSummary> myDrafts)
    implements Serializable {

  public NoteSection {
    notes = List.copyOf(notes);
    myDrafts = List.copyOf(myDrafts);
  }
}
