package org.waypoint.web.checkin;

import jakarta.ejb.EJB;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.chart.ChartPart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.CheckInSection;
import org.waypoint.checkin.CheckInEntry;
import org.waypoint.checkin.CheckInService;
import org.waypoint.checkin.TrendPoint;
import org.waypoint.followup.AlertItem;
import org.waypoint.followup.FollowUpConflictException;
import org.waypoint.followup.FollowUpService;
import org.waypoint.followup.TaskItem;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.risk.RiskEntry;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.RiskService;
import org.waypoint.submission.Submissions;
import org.waypoint.web.client.ClientChartView;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PagedList;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/**
 * The chart's check-in section: when the next check-in is due, the alerts and review tasks that
 * check-ins raised, the trend chart, every check-in with its reasons, and the risk levels from
 * every source; both lists paged in the database. Read when the tab is first shown.
 */
@Named
@ViewScoped
public class CheckInsTab implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String FORM = "sections:checkInsForm";

  @EJB private CheckInService checkIns;
  @EJB private FollowUpService followUps;
  @EJB private RiskService riskService;
  @Inject private ClientChartView chart;
  @Inject private Shown shown;

  private boolean loaded;
  private long clientId;
  private PagedList<CheckInEntry> history;
  private PagedList<RiskEntry> risks;
  private CheckInEntry latest;
  private List<TrendPoint> trend = List.of();
  private List<AlertItem> alerts = List.of();
  private List<TaskItem> tasks = List.of();
  private final Map<Long, String> notes = new HashMap<>();
  private final Map<Long, String> outcomes = new HashMap<>();

  /**
   * Each alert's submission in this view, made when it is first acknowledged here: a replay (a
   * double click, a retry) acknowledges once and is answered as the first was.
   */
  private final Map<Long, String> alertSubmissions = new HashMap<>();

  /**
   * Takes the section from the chart's read of it, once the chart has read it (the care team, when
   * the tab is first shown): the first page of check-ins and of risk levels come with it; later
   * pages are read, and audited, as they are asked for.
   *
   * @return whether the section has been read
   */
  private boolean ensureLoaded() {
    if (loaded) {
      return true;
    }
    ChartPart part = chart.part(ChartSection.CHECK_INS);
    if (part == null || part.checkIns() == null) {
      return false;
    }
    CheckInSection section = part.checkIns();
    clientId = chart.getClient().id();
    long id = clientId;
    CheckInService service = checkIns;
    List<CheckInEntry> firstPage = section.firstPage();
    long count = section.count();
    history =
        new PagedList<>(
            () -> count,
            (first, size) ->
                first == 0 && (size <= firstPage.size() || firstPage.size() == count)
                    ? List.copyOf(firstPage.subList(0, Math.min(size, firstPage.size())))
                    : service.history(id, first, size),
            e -> Long.toString(e.id()));
    RiskService levels = riskService;
    List<RiskEntry> firstRisks = section.risks();
    long riskCount = section.riskCount();
    risks =
        new PagedList<>(
            () -> riskCount,
            (first, size) ->
                first == 0 && (size <= firstRisks.size() || firstRisks.size() == riskCount)
                    ? List.copyOf(firstRisks.subList(0, Math.min(size, firstRisks.size())))
                    : levels.page(id, first, size),
            r -> r.assessedAt().toString() + r.source());
    latest = section.latest();
    trend = section.trend();
    alerts = section.alerts();
    tasks = section.tasks();
    loaded = true;
    return true;
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
    String field = "alerts:" + alerts.indexOf(alert) + ":note";
    boolean[] conflict = {false};
    boolean saved =
        SaveAttempt.of(FORM, "chartCheckIns.acknowledge")
            .run(
                () -> {
                  try {
                    followUps.acknowledge(
                        clientId,
                        alert.id(),
                        notes.get(alert.id()),
                        alertSubmissions.computeIfAbsent(alert.id(), a -> Submissions.newToken()));
                  } catch (InvalidInputException e) {
                    throw new InvalidInputException(Map.of(field, firstMessage(e)));
                  } catch (FollowUpConflictException e) {
                    conflict[0] = true;
                    FormMessages.showError(e.getMessage());
                  }
                });
    if (saved && !conflict[0]) {
      notes.remove(alert.id());
      info(Text.of("chartCheckIns.acknowledge.done"));
    }
    if (saved || conflict[0]) {
      refreshFollowUps();
    }
  }

  /**
   * Closes a review task without a new plan version, with the reason typed beside it.
   *
   * @param task the task
   */
  public void closeTask(TaskItem task) {
    String field = "tasks:" + tasks.indexOf(task) + ":outcome";
    boolean[] conflict = {false};
    boolean saved =
        SaveAttempt.of(FORM, "chartCheckIns.closeTask")
            .run(
                () -> {
                  try {
                    followUps.closeTask(clientId, task.id(), outcomes.get(task.id()));
                  } catch (InvalidInputException e) {
                    throw new InvalidInputException(Map.of(field, firstMessage(e)));
                  } catch (FollowUpConflictException e) {
                    conflict[0] = true;
                    FormMessages.showError(e.getMessage());
                  }
                });
    if (saved && !conflict[0]) {
      outcomes.remove(task.id());
      info(Text.of("chartCheckIns.closeTask.done"));
    }
    if (saved || conflict[0]) {
      refreshFollowUps();
    }
  }

  private static String firstMessage(InvalidInputException e) {
    return e.fieldErrors().values().iterator().next();
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
      labels.add(shown.time(p.at()));
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
                    .add(line(Text.of("chartCheckIns.trend.urge"), urges, "#b45309", "y"))
                    .add(
                        line(Text.of("chartCheckIns.trend.signs"), signs, "#1d4ed8", "y")
                            .add("borderDash", Json.createArrayBuilder().add(6).add(4)))
                    .add(
                        line(Text.of("chartCheckIns.trend.level"), levels, "#7f1d1d", "level")
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
                    .add("title", title(Text.of("chartCheckIns.trend.score"))))
            .add(
                "level",
                Json.createObjectBuilder()
                    .add("type", "category")
                    .add("labels", levelNames)
                    .add("position", "right")
                    .add("offset", true)
                    .add("title", title(Text.of("chartCheckIns.trend.levelAxis")))
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
   * @return when the next check-in is due and at what cadence, e.g. "Overdue since 11/20/2026 10:05
   *     AM (daily at High)"
   */
  public String getDueText() {
    var client = chart.getClient();
    if (client.checkInDue() == null) {
      return Text.of("chartCheckIns.due.none");
    }
    String when = shown.time(client.checkInDue());
    String key = isOverdue() ? "chartCheckIns.due.overdue" : "chartCheckIns.due.by";
    return client.riskLevel() == null
        ? Text.of(key, when)
        : Text.of(
            key + "WithCadence", when, client.riskLevel().cadence(), client.riskLevel().label());
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

  /**
   * @return what the trend chart shows, for those who do not see it
   */
  public String getTrendChartLabel() {
    return Text.of("chartCheckIns.trend.aria", trend.size());
  }

  /**
   * @return whether the chart has read the section (its tab shown)
   */
  public boolean isLoaded() {
    return ensureLoaded();
  }

  public PagedList<CheckInEntry> getHistory() {
    return history;
  }

  /**
   * @return the risk levels from every source, newest first, paged in the database
   */
  public PagedList<RiskEntry> getRisks() {
    return risks;
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
