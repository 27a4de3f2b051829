package org.waypoint.web.client;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyReason;
import org.waypoint.access.EmergencyRequest;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditTrail;
import org.waypoint.center.CenterSettings;
import org.waypoint.chart.Chart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.ChartService;
import org.waypoint.client.ClientProfile;
import org.waypoint.intake.DisclosureConsent;
import org.waypoint.intake.IntakeConflictException;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.intake.IntakeService;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Roles;
import org.waypoint.precaution.ObservationLevel;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.precaution.PrecautionKind;
import org.waypoint.precaution.PrecautionRequest;
import org.waypoint.precaution.PrecautionService;
import org.waypoint.risk.RiskEntry;
import org.waypoint.risk.RiskTrend;
import org.waypoint.web.audit.AuditLazyModel;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PageState;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/**
 * The client chart at {@code /client/{id}}, read with one audited call ({@link ChartService#open})
 * whatever section it opens at ({@code ?section=check-ins}). A client outside the user's reach gets
 * a "not allowed" page (HTTP 403) that shows none of the client's data.
 */
@Named
@ViewScoped
public class ClientChartView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The forms inside the chart's tabs, by client id (the tab view is a naming container). */
  private static final String PRECAUTION_FORM = "sections:precautionForm";

  private static final String CONSENT_FORM = "sections:consentForm";

  @EJB private ChartService charts;
  @EJB private EmergencyAccessService emergencies;
  @EJB private PrecautionService precautionService;
  @EJB private IntakeService intakes;
  @EJB private AuditTrail auditTrail;
  @Inject private CenterSettings center;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  @Inject
  @Param(name = "section")
  private String section;

  private PageState page;
  private Chart chart;
  private EmergencyRequest emergency = new EmergencyRequest();
  private List<PrecautionEntry> precautions = List.of();
  private IntakeRecord intake;
  private List<TimelineEvent> timeline = List.of();
  private AuditLazyModel audit;
  private PrecautionRequest precaution = new PrecautionRequest();
  private String endNote;
  private Integer revokeIndex;
  private LocalDate revokedOn;

  /** Opens the chart named in the address, or sets the page's state and status when it can't. */
  public void load() {
    page =
        PageState.open(
            () -> {
              chart = charts.open(PageState.id(id), ChartSection.of(section));
              precautions = chart.precautions();
              intake = chart.intake();
              timeline = timeline();
              if (chart.shows(ChartSection.AUDIT_TRAIL)) {
                long clientId = chart.client().id();
                audit =
                    new AuditLazyModel(
                        auditTrail,
                        () ->
                            new AuditQuery(
                                clientId, null, null, null, null, AuditQuery.SortBy.TIME, false));
              }
            },
            "chart.roleRefused");
  }

  /**
   * Opens the chart in an emergency after the user gave a reason and confirmed; reloads the chart.
   */
  public void openInEmergency() throws IOException {
    try {
      emergencies.open(PageState.id(id), emergency);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/client/" + id.strip());
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors("emergencyForm", e.fieldErrors());
    }
  }

  /** Starts the precaution typed in the form; the header and list show it at once. */
  public void startPrecaution() {
    if (SaveAttempt.of(PRECAUTION_FORM, "chart.precautionStart")
        .run(() -> precautions = precautionService.start(clientId(), precaution))) {
      timeline = timeline();
      precaution = new PrecautionRequest();
      info(Text.of("chart.precautionStart.done"));
    }
  }

  /**
   * Ends a precaution with the note typed; it stays in the history.
   *
   * @param entry the precaution
   */
  public void endPrecaution(PrecautionEntry entry) {
    if (SaveAttempt.of(PRECAUTION_FORM, "chart.precautionEnd")
        .run(
            () -> {
              try {
                precautions =
                    precautionService.end(clientId(), entry.id(), entry.version(), endNote);
              } catch (InvalidInputException e) {
                // ended or changed by someone else meanwhile: show the list as it is now
                precautions = precautionService.precautions(clientId());
                throw e;
              }
            })) {
      timeline = timeline();
      endNote = null;
      info(Text.of("chart.precautionEnd.done", entry.description()));
    }
  }

  /** Records that the client revoked the disclosure consent chosen, on the date typed. */
  public void revokeDisclosure() {
    if (revokeIndex == null) {
      FormMessages.showFieldErrors(
          CONSENT_FORM, Map.of("revokeIndex", Text.of("chart.revocation.chooseConsent")));
      return;
    }
    boolean[] conflict = {false};
    boolean saved =
        SaveAttempt.of(CONSENT_FORM, "chart.revocation")
            .run(
                () -> {
                  try {
                    intake = intakes.revokeDisclosure(clientId(), revokeIndex, revokedOn);
                  } catch (IntakeConflictException e) {
                    conflict[0] = true;
                    FormMessages.showError(e.getMessage());
                  }
                });
    if (saved && !conflict[0]) {
      revokeIndex = null;
      revokedOn = null;
      info(Text.of("chart.revocation.done"));
    }
  }

  private List<TimelineEvent> timeline() {
    boolean careTeam =
        FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.CLINICIAN)
            || FacesContext.getCurrentInstance()
                .getExternalContext()
                .isUserInRole(Roles.SUPERVISOR);
    return TimelineEvent.of(
        chart.client(),
        intake,
        chart.risks(),
        precautions,
        chart.notes() == null ? List.of() : chart.notes().notes(),
        careTeam);
  }

  private long clientId() {
    return chart.client().id();
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * @return the disclosure consents not revoked, by their index in the client's list
   */
  public Map<Integer, String> getRevocableDisclosures() {
    Map<Integer, String> open = new LinkedHashMap<>();
    if (intake != null) {
      List<DisclosureConsent> all = intake.consents().getDisclosures();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).getRevokedOn() == null) {
          open.put(
              i,
              Text.of(
                  "chart.revocation.consent", all.get(i).getRecipient(), all.get(i).getPurpose()));
        }
      }
    }
    return open;
  }

  public Integer getRevokeIndex() {
    return revokeIndex;
  }

  public void setRevokeIndex(Integer revokeIndex) {
    this.revokeIndex = revokeIndex;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public void setRevokedOn(LocalDate revokedOn) {
    this.revokedOn = revokedOn;
  }

  /**
   * @return the latest risk level, or {@code null} before the first
   */
  public RiskEntry getCurrentRisk() {
    return chart.risks().isEmpty() ? null : chart.risks().get(0);
  }

  /**
   * @return how the latest risk level compares with the one before
   */
  public RiskTrend getRiskTrend() {
    if (chart.client().rising()) {
      return RiskTrend.RISING; // the latest check-in's mark: a higher level, or a jump in urge
    }
    List<RiskEntry> risks = chart.risks();
    return risks.isEmpty()
        ? null
        : RiskTrend.between(risks.get(0).level(), risks.size() > 1 ? risks.get(1).level() : null);
  }

  /**
   * @return the precautions in force
   */
  public List<PrecautionEntry> getActivePrecautions() {
    return precautions.stream().filter(PrecautionEntry::active).toList();
  }

  /**
   * @return the precautions no longer in force, newest first
   */
  public List<PrecautionEntry> getPastPrecautions() {
    return precautions.stream().filter(p -> !p.active()).toList();
  }

  public List<RiskEntry> getRiskHistory() {
    return chart.risks();
  }

  public IntakeRecord getIntake() {
    return intake;
  }

  public List<TimelineEvent> getTimeline() {
    return timeline;
  }

  public AuditLazyModel getAudit() {
    return audit;
  }

  public PrecautionRequest getPrecaution() {
    return precaution;
  }

  public String getEndNote() {
    return endNote;
  }

  public void setEndNote(String endNote) {
    this.endNote = endNote;
  }

  public PrecautionKind[] getPrecautionKinds() {
    return PrecautionKind.values();
  }

  public ObservationLevel[] getObservationLevels() {
    return ObservationLevel.values();
  }

  public EmergencyRequest getEmergency() {
    return emergency;
  }

  /**
   * @return how many hours an emergency access lasts
   */
  public long getEmergencyHours() {
    return center.emergencyAccess().toHours();
  }

  public EmergencyReason[] getEmergencyReasons() {
    return EmergencyReason.values();
  }

  /**
   * @return when the user's emergency access to this chart ends, or {@code null} without one
   */
  public Instant getEmergencyUntil() {
    return chart.emergencyUntil();
  }

  /**
   * @param section a section's name, e.g. {@code SAFETY_PLAN}
   * @return whether the chart shows that section to the user
   */
  public boolean shows(String section) {
    return chart != null && chart.shows(ChartSection.valueOf(section));
  }

  /**
   * @return the tab to open: the section asked for in {@code ?section=} (the safety plan after
   *     saving a version, check-ins from a dashboard), else the overview; counted among the tabs
   *     the user sees
   */
  public int getActiveTab() {
    return (int) chart.shown().stream().filter(s -> s.compareTo(chart.opened()) < 0).count();
  }

  /**
   * @return whether the page shows, may not show or cannot find the chart
   */
  public PageState getPage() {
    return page;
  }

  /**
   * @return everything the chart shows, or {@code null} when it is not shown
   */
  public Chart getChart() {
    return chart;
  }

  public ClientProfile getClient() {
    return chart == null ? null : chart.client();
  }
}
