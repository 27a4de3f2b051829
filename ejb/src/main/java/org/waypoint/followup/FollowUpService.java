package org.waypoint.followup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import org.waypoint.access.ListScope;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.Wording;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.security.StaffDirectory;
import org.waypoint.submission.SubmissionKind;
import org.waypoint.submission.Submissions;

/**
 * Risk alerts for supervisors and safety-plan review tasks for clinicians: the lists that
 * dashboards and the chart show, and settling them. Every call is audited; calls about one client
 * are checked against the chart's access rules.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class FollowUpService {

  /** The most alerts or tasks the chart lists for one client. */
  public static final int CHART_ROWS = 50;

  private static final int NOTE_MAX = 1000;

  /** What a task closed without a new version says before the clinician's reason. */
  private static final String NO_NEW_VERSION = "Reviewed, no new version: ";

  static final String ALERT_ROW =
      "select new org.waypoint.followup.AlertItem(a.id, c.id,"
          + " concat(c.legalLastName, ', ', c.legalFirstName), c.mrn, c.program.name, a.level,"
          + " a.summary, a.raisedAt, coalesce(u.displayName, u.username), a.acknowledgedAt,"
          + " a.acknowledgedBy, a.note)";
  static final String ALERT_FROM =
      " from RiskAlert a join Client c on c.id = a.clientId left join c.primaryClinician u";

  static final String TASK_ROW =
      "select new org.waypoint.followup.TaskItem(t.id, c.id,"
          + " concat(c.legalLastName, ', ', c.legalFirstName), c.mrn, t.assignee, t.openedAt,"
          + " t.closedAt, t.closedBy, t.outcome)";
  static final String TASK_FROM =
      " from ReviewTask t join Client c on c.id = t.clientId left join c.primaryClinician u";

  private static final String MY_PROGRAMS = ListScope.MY_PROGRAMS.condition("c", "u");

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private FollowUpReader reader;
  @EJB private Submissions submissions;

  /**
   * Alerts no supervisor has acknowledged yet, for the clients of the caller's programs: Imminent
   * first, then the oldest.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.FOLLOW_UP_LIST)
  public List<AlertItem> openAlerts(int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    return em.createQuery(
            ALERT_ROW
                + ALERT_FROM
                + " where a.acknowledgedAt is null"
                + MY_PROGRAMS
                + " order by case when a.level = org.waypoint.risk.RiskLevel.IMMINENT then 0"
                + " else 1 end, a.raisedAt, a.id",
            AlertItem.class)
        .setParameter("me", me())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /**
   * @return how many rows {@link #openAlerts} has
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public long countOpenAlerts() {
    return em.createQuery(
            "select count(a)" + ALERT_FROM + " where a.acknowledgedAt is null" + MY_PROGRAMS,
            Long.class)
        .setParameter("me", me())
        .getSingleResult();
  }

  /**
   * @param clientId the client
   * @return the client's alerts, newest first, at most {@value #CHART_ROWS}
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHECK_IN_VIEW)
  @ClientRecord
  public List<AlertItem> alertsOf(@ClientId long clientId) {
    return reader.alertsOf(clientId);
  }

  /**
   * Records that a supervisor saw an alert and acted on it. An alert is acknowledged once: when
   * another supervisor was first, nothing changes and the caller is told who.
   *
   * @param clientId the client
   * @param alertId the alert
   * @param note what the supervisor did or decided, optional, at most 1,000 characters
   * @throws InvalidInputException when the note is too long, or no such alert of this client
   * @throws FollowUpConflictException when it was acknowledged already
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.ALERT_ACKNOWLEDGE)
  @ClientRecord
  public void acknowledge(@ClientId long clientId, long alertId, String note) {
    acknowledgeNow(clientId, alertId, note);
  }

  /**
   * Acknowledges an alert once per submission: as {@link #acknowledge(long, long, String)}, except
   * that a replay of the same submission (a double click, the browser resending, a retry) changes
   * nothing and succeeds as the first one did, even when sent at the same moment.
   *
   * @param clientId the client
   * @param alertId the alert
   * @param note what the supervisor did or decided, optional, at most 1,000 characters
   * @param submission the token the alert was shown with ({@link Submissions#newToken()})
   * @throws InvalidInputException when the note is too long, or no such alert of this client
   * @throws FollowUpConflictException when another supervisor acknowledged it already
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.ALERT_ACKNOWLEDGE)
  @ClientRecord
  public void acknowledge(@ClientId long clientId, long alertId, String note, String submission) {
    OptionalLong done = submissions.begin(submission, SubmissionKind.ALERT_ACKNOWLEDGEMENT);
    if (done.isPresent()) {
      if (done.getAsLong() != alertId) {
        throw Refusals.refusal(Submissions.FIELD, Wording.text("submission.token.invalid"));
      }
      return;
    }
    acknowledgeNow(clientId, alertId, note);
    submissions.recorded(submission, alertId);
  }

  private void acknowledgeNow(long clientId, long alertId, String note) {
    String text = PlainText.Validator.asTyped(note);
    if (text != null && text.length() > NOTE_MAX) {
      throw Refusals.refusal("note", Wording.text("followup.note.size"));
    }
    if (text != null && PlainText.Validator.hasControlCharacter(text)) {
      throw Refusals.refusal("note", Wording.text("kernel.text.control"));
    }
    RiskAlert alert = em.find(RiskAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
    if (alert == null || alert.getClientId() != clientId) {
      throw Refusals.refusal("note", Wording.text("followup.alert.notFound"));
    }
    if (!alert.acknowledge(now(), me(), text)) {
      throw new FollowUpConflictException(
          Wording.text(
              "followup.alert.acknowledgedAlready",
              StaffDirectory.names(em, List.of(alert.getAcknowledgedBy()))
                  .getOrDefault(alert.getAcknowledgedBy(), alert.getAcknowledgedBy())));
    }
  }

  /**
   * Safety-plan reviews the caller owes as the client's primary clinician now (or, for a client
   * without one, as the one the task went to), oldest first.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_LIST)
  public List<TaskItem> myOpenTasks(int first, int pageSize) {
    return named(
        PageRequest.of(first, pageSize)
            .applyTo(myTasks(TASK_ROW, " order by t.openedAt, t.id", TaskItem.class))
            .getResultList());
  }

  /**
   * @return how many rows {@link #myOpenTasks} has
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countMyOpenTasks() {
    return myTasks("select count(t)", "", Long.class).getSingleResult();
  }

  /**
   * @param clientId the client
   * @return the client's review tasks, open first, then newest, at most {@value #CHART_ROWS}
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CHECK_IN_VIEW)
  @ClientRecord
  public List<TaskItem> tasksOf(@ClientId long clientId) {
    return reader.tasksOf(clientId);
  }

  /**
   * Closes a review task without a new plan version, with the clinician's reason (e.g. "reviewed
   * with the client; the plan still fits").
   *
   * @param clientId the client
   * @param taskId the task
   * @param outcome why the plan stays as it is, 1 to 1,000 characters
   * @throws InvalidInputException when the reason is missing or too long, or no such open task
   * @throws FollowUpConflictException when it was closed already
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.REVIEW_TASK_CLOSE)
  @ClientRecord
  public void closeTask(@ClientId long clientId, long taskId, String outcome) {
    String text = outcome == null || outcome.isBlank() ? "" : outcome;
    if (PlainText.Validator.hasControlCharacter(text)) {
      throw Refusals.refusal("outcome", Wording.text("kernel.text.control"));
    }
    if (text.isEmpty()) {
      throw Refusals.refusal("outcome", Wording.text("followup.outcome.required"));
    }
    if (NO_NEW_VERSION.length() + text.length() > NOTE_MAX) {
      throw Refusals.refusal(
          "outcome", Wording.text("followup.outcome.size", NOTE_MAX - NO_NEW_VERSION.length()));
    }
    ReviewTask task = em.find(ReviewTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
    if (task == null || task.getClientId() != clientId) {
      throw Refusals.refusal("outcome", Wording.text("followup.task.notFound"));
    }
    if (!task.close(now(), me(), NO_NEW_VERSION + text)) {
      throw new FollowUpConflictException(
          Wording.text("followup.task.closedAlready", task.getOutcome()));
    }
  }

  private <T> TypedQuery<T> myTasks(String select, String orderBy, Class<T> type) {
    return em.createQuery(
            select
                + TASK_FROM
                // the client's clinician now; the one who opened it when the client has none
                + " where t.closedAt is null"
                + " and (u.username = :me or (u is null and t.assignee = :me))"
                // a discharged client's task stays listed when a follow-up call raised it
                + " and (c.status = org.waypoint.client.ClientStatus.ACTIVE or exists (select 1"
                + " from FollowUpCall f where f.checkInId = t.checkInId))"
                + orderBy,
            type)
        .setParameter("me", me());
  }

  /** Puts staff names in place of usernames. */
  private List<TaskItem> named(List<TaskItem> rows) {
    return FollowUpReader.named(em, rows);
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
