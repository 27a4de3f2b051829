package org.waypoint.chart;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyGrant;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.checkin.CheckInReader;
import org.waypoint.client.Client;
import org.waypoint.client.ClientProfile;
import org.waypoint.discharge.DischargeReader;
import org.waypoint.followup.FollowUpReader;
import org.waypoint.intake.IntakeReader;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Roles;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteReader;
import org.waypoint.note.NoteService;
import org.waypoint.precaution.PrecautionReader;
import org.waypoint.risk.RiskReader;
import org.waypoint.risk.RiskService;
import org.waypoint.safetyplan.SafetyPlanReader;

/**
 * Opens a client chart: one access check, one read of every section the caller's roles show, one
 * row on the audit trail. The sections are read through the features' readers, which neither check
 * nor audit; what the chart does next (a page of older check-ins, a precaution started, an alert
 * acknowledged) goes through the features' own services, audited as before.
 */
@Stateless
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
public class ChartService {

  /** How many check-ins the chart's first page lists. */
  public static final int CHECK_IN_PAGE = 10;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private RiskReader risks;
  @Inject private PrecautionReader precautions;
  @Inject private IntakeReader intakes;
  @Inject private SafetyPlanReader plans;
  @Inject private CheckInReader checkIns;
  @Inject private FollowUpReader followUps;
  @Inject private NoteReader notes;
  @Inject private DischargeReader discharges;
  @EJB private EmergencyAccessService emergencies;

  /**
   * Reads the chart. The audit row names the section opened and every section shown.
   *
   * @param clientId the client
   * @param section the section to open at; the overview when {@code null} or not shown to the
   *     caller
   * @return everything the chart shows to the caller
   * @throws ClientNotFoundException when there is no such client
   * @throws org.waypoint.kernel.AccessDeniedException when the client is outside the caller's
   *     reach; the exception carries no client data
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHART_VIEW)
  @ClientRecord
  public Chart open(@ClientId long clientId, ChartSection section) {
    Client client = em.find(Client.class, clientId);
    if (client == null) {
      throw new ClientNotFoundException(clientId);
    }
    boolean supervisor = session.isCallerInRole(Roles.SUPERVISOR);
    boolean careTeam = supervisor || session.isCallerInRole(Roles.CLINICIAN);
    Set<ChartSection> shown = ChartSection.shownTo(careTeam, supervisor);
    PlanSection plan = null;
    CheckInSection checkInSection = null;
    DischargeSection dischargeSection = null;
    if (careTeam) {
      dischargeSection =
          new DischargeSection(
              discharges.detail(client, session.getCallerPrincipal().getName(), supervisor));
      plan =
          new PlanSection(
              plans.versions(clientId),
              plans.reviewDue(clientId),
              plans.draft(clientId, session.getCallerPrincipal().getName()));
      checkInSection =
          new CheckInSection(
              checkIns.history(clientId, 0, CHECK_IN_PAGE),
              checkIns.count(clientId),
              checkIns.trend(clientId),
              followUps.alertsOf(clientId),
              followUps.tasksOf(clientId));
    }
    return new Chart(
        ClientProfile.of(client),
        section != null && shown.contains(section) ? section : ChartSection.OVERVIEW,
        shown,
        risks.history(clientId, RiskService.MAX_ROWS, careTeam),
        precautions.precautions(clientId),
        intakes.ofClient(clientId),
        emergencies.activeGrant(clientId).map(EmergencyGrant::expiresAt).orElse(null),
        plan,
        checkInSection,
        new NoteSection(
            notes.summaries(clientId, NoteFilter.ALL, PageRequest.of(0, NoteService.PAGE)),
            notes.count(clientId, NoteFilter.ALL),
            careTeam
                ? notes.draftsOf(clientId, session.getCallerPrincipal().getName())
                : List.of()),
        dischargeSection);
  }
}
