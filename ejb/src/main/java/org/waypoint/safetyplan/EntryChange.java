package org.waypoint.safetyplan;

import java.io.Serializable;

/**
 * How one entry differs between two versions of a plan.
 *
 * @param kind added, removed, changed or unchanged
 * @param part the part (of the newer entry when there is one)
 * @param before the entry in the older version, or {@code null} when added
 * @param after the entry in the newer version, or {@code null} when removed
 */
public record EntryChange(Kind kind, PlanPart part, PlanEntry before, PlanEntry after)
    implements Serializable {

  /** The kinds of difference. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }
}
