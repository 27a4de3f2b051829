package org.waypoint.note;

import org.waypoint.center.Wording;

/** The written parts a note's format is made of; a part shared by formats keeps its text. */
public enum NoteField {
  SUBJECTIVE,
  OBJECTIVE,
  DATA,
  BEHAVIOR,
  INTERVENTION,
  RESPONSE,
  ASSESSMENT,
  PLAN;

  /** The most characters one part may hold. */
  public static final int LIMIT = 8000;

  /**
   * @return the name shown on screens
   */
  public String label() {
    return Wording.label(this);
  }

  /**
   * @return the part's name as a field of the note, e.g. {@code subjective}
   */
  public String property() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
