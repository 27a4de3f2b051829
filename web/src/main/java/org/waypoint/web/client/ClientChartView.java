package org.waypoint.web.client;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.Param;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyReason;
import org.waypoint.access.EmergencyRequest;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditTrail;
import org.waypoint.center.CenterSettings;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientService;
import org.waypoint.intake.IntakeConflictException;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.intake.IntakeService;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Roles;
import org.waypoint.precaution.ObservationLevel;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.precaution.PrecautionKind;
import org.waypoint.precaution.PrecautionRequest;
import org.waypoint.precaution.PrecautionService;
import org.waypoint.risk.RiskEntry;
import org.waypoint.risk.RiskService;
import org.waypoint.risk.RiskTrend;
import org.waypoint.web.audit.AuditLazyModel;
import org.waypoint.web.support.FormMessages;

/**
 * The client chart at {@code /client/{id}}. A client outside the user's reach gets a "not allowed"
 * page (HTTP 403) that shows none of the client's data.
 */
@Named
@ViewScoped
public class ClientChartView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the chart page shows. */
  public enum State {
    SHOWN,
    NOT_FOUND,
    NOT_ALLOWED
  }

  /** The forms inside the chart's tabs, by client id (the tab view is a naming container). */
  private static final String PRECAUTION_FORM = "sections:precautionForm";

  private static final String CONSENT_FORM = "sections:consentForm";

  private static final Logger LOG = Logger.getLogger(ClientChartView.class.getName());
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a");

  @EJB private ClientService clients;
  @EJB private EmergencyAccessService emergencies;
  @EJB private RiskService risks;
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

  private State state = State.NOT_FOUND;
  private ClientProfile client;
  private String refusal;
  private EmergencyRequest emergency = new EmergencyRequest();
  private String emergencyUntil;
  private List<RiskEntry> riskHistory = List.of();
  private List<PrecautionEntry> precautions = List.of();
  private IntakeRecord intake;
  private List<TimelineEvent> timeline = List.of();
  private AuditLazyModel audit;
  private PrecautionRequest precaution = new PrecautionRequest();
  private String endNote;
  private Integer revokeIndex;
  private LocalDate revokedOn;

  /** Loads the client named in the URL, or sets the page's state and status when it can't. */
  public void load() {
    try {
      client = clients.profile(Long.parseLong(id == null ? "" : id.strip()));
      state = State.SHOWN;
      riskHistory = risks.history(client.id(), RiskService.MAX_ROWS);
      precautions = precautionService.precautions(client.id());
      intake = intakes.ofClient(client.id());
      timeline = TimelineEvent.of(client, intake, riskHistory, precautions);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      if (external.isUserInRole(Roles.SUPERVISOR)) {
        long clientId = client.id();
        audit =
            new AuditLazyModel(
                auditTrail,
                () ->
                    new AuditQuery(
                        clientId, null, null, null, null, AuditQuery.SortBy.TIME, false));
      }
      emergencyUntil =
          emergencies
              .activeGrant(client.id())
              .filter(grant -> grant.expiresAt() != null)
              .map(grant -> TIME.format(grant.expiresAt().atZone(center.timeZone())))
              .orElse(null);
    } catch (NumberFormatException | ClientNotFoundException e) {
      state = State.NOT_FOUND;
      status(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      state = State.NOT_ALLOWED;
      refusal = e.getMessage();
      status(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /**
   * Opens the chart in an emergency after the user gave a reason and confirmed; reloads the chart.
   */
  public void openInEmergency() throws IOException {
    try {
      emergencies.open(Long.parseLong(id.strip()), emergency);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/client/" + id.strip());
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors("emergencyForm", e.fieldErrors());
    }
  }

  /** Starts the precaution typed in the form; the header and list show it at once. */
  public void startPrecaution() {
    try {
      precautions = precautionService.start(client.id(), precaution);
      timeline = TimelineEvent.of(client, intake, riskHistory, precautions);
      precaution = new PrecautionRequest();
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Precaution started.", null));
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors(PRECAUTION_FORM, e.fieldErrors());
    } catch (EJBAccessException e) {
      FormMessages.showError("Your role does not allow setting precautions. Nothing was saved.");
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "Starting a precaution failed", e);
      FormMessages.showError(
          "Waypoint could not save the precaution just now, so nothing was saved. Your entries"
              + " are still here: try again in a moment.");
    }
  }

  /**
   * Ends a precaution with the note typed; it stays in the history.
   *
   * @param entry the precaution
   */
  public void endPrecaution(PrecautionEntry entry) {
    try {
      precautions = precautionService.end(client.id(), entry.id(), entry.version(), endNote);
      timeline = TimelineEvent.of(client, intake, riskHistory, precautions);
      endNote = null;
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_INFO, entry.description() + " ended.", null));
    } catch (InvalidInputException e) {
      precautions = precautionService.precautions(client.id());
      FormMessages.showError(String.join(" ", e.fieldErrors().values()));
    } catch (EJBAccessException e) {
      FormMessages.showError("Your role does not allow ending precautions. Nothing was saved.");
    }
  }

  /** Records that the client revoked the disclosure consent chosen, on the date typed. */
  public void revokeDisclosure() {
    if (revokeIndex == null) {
      FormMessages.showFieldErrors(
          CONSENT_FORM, java.util.Map.of("revokeIndex", "Choose the consent the client revoked."));
      return;
    }
    try {
      intake = intakes.revokeDisclosure(client.id(), revokeIndex, revokedOn);
      revokeIndex = null;
      revokedOn = null;
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, "The revocation of the consent is recorded.", null));
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors(CONSENT_FORM, e.fieldErrors());
    } catch (IntakeConflictException e) {
      FormMessages.showError(e.getMessage());
    } catch (EJBAccessException e) {
      FormMessages.showError("Your role does not allow recording revocations. Nothing was saved.");
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "Recording a revocation failed", e);
      FormMessages.showError(
          "Waypoint could not record the revocation just now, so nothing was saved. Try again in"
              + " a moment.");
    }
  }

  /**
   * @return the disclosure consents not revoked, by their index in the client's list
   */
  public java.util.Map<Integer, String> getRevocableDisclosures() {
    java.util.Map<Integer, String> open = new java.util.LinkedHashMap<>();
    if (intake != null) {
      List<org.waypoint.intake.DisclosureConsent> all = intake.consents().getDisclosures();
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).getRevokedOn() == null) {
          open.put(i, "To " + all.get(i).getRecipient() + " for " + all.get(i).getPurpose());
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
    return riskHistory.isEmpty() ? null : riskHistory.get(0);
  }

  /**
   * @return how the latest risk level compares with the one before
   */
  public RiskTrend getRiskTrend() {
    if (client != null && client.rising()) {
      return RiskTrend.RISING; // the latest check-in's mark: a higher level, or a jump in urge
    }
    return riskHistory.isEmpty()
        ? null
        : RiskTrend.between(
            riskHistory.get(0).level(), riskHistory.size() > 1 ? riskHistory.get(1).level() : null);
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
    return riskHistory;
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
  public String getEmergencyUntil() {
    return emergencyUntil;
  }

  private static void status(int code) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
  }

  /**
   * @return the tab to open, from {@code ?section=}: the safety plan (after saving a version, or
   *     from a dashboard), else the overview
   */
  public int getActiveTab() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    boolean careTeam =
        external.isUserInRole(Roles.CLINICIAN) || external.isUserInRole(Roles.SUPERVISOR);
    // overview and precautions come first; the safety plan, notes and check-ins follow for the
    // care team
    if (!careTeam) {
      return 0;
    }
    return switch (section == null ? "" : section) {
      case "safety-plan" -> 2;
      case "check-ins" -> 4;
      default -> 0;
    };
  }

  public State getState() {
    return state;
  }

  public ClientProfile getClient() {
    return client;
  }

  public String getRefusal() {
    return refusal;
  }
}
