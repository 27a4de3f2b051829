package org.waypoint.perf.floor;

import java.util.List;

/** The benchmark's actions that have a floor script, in the report's order. */
public final class FloorActions {
  private FloorActions() {}

  /** The chart's sections loaded on demand, as the benchmark names them after "chart-heavy-". */
  public static final List<String> CHART_SECTIONS =
      List.of(
          "precautions",
          "safety-plan",
          "notes",
          "check-ins",
          "discharge",
          "reports",
          "audit-trail");

  /**
   * @return every action's name
   */
  public static List<String> names() {
    List<String> names =
        new java.util.ArrayList<>(
            List.of(
                "dashboard-clinician",
                "dashboard-supervisor",
                "dashboard-intake",
                "client-search",
                "chart-heavy"));
    for (String section : CHART_SECTIONS) {
      names.add("chart-heavy-" + section);
    }
    names.addAll(
        List.of(
            "check-in-record",
            "plan-save",
            "note-draft",
            "note-sign",
            "handover-pdf",
            "discharge-pdf"));
    return List.copyOf(names);
  }
}
