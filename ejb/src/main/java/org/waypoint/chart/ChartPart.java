package org.waypoint.chart;

import java.io.Serializable;
import java.util.List;
import org.waypoint.audit.AuditDetail;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.risk.RiskEntry;

/**
 * What one section of the chart shows, read on its own: the section the chart opened at comes with
 * {@link ChartService#open}, any other with {@link ChartService#section}. Only the parts of the
 * section read are set; the others are {@code null}.
 *
 * @param section the section read
 * @param intake the overview's intake that admitted the client, or {@code null} (also without one)
 * @param recentRisks the overview's newest risk levels for the timeline, at most {@link
 *     ChartService#TIMELINE_RISKS}, newest first; {@code null} for other sections
 * @param precautions the precautions section: every precaution, those in force first
 * @param plan the safety-plan section
 * @param notes the session-notes section, and on the overview its first page (the timeline's signed
 *     notes) and the caller's drafts (offered again)
 * @param checkIns the check-ins section, with the first page of risk levels from every source
 * @param discharge the discharge section
 */
public record ChartPart(
    ChartSection section,
    IntakeRecord intake,
    List<RiskEntry> recentRisks,
    List<PrecautionEntry> precautions,
    PlanSection plan,
    NoteSection notes,
    CheckInSection checkIns,
    DischargeSection discharge)
    implements Serializable, AuditDetail {
  private static final long serialVersionUID = 1L;

  public ChartPart {
    recentRisks = recentRisks == null ? null : List.copyOf(recentRisks);
    precautions = precautions == null ? null : List.copyOf(precautions);
  }

  /**
   * @param section a section that reads nothing of its own (reports, the audit trail, whose rows
   *     the audit trail's own paged service reads)
   * @return the section with no parts
   */
  static ChartPart empty(ChartSection section) {
    return new ChartPart(section, null, null, null, null, null, null, null);
  }

  /**
   * @return e.g. {@code section check-ins}
   */
  @Override
  public String auditDetail() {
    return "section " + section.param();
  }
}
