package org.waypoint.chart;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The sections of a client chart, in the order the page shows them. */
public enum ChartSection {
  /** Demographics, care, the intake and the timeline. */
  OVERVIEW,
  /** Precautions in force and ended. */
  PRECAUTIONS,
  /** The safety plan: versions, review date, the user's draft (care team). */
  SAFETY_PLAN,
  /** Session notes: the care team reads them; intake staff see that they exist. */
  NOTES,
  /** Check-ins, their trend, alerts and review tasks (care team). */
  CHECK_INS,
  /** The discharge plan, its checklist, approval and follow-up calls (care team). */
  DISCHARGE,
  /** Printable reports. */
  REPORTS,
  /** The client's audit trail (supervisors). */
  AUDIT_TRAIL;

  /**
   * @return the section's name in addresses and on the audit trail, e.g. {@code safety-plan}
   */
  public String param() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param param a section's name from an address, e.g. {@code check-ins}, or {@code null}
   * @return that section; the overview for {@code null} or a name that is none
   */
  public static ChartSection of(String param) {
    for (ChartSection section : values()) {
      if (section.param().equals(param)) {
        return section;
      }
    }
    return OVERVIEW;
  }

  /**
   * @param careTeam whether the caller is a clinician or supervisor
   * @param supervisor whether the caller is a supervisor
   * @return the sections the chart shows to such a caller
   */
  public static Set<ChartSection> shownTo(boolean careTeam, boolean supervisor) {
    Set<ChartSection> shown = EnumSet.of(OVERVIEW, PRECAUTIONS, NOTES, REPORTS);
    if (careTeam) {
      shown.addAll(EnumSet.of(SAFETY_PLAN, CHECK_INS, DISCHARGE));
    }
    if (supervisor) {
      shown.add(AUDIT_TRAIL);
    }
    return shown;
  }
}
