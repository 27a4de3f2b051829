package org.waypoint.chart;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.waypoint.audit.AuditDetail;
import org.waypoint.client.ClientProfile;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.risk.RiskEntry;
import org.waypoint.risk.RiskTrend;

/**
 * A client chart as it opens: the header every section shows, and the one section opened. Other
 * sections are read when they are first shown ({@link ChartService#section}).
 *
 * @param client the client
 * @param opened the section the chart opens at
 * @param shown the sections the caller's roles show
 * @param currentRisk the latest risk level, or {@code null} before the first
 * @param riskTrend how the latest level compares with the one before (rising when the latest
 *     check-in marked the client so), or {@code null} before the first
 * @param risingReason why the latest check-in marked the client as rising, or {@code null} (also
 *     for intake staff)
 * @param precautions the client's precautions, those in force first (the header shows those)
 * @param emergencyUntil when the caller's emergency access to the chart ends, or {@code null}
 * @param part what the opened section shows
 */
public record Chart(
    ClientProfile client,
    ChartSection opened,
    Set<ChartSection> shown,
    RiskEntry currentRisk,
    RiskTrend riskTrend,
    String risingReason,
    List<PrecautionEntry> precautions,
    Instant emergencyUntil,
    ChartPart part)
    implements Serializable, AuditDetail {
  private static final long serialVersionUID = 1L;

  public Chart {
    shown = Set.copyOf(shown);
    precautions = List.copyOf(precautions);
  }

  /**
   * @param section a section
   * @return whether the chart shows it to the caller
   */
  public boolean shows(ChartSection section) {
    return shown.contains(section);
  }

  /**
   * @return the opened section's safety plan, or {@code null} when the chart opened elsewhere
   */
  public PlanSection plan() {
    return part.plan();
  }

  /**
   * @return the opened section's check-ins, or {@code null} when the chart opened elsewhere
   */
  public CheckInSection checkIns() {
    return part.checkIns();
  }

  /**
   * @return the session notes the opened section shows (the notes section, or the overview's first
   *     page and drafts), or {@code null}
   */
  public NoteSection notes() {
    return part.notes();
  }

  /**
   * @return the opened section's discharge, or {@code null} when the chart opened elsewhere
   */
  public DischargeSection discharge() {
    return part.discharge();
  }

  /**
   * @return e.g. {@code opened at check-ins; shown: overview, precautions, safety-plan, notes,
   *     check-ins, reports}
   */
  @Override
  public String auditDetail() {
    return "opened at "
        + opened.param()
        + "; shown: "
        + shown.stream().sorted().map(ChartSection::param).collect(Collectors.joining(", "));
  }
}
