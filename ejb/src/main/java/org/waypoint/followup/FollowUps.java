package org.waypoint.followup;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.risk.RiskLevel;
import org.waypoint.safetyplan.PlanVersionSaved;
import org.waypoint.safetyplan.SafetyPlan;
import org.waypoint.safetyplan.SafetyPlanVersion;
import org.waypoint.safetyplan.SafetyPlanWriter;

/**
 * Raises and settles the follow-up of a check-in, in the caller's transaction. Checks nothing:
 * callers authorise first.
 */
@Dependent
public class FollowUps {

  @PersistenceContext private EntityManager em;
  @Inject private SafetyPlanWriter plans;

  /**
   * What a check-in raised.
   *
   * @param alert whether the program's supervisors were alerted now
   * @param task whether a safety-plan review task was opened now
   * @param openTask whether the clinician has a review task open for the client after this
   */
  public record Raised(boolean alert, boolean task, boolean openTask) {}

  /**
   * After a High or Imminent check-in: alerts the supervisors of the client's program (one alert
   * per such check-in), opens a safety-plan review task for the clinician (unless one is open), and
   * brings the plan's review date forward to today. Lower levels raise nothing. A check-in entered
   * after a later plan version gets its task closed by that version.
   *
   * @param clientId the client, locked by the caller
   * @param checkInId the check-in
   * @param level the level that decides the follow-up
   * @param summary the level and its reasons in one line
   * @param assignee who reviews the plan: the primary clinician, else who recorded the check-in
   * @param at when
   * @param today the center's date
   * @return what was raised
   */
  public Raised raise(
      long clientId,
      long checkInId,
      RiskLevel level,
      String summary,
      String assignee,
      Instant at,
      LocalDate today) {
    if (!level.isAbove(RiskLevel.MODERATE)) {
      return new Raised(false, false, !openTasks(clientId).isEmpty());
    }
    em.persist(new RiskAlert(clientId, checkInId, level, summary, at));
    boolean taskOpen = !openTasks(clientId).isEmpty();
    SafetyPlanVersion latest = plans.latest(clientId);
    if (latest != null && latest.getSavedAt().isAfter(at)) {
      // a check-in entered after the fact: the plan was revised since, which is the review
      if (!taskOpen) {
        ReviewTask task = new ReviewTask(clientId, checkInId, assignee, at);
        task.close(latest.getSavedAt(), latest.getSavedBy(), reviewedBy(latest.getNumber()));
        em.persist(task);
      }
      return new Raised(true, !taskOpen, taskOpen);
    }
    if (!taskOpen) {
      em.persist(new ReviewTask(clientId, checkInId, assignee, at));
    }
    SafetyPlan plan = plans.find(clientId);
    if (plan != null) {
      // a plan version being saved now holds this lock: wait for it rather than fail at commit
      em.lock(plan, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(plan);
      plan.reviewBy(today);
    }
    return new Raised(true, !taskOpen, true);
  }

  /**
   * A saved plan version is the review a task waits for: closes the client's open tasks.
   *
   * @param saved the version saved
   */
  void planSaved(@Observes PlanVersionSaved saved) {
    for (ReviewTask task : openTasks(saved.clientId())) {
      if (!task.getOpenedAt().isAfter(saved.savedAt())) {
        task.close(saved.savedAt(), saved.savedBy(), reviewedBy(saved.number()));
      }
    }
  }

  /**
   * Acknowledges every open alert of a client (demo history).
   *
   * @param clientId the client
   * @param at when
   * @param by the supervisor's username
   * @param note the note
   */
  public void acknowledgeAll(long clientId, Instant at, String by, String note) {
    openAlerts(clientId).forEach(a -> a.acknowledge(at, by, note));
  }

  /**
   * Closes every open review task of a client (demo history).
   *
   * @param clientId the client
   * @param at when
   * @param by the clinician's username
   * @param outcome why the plan stays as it is
   */
  public void closeAll(long clientId, Instant at, String by, String outcome) {
    openTasks(clientId).forEach(t -> t.close(at, by, outcome));
  }

  private static String reviewedBy(int version) {
    return "Safety plan version " + version + " saved";
  }

  List<RiskAlert> openAlerts(long clientId) {
    return em.createQuery(
            "select a from RiskAlert a where a.clientId = :client and a.acknowledgedAt is null",
            RiskAlert.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  List<ReviewTask> openTasks(long clientId) {
    // locked, so a task closed by hand at the same moment waits instead of failing the other save
    return em.createQuery(
            "select t from ReviewTask t where t.clientId = :client and t.closedAt is null",
            ReviewTask.class)
        .setParameter("client", clientId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
