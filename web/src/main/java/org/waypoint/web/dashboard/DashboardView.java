package org.waypoint.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.omnifaces.cdi.Param;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyReviewItem;
import org.waypoint.access.ListScope;
import org.waypoint.audit.AuditIntegrity;
import org.waypoint.audit.AuditIntegrityStatus;
import org.waypoint.center.CenterSettings;
import org.waypoint.checkin.CheckInDueItem;
import org.waypoint.checkin.CheckInService;
import org.waypoint.checkin.ProgramRisk;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.discharge.DischargeItem;
import org.waypoint.discharge.DischargeService;
import org.waypoint.discharge.FollowUpCallItem;
import org.waypoint.discharge.FollowUpCallService;
import org.waypoint.followup.AlertItem;
import org.waypoint.followup.FollowUpConflictException;
import org.waypoint.followup.FollowUpService;
import org.waypoint.followup.TaskItem;
import org.waypoint.handover.HandoverService;
import org.waypoint.handover.LateHandover;
import org.waypoint.intake.IntakeService;
import org.waypoint.intake.IntakeSummary;
import org.waypoint.kernel.Roles;
import org.waypoint.note.CoSignItem;
import org.waypoint.note.CoSignatureService;
import org.waypoint.note.ContactItem;
import org.waypoint.note.DraftItem;
import org.waypoint.note.NoteWorkService;
import org.waypoint.note.ReturnedItem;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.safetyplan.PlanReviewItem;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.submission.Submissions;
import org.waypoint.web.client.ClientLazyModel;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PagedList;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/**
 * The dashboard: a clinician's caseload by risk, the intakes in progress, a supervisor's programs
 * by risk level with their alerts, an administrator's programs. Each part shows only for the roles
 * it serves.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private ClientService clients;
  @EJB private ProgramService programService;

  /** MultiViews sends any unknown path here, as the welcome page, with the path as parameters. */
  @Inject
  @Param(pathIndex = 0)
  private String unknownPath;

  @EJB private EmergencyAccessService emergencies;
  @EJB private IntakeService intakes;
  @EJB private SafetyPlanService plans;
  @Inject private CenterSettings center;

  @EJB private CheckInService checkIns;
  @EJB private FollowUpService followUps;
  @EJB private NoteWorkService noteWork;
  @EJB private CoSignatureService coSignatures;

  // discharge (issue 14): follow-up calls due or missed; discharges awaiting approval
  @EJB private FollowUpCallService followUpCalls;
  @EJB private DischargeService discharges;
  private PagedList<FollowUpCallItem> callsDue;
  private PagedList<DischargeItem> dischargesAwaiting;

  private PagedList<DraftItem> myDrafts;
  private PagedList<ReturnedItem> returnedToMe;
  private PagedList<ContactItem> contactsWithoutNote;
  private PagedList<CoSignItem> coSignQueue;
  private PagedList<DraftItem> staleDrafts;
  private final HashMap<String, Long> noteCounts = new HashMap<>();

  private PagedList<CheckInDueItem> checkInsDue;
  private PagedList<TaskItem> reviewTasks;
  private PagedList<AlertItem> alerts;
  private List<ProgramRisk> riskOverview = List.of();
  private final Map<Long, String> alertNotes = new HashMap<>();

  /**
   * Each alert's submission in this view, made when it is first acknowledged here: a replay (a
   * double click, a retry) acknowledges once and is answered as the first was.
   */
  private final Map<Long, String> alertSubmissions = new HashMap<>();

  private Instant now;
  private PagedList<EmergencyReviewItem> emergencyReviews;
  private PagedList<PlanReviewItem> planReviews;
  private LocalDate today;
  private ClientLazyModel caseload;
  private PagedList<IntakeSummary> intakesInProgress;
  private List<ProgramOption> programs = List.of();

  // audit trail integrity (issue 16): what the hourly verification last found, for administrators
  @EJB private AuditIntegrity integrity;
  private AuditIntegrityStatus auditIntegrity;

  // shift handover (issue 14): the late handovers of a supervisor's programs
  @EJB private HandoverService handovers;
  private List<LateHandover> lateHandovers;

  @PostConstruct
  void init() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.isUserInRole(Roles.CLINICIAN)) {
      // the clinician's own clients, the most at risk first
      caseload =
          new ClientLazyModel(
              clients,
              () ->
                  ClientQuery.ownCaseload(ClientStatus.ACTIVE)
                      .orderedBy(ClientQuery.SortBy.RISK_LEVEL, false));
    }
    if (external.isUserInRole(Roles.INTAKE) || external.isUserInRole(Roles.SUPERVISOR)) {
      intakesInProgress =
          new PagedList<>(
              intakes::countInProgress, intakes::inProgress, row -> Long.toString(row.id()));
    }
    today = LocalDate.now(center.timeZone());
    now = Instant.now();
    if (external.isUserInRole(Roles.CLINICIAN) || external.isUserInRole(Roles.SUPERVISOR)) {
      // a clinician's own caseload, due within a day; a supervisor's programs, overdue only
      ListScope due =
          external.isUserInRole(Roles.CLINICIAN) ? ListScope.OWN_CASELOAD : ListScope.MY_PROGRAMS;
      CheckInService service = checkIns;
      checkInsDue =
          new PagedList<>(
              () -> service.countDue(due),
              (first, size) -> service.due(due, first, size),
              row -> Long.toString(row.clientId()));
    }
    if (external.isUserInRole(Roles.CLINICIAN) || external.isUserInRole(Roles.SUPERVISOR)) {
      FollowUpService service = followUps;
      reviewTasks =
          new PagedList<>(
              service::countMyOpenTasks, service::myOpenTasks, row -> Long.toString(row.id()));
    }
    if (external.isUserInRole(Roles.SUPERVISOR)) {
      FollowUpService service = followUps;
      alerts =
          new PagedList<>(
              service::countOpenAlerts, service::openAlerts, row -> Long.toString(row.id()));
      riskOverview = checkIns.overview();
    }
    if (external.isUserInRole(Roles.CLINICIAN) || external.isUserInRole(Roles.SUPERVISOR)) {
      // a clinician's own caseload, due within the week; a supervisor's programs, overdue only
      ListScope scope =
          external.isUserInRole(Roles.CLINICIAN) ? ListScope.OWN_CASELOAD : ListScope.MY_PROGRAMS;
      planReviews =
          new PagedList<>(
              () -> plans.countReviewsDue(scope),
              (first, size) -> plans.reviewsDue(scope, first, size),
              row -> Long.toString(row.clientId()));
    }
    discharges(external);
    if (external.isUserInRole(Roles.SUPERVISOR)) {
      emergencyReviews =
          new PagedList<>(
              emergencies::countToReview, emergencies::toReview, item -> Long.toString(item.id()));
    }
    notes(external);
    if (external.isUserInRole(Roles.SUPERVISOR)) {
      lateHandovers = handovers.late();
    }
    programs = programService.programs();
    if (external.isUserInRole(Roles.ADMIN)) {
      auditIntegrity = integrity.status();
    }
  }

  /**
   * The note work lists: a clinician's own, a supervisor's programs'. Each list is counted once per
   * view, for its heading and its table alike.
   */
  private void notes(ExternalContext external) {
    if (external.isUserInRole(Roles.CLINICIAN)) {
      NoteWorkService service = noteWork;
      myDrafts =
          new PagedList<>(
              counted("myDrafts", service::countMyDrafts),
              service::myDrafts,
              row -> Long.toString(row.noteId()));
      returnedToMe =
          new PagedList<>(
              counted("returnedToMe", service::countReturnedToMe),
              service::returnedToMe,
              row -> Long.toString(row.draftId()));
      contactsWithoutNote =
          new PagedList<>(
              counted("contactsWithoutNote", service::countContactsWithoutNote),
              service::contactsWithoutNote,
              row -> Long.toString(row.clientId()));
    }
    if (external.isUserInRole(Roles.SUPERVISOR)) {
      CoSignatureService queue = coSignatures;
      coSignQueue =
          new PagedList<>(
              counted("coSignQueue", queue::countQueue),
              queue::queue,
              row -> Long.toString(row.noteId()));
      NoteWorkService service = noteWork;
      staleDrafts =
          new PagedList<>(
              counted("staleDrafts", service::countStaleDrafts),
              service::staleDrafts,
              row -> Long.toString(row.noteId()));
    }
  }

  /**
   * The discharge lists: follow-up calls due today or missed (a clinician's own clients, a
   * supervisor's programs) and, for supervisors, discharge plans waiting for their approval.
   */
  private void discharges(ExternalContext external) {
    if (external.isUserInRole(Roles.CLINICIAN) || external.isUserInRole(Roles.SUPERVISOR)) {
      ListScope scope =
          external.isUserInRole(Roles.CLINICIAN) ? ListScope.OWN_CASELOAD : ListScope.MY_PROGRAMS;
      FollowUpCallService service = followUpCalls;
      callsDue =
          new PagedList<>(
              () -> service.countDue(scope),
              (first, size) -> service.due(scope, first, size),
              row -> Long.toString(row.id()));
    }
    if (external.isUserInRole(Roles.SUPERVISOR)) {
      DischargeService service = discharges;
      dischargesAwaiting =
          new PagedList<>(
              service::countAwaitingApproval,
              service::awaitingApproval,
              row -> Long.toString(row.dischargeId()));
    }
  }

  /**
   * @return the follow-up calls due today or missed, or {@code null} for a user without the list
   */
  public PagedList<FollowUpCallItem> getCallsDue() {
    return callsDue;
  }

  /**
   * @return the discharge plans awaiting the supervisor's approval, or {@code null}
   */
  public PagedList<DischargeItem> getDischargesAwaiting() {
    return dischargesAwaiting;
  }

  private PagedList.Counter counted(String list, PagedList.Counter counter) {
    Map<String, Long> known = noteCounts;
    return () -> known.computeIfAbsent(list, unused -> counter.count());
  }

  /**
   * @param list a note list's name: {@code myDrafts}, {@code returnedToMe}, {@code
   *     contactsWithoutNote}, {@code coSignQueue} or {@code staleDrafts}
   * @return its number of rows, counted once per view (0 for a list the user does not have)
   */
  public long count(String list) {
    PagedList<?> paged = noteList(list);
    return paged == null ? 0 : paged.count(Map.of());
  }

  private PagedList<?> noteList(String list) {
    return switch (list) {
      case "myDrafts" -> myDrafts;
      case "returnedToMe" -> returnedToMe;
      case "contactsWithoutNote" -> contactsWithoutNote;
      case "coSignQueue" -> coSignQueue;
      case "staleDrafts" -> staleDrafts;
      default -> null;
    };
  }

  /** Answers 404 for an address that names no page, rather than showing the dashboard there. */
  public void refuseUnknownPath() throws IOException {
    if (unknownPath != null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_NOT_FOUND, Text.of("dashboard.noSuchPage"));
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /**
   * Marks an emergency access as reviewed; a refusal shows beside its button.
   *
   * @param item the access
   * @param row the row's index in the table, which places a refusal beside its button
   */
  public void markReviewed(EmergencyReviewItem item, int row) {
    if (SaveAttempt.of("dashboard:emergencyReviews:" + row, "dashboard.review")
        .run(() -> emergencies.review(item.clientId(), item.id(), null))) {
      info(Text.of("dashboard.review.done", item.userName()));
    }
  }

  /**
   * Acknowledges a risk alert with the note typed beside it. A refusal of the note shows beside it
   * and keeps it; an alert another supervisor acknowledged first says who.
   *
   * @param alert the alert
   * @param row the row's index in the table, which places a refusal beside the note
   */
  public void acknowledge(AlertItem alert, int row) {
    String note = alertNotes.get(alert.id());
    AtomicBoolean acknowledged = new AtomicBoolean();
    SaveAttempt.of("dashboard:alerts:" + row, "dashboard.acknowledge")
        .run(() -> acknowledged.set(acknowledgeUnlessSettled(alert, note)));
    if (acknowledged.get()) {
      alertNotes.remove(alert.id());
      info(Text.of("dashboard.acknowledge.done", alert.clientName()));
    }
  }

  /**
   * @return whether this acknowledgement settled the alert; when another supervisor was first, the
   *     page says who and the view keeps the note
   */
  private boolean acknowledgeUnlessSettled(AlertItem alert, String note) {
    try {
      followUps.acknowledge(
          alert.clientId(),
          alert.id(),
          note,
          alertSubmissions.computeIfAbsent(alert.id(), a -> Submissions.newToken()));
      return true;
    } catch (FollowUpConflictException e) {
      FormMessages.showError(e.getMessage());
      return false;
    }
  }

  private static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  public PagedList<CheckInDueItem> getCheckInsDue() {
    return checkInsDue;
  }

  public PagedList<TaskItem> getReviewTasks() {
    return reviewTasks;
  }

  public PagedList<AlertItem> getAlerts() {
    return alerts;
  }

  public List<ProgramRisk> getRiskOverview() {
    return riskOverview;
  }

  public Map<Long, String> getAlertNotes() {
    return alertNotes;
  }

  public Instant getNow() {
    return now;
  }

  public PagedList<PlanReviewItem> getPlanReviews() {
    return planReviews;
  }

  public LocalDate getToday() {
    return today;
  }

  public PagedList<EmergencyReviewItem> getEmergencyReviews() {
    return emergencyReviews;
  }

  public ClientLazyModel getCaseload() {
    return caseload;
  }

  public PagedList<IntakeSummary> getIntakesInProgress() {
    return intakesInProgress;
  }

  public PagedList<DraftItem> getMyDrafts() {
    return myDrafts;
  }

  public PagedList<ReturnedItem> getReturnedToMe() {
    return returnedToMe;
  }

  public PagedList<ContactItem> getContactsWithoutNote() {
    return contactsWithoutNote;
  }

  public PagedList<CoSignItem> getCoSignQueue() {
    return coSignQueue;
  }

  public PagedList<DraftItem> getStaleDrafts() {
    return staleDrafts;
  }

  /**
   * @return a supervisor's programs' late handovers, oldest shift first; {@code null} for others
   */
  public List<LateHandover> getLateHandovers() {
    return lateHandovers;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }

  /**
   * @return for an administrator, where the hourly verification of the audit trail stands (a broken
   *     chain is shown as an alert); {@code null} for others
   */
  public AuditIntegrityStatus getAuditIntegrity() {
    return auditIntegrity;
  }
}
