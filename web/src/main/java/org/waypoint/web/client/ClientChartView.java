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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.Param;
import org.primefaces.event.TabChangeEvent;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyReason;
import org.waypoint.access.EmergencyRequest;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditTrail;
import org.waypoint.center.CenterSettings;
import org.waypoint.chart.Chart;
import org.waypoint.chart.ChartPart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.ChartService;
import org.waypoint.client.ClientProfile;
import org.waypoint.intake.DisclosureConsent;
import org.waypoint.intake.IntakeConflictException;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.intake.IntakeService;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.NotFoundException;
import org.waypoint.kernel.Roles;
import org.waypoint.note.NoteSummary;
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
 * The client chart at {@code /client/{id}}: its header and the section it opens at ({@code
 * ?section=check-ins}) read with one audited call ({@link ChartService#open}); every other section
 * read, with its own audited call ({@link ChartService#section}), when its tab is first shown (the
 * tab view loads its tabs on demand and keeps them). A client outside the user's reach gets a "not
 * allowed" page (HTTP 403) that shows none of the client's data.
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
  private final Map<ChartSection, ChartPart> parts = new EnumMap<>(ChartSection.class);
  private ChartSection current;
  private String sectionRefusal;
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
              current = chart.opened();
              take(chart.part());
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
   * Shows the tab chosen: reads its section the first time (one audited read), not again after.
   *
   * @param event the tab view's tab change (its first showing loads the tab's content)
   */
  public void tabChanged(TabChangeEvent<?> event) {
    ChartSection chosen = sectionOfTab(event.getTab().getId());
    if (chosen != null) {
      show(chosen);
    }
  }

  /**
   * Makes a section the one shown, reading it first when it has not been read yet.
   *
   * @param shownSection a section the chart shows to the user
   */
  public void show(ChartSection shownSection) {
    if (chart == null || !chart.shows(shownSection)) {
      return;
    }
    current = shownSection;
    sectionRefusal = null;
    if (parts.containsKey(shownSection)) {
      return;
    }
    if (shownSection == ChartSection.REPORTS || shownSection == ChartSection.AUDIT_TRAIL) {
      return; // nothing of the client's to read: the audit trail pages through its own service
    }
    try {
      take(charts.section(clientId(), shownSection));
      if (shownSection == ChartSection.OVERVIEW) {
        timeline = timeline();
      }
    } catch (AccessDeniedException | NotFoundException e) {
      sectionRefusal = e.getMessage();
    }
  }

  private void take(ChartPart part) {
    parts.put(part.section(), part);
    if (part.section() == ChartSection.OVERVIEW) {
      intake = part.intake();
    }
    if (part.precautions() != null) {
      precautions = part.precautions();
    }
  }

  /**
   * @param tabId a tab's id in {@code client.xhtml}
   * @return its section, or {@code null}
   */
  static ChartSection sectionOfTab(String tabId) {
    return switch (tabId) {
      case "overview" -> ChartSection.OVERVIEW;
      case "precautionsTab" -> ChartSection.PRECAUTIONS;
      case "safetyPlanTab" -> ChartSection.SAFETY_PLAN;
      case "notesTab" -> ChartSection.NOTES;
      case "checkInsTab" -> ChartSection.CHECK_INS;
      case "dischargeTab" -> ChartSection.DISCHARGE;
      case "reportsTab" -> ChartSection.REPORTS;
      case "auditTab" -> ChartSection.AUDIT_TRAIL;
      default -> null;
    };
  }

  /**
   * @param shownSection a section
   * @return what it shows, when it has been read (the tabs' beans take their content from here),
   *     else {@code null}; never reads
   */
  public ChartPart part(ChartSection shownSection) {
    return parts.get(shownSection);
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

  /**
   * Records that the client revoked the disclosure consent chosen, on the date typed; once
   * recorded, the chart is shown afresh (the form is a full submission: reloading the page it
   * answered with would send it again).
   */
  public void revokeDisclosure() throws IOException {
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
      FormMessages.redirectWithMessage("/client/" + clientId(), Text.of("chart.revocation.done"));
    }
  }

  private List<TimelineEvent> timeline() {
    ChartPart overview = parts.get(ChartSection.OVERVIEW);
    if (overview == null) {
      return List.of(); // read with the overview, when it is first shown
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    boolean careTeam =
        external.isUserInRole(Roles.CLINICIAN) || external.isUserInRole(Roles.SUPERVISOR);
    return TimelineEvent.of(
        chart.client(),
        intake,
        overview.recentRisks(),
        precautions,
        overview.notes() == null ? List.of() : overview.notes().notes(),
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
    return chart.currentRisk();
  }

  /**
   * @return how the latest risk level compares with the one before
   */
  public RiskTrend getRiskTrend() {
    return chart.riskTrend();
  }

  /**
   * @return why the latest check-in marked the client as rising, or {@code null}
   */
  public String getRisingReason() {
    return chart.risingReason();
  }

  /**
   * @return the user's unsigned notes for this client, offered again on the overview
   */
  public List<NoteSummary> getMyDrafts() {
    ChartPart overview = parts.get(ChartSection.OVERVIEW);
    return overview == null || overview.notes() == null ? List.of() : overview.notes().myDrafts();
  }

  /**
   * @return why the section just chosen could not be read (the user's access ended meanwhile), or
   *     {@code null}
   */
  public String getSectionRefusal() {
    return sectionRefusal;
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
   * @return the tab shown: the section asked for in {@code ?section=} (the safety plan after saving
   *     a version, check-ins from a dashboard), else the overview, until the user shows another;
   *     counted among the tabs the user sees
   */
  public int getActiveTab() {
    ChartSection shownNow = current == null ? chart.opened() : current;
    return (int) chart.shown().stream().filter(s -> s.compareTo(shownNow) < 0).count();
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
