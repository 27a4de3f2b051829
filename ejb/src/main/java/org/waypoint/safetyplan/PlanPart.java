package org.waypoint.safetyplan;

import org.waypoint.center.Wording;

/**
 * The seven parts of a safety plan, in Waypoint's own wording of the safety-planning method, in the
 * order the plan is written and printed.
 */
public enum PlanPart {
  WARNING_SIGNS(EntryShape.TEXT),
  COPING_ALONE(EntryShape.TEXT),
  DISTRACTIONS(EntryShape.TEXT),
  PEOPLE_TO_ASK(EntryShape.CONTACT),
  PROFESSIONALS(EntryShape.CONTACT),
  SAFER_SURROUNDINGS(EntryShape.MEANS),
  REASONS_FOR_LIVING(EntryShape.TEXT);

  /** What an entry of a part holds besides its text. */
  public enum EntryShape {
    /** words only */
    TEXT,
    /** a name, a relationship or role, and a phone number */
    CONTACT,
    /** what was removed or secured, and who holds it */
    MEANS
  }

  private final EntryShape shape;

  PlanPart(EntryShape shape) {
    this.shape = shape;
  }

  /**
   * @return the part's heading on screens and in print
   */
  public String label() {
    return Wording.label(this);
  }

  /**
   * @return what an entry of this part holds
   */
  public EntryShape shape() {
    return shape;
  }
}
