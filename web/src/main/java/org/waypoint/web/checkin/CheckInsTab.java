package org.waypoint.web.checkin;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.center.CenterSettings;
import org.waypoint.checkin.CheckInEntry;
import org.waypoint.checkin.CheckInService;
import org.waypoint.checkin.TrendPoint;
import org.waypoint.followup.AlertItem;
import org.waypoint.followup.FollowUpConflictException;
import org.waypoint.followup.FollowUpService;
import org.waypoint.followup.TaskItem;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Roles;
import org.waypoint.risk.RiskLevel;
import org.waypoint.web.client.ClientChartView;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PagedList;

/**
 * The chart's check-in section: when the next check-in is due, the alerts and review tasks that
 * check-ins raised, the trend chart, and every check-in with its reasons.
 */
@Named
@ViewScoped
public class CheckInsTab implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String FORM = "sections:checkInsForm";
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/dd h:mm a");

  @EJB private CheckInService checkIns;
  @EJB private FollowUpService followUps;
  @Inject private ClientChartView chart;
  @Inject private CenterSettings center;

  private boolean loaded;
  private long clientId;
  private PagedList<CheckInEntry> history;
  private CheckInEntry latest;
  private List<TrendPoint> trend = List.of();
  private List<AlertItem> alerts = List.of();
  private List<TaskItem> tasks = List.of();
  private final Map<Long, String> notes = new HashMap<>();
  private final Map<Long, String> outcomes = new HashMap<>();

  /** Loads the section once the chart is shown to a member of the care team. */
  public void load() {
    if (chart.getState() != ClientChartView.State.SHOWN) {
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (!external.isUserInRole(Roles.CLINICIAN) && !external.isUserInRole(Roles.SUPERVISOR)) {
      return;
    }
    clientId = chart.getClient().id();
    long id = clientId;
    CheckInService service = checkIns;
    history =
        new PagedList<>(
            () -> service.count(id),
            (first, size) -> service.history(id, first, size),
            e -> Long.toString(e.id()));
    List<CheckInEntry> newest = checkIns.history(clientId, 0, 1);
    latest = newest.isEmpty() ? null : newest.get(0);
    trend = checkIns.trend(clientId);
    refreshFollowUps();
    loaded = true;
  }

  private void refreshFollowUps() {
    alerts = followUps.alertsOf(clientId);
    tasks = followUps.tasksOf(clientId);
  }

  /**
   * Acknowledges an alert with the note typed beside it.
   *
   * @param alert the alert
   */
  public void acknowledge(AlertItem alert) {
    try {
      followUps.acknowledge(clientId, alert.id(), notes.get(alert.id()));
      notes.remove(alert.id());
      info("Alert acknowledged.");
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors(
          FORM,
          Map.of(
              "alerts:" + alerts.indexOf(alert) + ":note",
              e.fieldErrors().values().iterator().next()));
      return;
    } catch (FollowUpConflictException e) {
      FormMessages.showError(e.getMessage());
    } catch (EJBAccessException e) {
      FormMessages.showError("Only supervisors acknowledge alerts.");
    } catch (EJBException e) {
      FormMessages.showError(
          "Waypoint could not record the acknowledgement just now; the alert is still open. Try"
              + " again in a moment.");
    }
    refreshFollowUps();
  }

  /**
   * Closes a review task without a new plan version, with the reason typed beside it.
   *
   * @param task the task
   */
  public void closeTask(TaskItem task) {
    try {
      followUps.closeTask(clientId, task.id(), outcomes.get(task.id()));
      outcomes.remove(task.id());
      info("Review task closed.");
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors(
          FORM,
          Map.of(
              "tasks:" + tasks.indexOf(task) + ":outcome",
              e.fieldErrors().values().iterator().next()));
      return;
    } catch (FollowUpConflictException e) {
      FormMessages.showError(e.getMessage());
    } catch (EJBAccessException e) {
      FormMessages.showError("Your role does not allow closing review tasks.");
    } catch (EJBException e) {
      FormMessages.showError(
          "Waypoint could not close the task just now; your reason is still in the box. Try again"
              + " in a moment.");
      return;
    }
    refreshFollowUps();
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * @return the Chart.js configuration of the trend: urge and warning-sign score on the left axis,
   *     the level recorded as steps on the right, a larger triangle where the client was rising
   */
  public String getTrendChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder urges = Json.createArrayBuilder();
    JsonArrayBuilder signs = Json.createArrayBuilder();
    JsonArrayBuilder levels = Json.createArrayBuilder();
    JsonArrayBuilder radius = Json.createArrayBuilder();
    JsonArrayBuilder style = Json.createArrayBuilder();
    for (TrendPoint p : trend) {
      labels.add(LABEL.format(p.at().atZone(center.timeZone())));
      urges.add(p.urge());
      signs.add(p.signScore());
      levels.add(p.level().label());
      radius.add(p.rising() ? 8 : 3);
      style.add(p.rising() ? "triangle" : "circle");
    }
    JsonArrayBuilder levelNames = Json.createArrayBuilder();
    for (int i = RiskLevel.values().length - 1; i >= 0; i--) {
      levelNames.add(RiskLevel.values()[i].label());
    }
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("labels", labels)
            .add(
                "datasets",
                Json.createArrayBuilder()
                    .add(line("Urge (0 to 10)", urges, "#b45309", "y"))
                    .add(
                        line("Warning signs, added up (0 to 24)", signs, "#1d4ed8", "y")
                            .add("borderDash", Json.createArrayBuilder().add(6).add(4)))
                    .add(
                        line("Risk level (▲ rising)", levels, "#7f1d1d", "level")
                            .add("stepped", true)
                            .add("pointRadius", radius)
                            .add("pointStyle", style)));
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("min", 0)
                    .add("max", 24)
                    .add("title", title("Score")))
            .add(
                "level",
                Json.createObjectBuilder()
                    .add("type", "category")
                    .add("labels", levelNames)
                    .add("position", "right")
                    .add("offset", true)
                    .add("title", title("Risk level"))
                    .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", data)
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder line(
      String label, JsonArrayBuilder values, String colour, String axis) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("yAxisID", axis)
        .add("borderColor", colour)
        .add("backgroundColor", colour)
        .add("fill", false)
        .add("tension", 0.2);
  }

  private static JsonObjectBuilder title(String text) {
    return Json.createObjectBuilder().add("display", true).add("text", text);
  }

  /**
   * @return when the next check-in is due and at what cadence, e.g. "Overdue since 11/20 10:05 AM
   *     (daily at High)"
   */
  public String getDueText() {
    var client = chart.getClient();
    if (client.checkInDue() == null) {
      return "No check-in is scheduled yet.";
    }
    String when = LABEL.format(client.checkInDue().atZone(center.timeZone()));
    String cadence =
        client.riskLevel() == null
            ? ""
            : " (" + client.riskLevel().cadence() + " at " + client.riskLevel().label() + ")";
    return (isOverdue() ? "Overdue since " : "Due by ") + when + cadence;
  }

  /**
   * @return whether the next check-in is past due
   */
  public boolean isOverdue() {
    Instant due = chart.getClient().checkInDue();
    return due != null && due.isBefore(Instant.now());
  }

  /**
   * @return whether the latest check-in was Imminent, so its crisis checklist shows
   */
  public boolean isLatestImminent() {
    return latest != null && latest.level() == RiskLevel.IMMINENT;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public PagedList<CheckInEntry> getHistory() {
    return history;
  }

  public CheckInEntry getLatest() {
    return latest;
  }

  public List<TrendPoint> getTrend() {
    return trend;
  }

  public List<AlertItem> getAlerts() {
    return alerts;
  }

  public List<TaskItem> getTasks() {
    return tasks;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public Map<Long, String> getOutcomes() {
    return outcomes;
  }

  public org.waypoint.checkin.CrisisStep[] getCrisisSteps() {
    return org.waypoint.checkin.CrisisStep.values();
  }
}
