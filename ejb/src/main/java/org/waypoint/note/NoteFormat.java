package org.waypoint.note;

import static org.waypoint.note.NoteField.ASSESSMENT;
import static org.waypoint.note.NoteField.BEHAVIOR;
import static org.waypoint.note.NoteField.DATA;
import static org.waypoint.note.NoteField.INTERVENTION;
import static org.waypoint.note.NoteField.OBJECTIVE;
import static org.waypoint.note.NoteField.PLAN;
import static org.waypoint.note.NoteField.RESPONSE;
import static org.waypoint.note.NoteField.SUBJECTIVE;

import java.util.List;
import org.waypoint.center.Wording;

/** The structure of a note's text: SOAP, DAP or BIRP, each with its own parts in order. */
public enum NoteFormat {
  SOAP(List.of(SUBJECTIVE, OBJECTIVE, ASSESSMENT, PLAN)),
  DAP(List.of(DATA, ASSESSMENT, PLAN)),
  BIRP(List.of(BEHAVIOR, INTERVENTION, RESPONSE, PLAN));

  private final List<NoteField> fields;

  NoteFormat(List<NoteField> fields) {
    this.fields = fields;
  }

  /**
   * @return the format's parts, in the order they are written
   */
  public List<NoteField> fields() {
    return fields;
  }

  /**
   * @return the name shown on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
