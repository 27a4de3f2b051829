package org.waypoint.safetyplan;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A member of staff's autosaved draft of a plan.
 *
 * @param basedOn the version it started from, or {@code null} for a first plan
 * @param savedAt when it was last saved
 * @param entries the entries typed so far
 */
public record SafetyPlanDraftView(Integer basedOn, Instant savedAt, List<PlanEntry> entries)
    implements Serializable {

  public SafetyPlanDraftView {
    entries = List.copyOf(entries);
  }
}
