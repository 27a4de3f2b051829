package org.waypoint.safetyplan;

/**
 * The seven parts of a safety plan, in Waypoint's own wording of the safety-planning method, in the
 * order the plan is written and printed.
 */
public enum PlanPart {
  WARNING_SIGNS("Warning signs and triggers", EntryShape.TEXT),
  COPING_ALONE("Things I can do on my own to cope", EntryShape.TEXT),
  DISTRACTIONS("People and places that take my mind off things", EntryShape.TEXT),
  PEOPLE_TO_ASK("People I can ask for help", EntryShape.CONTACT),
  PROFESSIONALS("Professionals and services I can contact", EntryShape.CONTACT),
  SAFER_SURROUNDINGS("Making my surroundings safer", EntryShape.MEANS),
  REASONS_FOR_LIVING("My reasons for living", EntryShape.TEXT);

  /** What an entry of a part holds besides its text. */
  public enum EntryShape {
    /** words only */
    TEXT,
    /** a name, a relationship or role, and a phone number */
    CONTACT,
    /** what was removed or secured, and who holds it */
    MEANS
  }

  private final String label;
  private final EntryShape shape;

  PlanPart(String label, EntryShape shape) {
    this.label = label;
    this.shape = shape;
  }

  /**
   * @return the part's heading on screens and in print
   */
  public String label() {
    return label;
  }

  /**
   * @return what an entry of this part holds
   */
  public EntryShape shape() {
    return shape;
  }
}
