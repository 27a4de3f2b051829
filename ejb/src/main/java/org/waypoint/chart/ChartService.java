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
import org.waypoint.center.Wording;
import org.waypoint.checkin.CheckInEntry;
import org.waypoint.checkin.CheckInReader;
import org.waypoint.client.Client;
import org.waypoint.client.ClientProfile;
import org.waypoint.discharge.DischargeReader;
import org.waypoint.followup.FollowUpReader;
import org.waypoint.intake.IntakeReader;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Roles;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteReader;
import org.waypoint.note.NoteService;
import org.waypoint.precaution.PrecautionReader;
import org.waypoint.risk.RiskEntry;
import org.waypoint.risk.RiskReader;
import org.waypoint.risk.RiskTrend;
import org.waypoint.safetyplan.SafetyPlanReader;

/**
 * Reads a client chart a section at a time: {@link #open} checks access, reads the header every
 * section shows and the one section opened, and writes one audit row; {@link #section} reads one
 * more section when the user first shows it, with the same check and its own audit row naming that
 * section. The sections are read through the features' readers, which neither check nor audit; what
 * the chart does next (a later page of check-ins or risk levels, a precaution started, an alert
 * acknowledged) goes through the features' own services, audited as before.
 *
 * <p>Every read here is bounded: the header and each section issue a fixed number of statements and
 * rows whatever the length of the client's history (its check-ins, notes, risk levels and plan
 * versions), so a chart with years of history opens as fast as a new one. Lists longer than a page
 * give their first page and their count; the rest is paged in the database.
 */
@Stateless
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
public class ChartService {

  /** How many check-ins the check-in section's first page lists. */
  public static final int CHECK_IN_PAGE = 10;

  /** How many risk levels the check-in section's first page of risk levels lists. */
  public static final int RISK_PAGE = 10;

  /** How many of the newest risk levels the overview's timeline shows. */
  public static final int TIMELINE_RISKS = 10;

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

  /** Who is reading, as the chart needs it. */
  private record Caller(String username, boolean careTeam, boolean supervisor) {
    Set<ChartSection> shown() {
      return ChartSection.shownTo(careTeam, supervisor);
    }
  }

  /**
   * Opens the chart: the header (the client, the latest risk level and its trend, the precautions,
   * the caller's emergency access) and the section opened. The audit row names the section opened
   * and every section the caller may show; the others are read, each with its own row, by {@link
   * #section} when they are first shown.
   *
   * @param clientId the client
   * @param section the section to open at; the overview when {@code null} or not shown to the
   *     caller
   * @return the header and the opened section
   * @throws ClientNotFoundException when there is no such client
   * @throws AccessDeniedException when the client is outside the caller's reach; the exception
   *     carries no client data
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHART_VIEW)
  @ClientRecord
  public Chart open(@ClientId long clientId, ChartSection section) {
    Client client = find(clientId);
    Caller caller = caller();
    Set<ChartSection> shown = caller.shown();
    ChartSection opened =
        section != null && shown.contains(section) ? section : ChartSection.OVERVIEW;
    List<RiskEntry> latest = risks.history(clientId, 2, caller.careTeam());
    RiskEntry current = latest.isEmpty() ? null : latest.get(0);
    RiskTrend trend =
        current == null
            ? null
            : client.isRising()
                ? RiskTrend.RISING // the latest check-in's mark: a higher level, or a jump in urge
                : RiskTrend.between(
                    current.level(), latest.size() > 1 ? latest.get(1).level() : null);
    String risingReason = null;
    if (caller.careTeam() && client.isRising()) {
      List<CheckInEntry> newest = checkIns.history(clientId, 0, 1);
      risingReason = newest.isEmpty() ? null : newest.get(0).risingReason();
    }
    return new Chart(
        ClientProfile.of(client),
        opened,
        shown,
        current,
        trend,
        risingReason,
        precautions.precautions(clientId),
        emergencies.activeGrant(clientId).map(EmergencyGrant::expiresAt).orElse(null),
        read(client, opened, caller));
  }

  /**
   * Reads one more section of an open chart, when the user first shows it. Access is checked as for
   * {@link #open}, and the audit row names the section read.
   *
   * @param clientId the client
   * @param section the section
   * @return what the section shows
   * @throws ClientNotFoundException when there is no such client
   * @throws AccessDeniedException when the client is outside the caller's reach, or the section is
   *     not one the caller's roles show
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHART_VIEW)
  @ClientRecord
  public ChartPart section(@ClientId long clientId, ChartSection section) {
    Client client = find(clientId);
    Caller caller = caller();
    if (section == null || !caller.shown().contains(section)) {
      throw new AccessDeniedException(Wording.text("chart.section.notShown"));
    }
    return read(client, section, caller);
  }

  private Client find(long clientId) {
    Client client = em.find(Client.class, clientId);
    if (client == null) {
      throw new ClientNotFoundException(clientId);
    }
    return client;
  }

  private Caller caller() {
    boolean supervisor = session.isCallerInRole(Roles.SUPERVISOR);
    boolean careTeam = supervisor || session.isCallerInRole(Roles.CLINICIAN);
    return new Caller(session.getCallerPrincipal().getName(), careTeam, supervisor);
  }

  /** Reads one section the caller is shown, each list bounded. */
  private ChartPart read(Client client, ChartSection section, Caller caller) {
    long clientId = client.getId();
    return switch (section) {
      case OVERVIEW ->
          ChartPart.overview(
              intakes.ofClient(clientId),
              risks.history(clientId, TIMELINE_RISKS, caller.careTeam()),
              notes(clientId, caller));
      case PRECAUTIONS -> ChartPart.precautions(precautions.precautions(clientId));
      case SAFETY_PLAN ->
          ChartPart.plan(
              new PlanSection(
                  plans.versions(clientId),
                  plans.reviewDue(clientId),
                  plans.draft(clientId, caller.username())));
      case NOTES -> ChartPart.notes(notes(clientId, caller));
      case CHECK_INS ->
          ChartPart.checkIns(
              new CheckInSection(
                  checkIns.history(clientId, 0, CHECK_IN_PAGE),
                  checkIns.count(clientId),
                  checkIns.trend(clientId),
                  followUps.alertsOf(clientId),
                  followUps.tasksOf(clientId),
                  risks.page(clientId, PageRequest.of(0, RISK_PAGE), caller.careTeam()),
                  risks.count(clientId)));
      case DISCHARGE ->
          ChartPart.discharge(
              new DischargeSection(
                  discharges.detail(client, caller.username(), caller.supervisor())));
      case REPORTS, AUDIT_TRAIL -> ChartPart.empty(section);
    };
  }

  private NoteSection notes(long clientId, Caller caller) {
    return new NoteSection(
        notes.summaries(clientId, NoteFilter.ALL, PageRequest.of(0, NoteService.PAGE)),
        notes.count(clientId, NoteFilter.ALL),
        caller.careTeam() ? notes.draftsOf(clientId, caller.username()) : List.of());
  }
}
