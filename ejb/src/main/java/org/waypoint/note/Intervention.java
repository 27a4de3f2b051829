package org.waypoint.note;

import org.waypoint.center.Wording;

/** What the clinician used in the contact. */
public enum Intervention {
  CBT,
  DBT_SKILLS,
  SAFETY_PLAN_REVIEW,
  MOTIVATIONAL_INTERVIEWING,
  CRISIS_INTERVENTION,
  OTHER;

  /**
   * @return the name shown on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
