package org.waypoint.discharge;

import org.waypoint.center.Wording;

/** What must be met, or explained, before a discharge is approved. */
public enum ChecklistItem {
  /** a safety-plan version reviewed with the client within the 7 days before the planned date */
  PLAN_REVIEWED,
  /** lethal-means counselling recorded: who holds what */
  LETHAL_MEANS,
  /** crisis resources given to the client */
  CRISIS_RESOURCES,
  /** a first aftercare appointment within 7 days after the planned date */
  FIRST_APPOINTMENT;

  /**
   * @return the wording used on screens
   */
  public String label() {
    return Wording.label(this);
  }
}
