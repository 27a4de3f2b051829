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
   * @param intake the intake that admitted the client, or {@code null}
   * @param recentRisks the newest risk levels for the timeline
   * @param notes the first page of notes and the caller's drafts
   * @return the overview
   */
  static ChartPart overview(IntakeRecord intake, List<RiskEntry> recentRisks, NoteSection notes) {
    return new ChartPart(ChartSection.OVERVIEW, intake, recentRisks, null, null, notes, null, null);
  }

  /**
   * @param precautions every precaution, those in force first
   * @return the precautions section
   */
  static ChartPart precautions(List<PrecautionEntry> precautions) {
    return new ChartPart(ChartSection.PRECAUTIONS, null, null, precautions, null, null, null, null);
  }

  /**
   * @param plan the plan's versions, review and the caller's draft
   * @return the safety-plan section
   */
  static ChartPart plan(PlanSection plan) {
    return new ChartPart(ChartSection.SAFETY_PLAN, null, null, null, plan, null, null, null);
  }

  /**
   * @param notes the first page of notes and the caller's drafts
   * @return the session-notes section
   */
  static ChartPart notes(NoteSection notes) {
    return new ChartPart(ChartSection.NOTES, null, null, null, null, notes, null, null);
  }

  /**
   * @param checkIns the check-ins, alerts, tasks and risk levels
   * @return the check-ins section
   */
  static ChartPart checkIns(CheckInSection checkIns) {
    return new ChartPart(ChartSection.CHECK_INS, null, null, null, null, null, checkIns, null);
  }

  /**
   * @param discharge the discharge's detail
   * @return the discharge section
   */
  static ChartPart discharge(DischargeSection discharge) {
    return new ChartPart(ChartSection.DISCHARGE, null, null, null, null, null, null, discharge);
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
