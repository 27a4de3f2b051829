package org.waypoint.chart;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.safetyplan.SafetyPlanDraftView;
import org.waypoint.safetyplan.VersionSummary;

/**
 * The chart's safety-plan section.
 *
 * @param versions every version, newest first; empty without a plan
 * @param reviewDue when the plan is due for review, or {@code null} without a plan
 * @param draft the caller's unsaved draft, or {@code null}
 */
public record PlanSection(
    List<VersionSummary> versions, LocalDate reviewDue, SafetyPlanDraftView draft)
    implements Serializable {

  public PlanSection {
    versions = List.copyOf(versions);
  }
}
