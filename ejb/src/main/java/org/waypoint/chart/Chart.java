package org.waypoint.chart;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.waypoint.audit.AuditDetail;
import org.waypoint.client.ClientProfile;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.risk.RiskEntry;

/**
 * Everything a client chart shows, read at once.
 *
 * @param client the client
 * @param opened the section the chart opens at
 * @param shown the sections the caller's roles show
 * @param risks the client's risk levels, newest first
 * @param precautions the client's precautions, those in force first
 * @param intake the intake that admitted the client, or {@code null}
 * @param emergencyUntil when the caller's emergency access to the chart ends, or {@code null}
 * @param plan the safety plan, or {@code null} when not shown
 * @param checkIns the check-ins, or {@code null} when not shown
 * @param notes the session notes section (that notes exist; intake staff too)
 * @param discharge the discharge section, or {@code null} when not shown
 */
public record Chart(
    ClientProfile client,
    ChartSection opened,
    Set<ChartSection> shown,
    List<RiskEntry> risks,
    List<PrecautionEntry> precautions,
    IntakeRecord intake,
    Instant emergencyUntil,
    PlanSection plan,
    CheckInSection checkIns,
    NoteSection notes,
    DischargeSection discharge)
    implements Serializable, AuditDetail {

  public Chart {
    shown = Set.copyOf(shown);
    risks = List.copyOf(risks);
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
