package org.waypoint.web.discharge;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.center.CenterSettings;
import org.waypoint.chart.ChartPart;
import org.waypoint.chart.ChartSection;
import org.waypoint.discharge.AppointmentItem;
import org.waypoint.discharge.CallOutcome;
import org.waypoint.discharge.DischargeDetail;
import org.waypoint.discharge.DischargeForm;
import org.waypoint.discharge.DischargeKind;
import org.waypoint.discharge.FollowUpCallItem;
import org.waypoint.discharge.FollowUpCallService;
import org.waypoint.kernel.ConflictException;
import org.waypoint.web.client.ClientChartView;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/**
 * The chart's Discharge section (care team), read with the chart's audited read of the section:
 * where the discharge stands, its planned date, kind and reason, the checklist, the aftercare
 * appointments and the follow-up calls with their outcomes; a call not reached (or a message left)
 * is recorded here, a reached one on the check-in form ({@code /check-in/{client}?call={id}}).
 */
@Named
@ViewScoped
public class DischargeTab implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The section's form, inside the chart's tab view. */
  static final String FORM = "sections:dischargeTabForm";

  @EJB private FollowUpCallService calls;
  @Inject private ClientChartView chart;
  @Inject private CenterSettings center;
  @Inject private Shown shown;

  private boolean loaded;
  private DischargeDetail detail;
  private List<CallRow> callRows = List.of();
  private final Map<Long, CallOutcome> outcomes = new HashMap<>();
  private final Map<Long, String> nextSteps = new HashMap<>();

  /**
   * Takes the section from the chart's read of it, once the chart has read it (the care team, when
   * the tab is first shown).
   *
   * @return whether the section has been read
   */
  private boolean ensureLoaded() {
    if (loaded) {
      return true;
    }
    ChartPart part = chart.part(ChartSection.DISCHARGE);
    if (part == null || part.discharge() == null) {
      return false;
    }
    detail = part.discharge().discharge();
    callRows = rows(detail.calls());
    loaded = true;
    return true;
  }

  private List<CallRow> rows(List<FollowUpCallItem> items) {
    LocalDate today = LocalDate.now(center.timeZone());
    return items.stream().map(c -> new CallRow(c, today, shown)).toList();
  }

  /**
   * Records a call on which the client was not reached (a message left, or not reached) with the
   * next step typed; the list then shows it recorded.
   *
   * @param call the call
   * @param row the call's row in the table, which places a refusal beside its fields
   */
  public void record(CallRow call, int row) {
    CallOutcome outcome = outcomes.get(call.getId());
    String form = FORM + ":calls:" + row;
    if (outcome == null) {
      FormMessages.showFieldErrors(
          form, Map.of("outcome", Text.of("discharge.calls.chooseOutcome")));
      return;
    }
    boolean[] conflict = {false};
    boolean saved =
        SaveAttempt.of(form, "discharge.calls.save")
            .run(
                () -> {
                  try {
                    calls.recordNotReached(
                        detail.clientId(),
                        call.getId(),
                        outcome,
                        nextSteps.get(call.getId()),
                        call.item().version());
                  } catch (ConflictException e) {
                    conflict[0] = true;
                    FormMessages.showError(e.getMessage());
                  }
                });
    if (saved || conflict[0]) {
      // the list as it is now: this call recorded, by the user or by someone else meanwhile
      callRows = rows(calls.calls(detail.clientId()));
    }
    if (saved && !conflict[0]) {
      outcomes.remove(call.getId());
      nextSteps.remove(call.getId());
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO, Text.of("discharge.calls.save.done"), null));
    }
  }

  /**
   * @param d a discharge, or {@code null}
   * @param shown how dates are written
   * @return where it stands in words: a draft, approved by whom and when, or done
   */
  static String stateText(DischargeDetail d, Shown shown) {
    if (d == null || !d.exists()) {
      return Text.of("discharge.tab.none");
    }
    return switch (d.state()) {
      case DRAFT -> Text.of("discharge.state.DRAFT");
      case APPROVED ->
          Text.of("discharge.state.APPROVED", d.approvedBy(), shown.time(d.approvedAt()));
      case COMPLETED ->
          Text.of(
              "discharge.state.COMPLETED",
              shown.date(d.form() == null ? null : d.form().getPlannedDate()),
              d.approvedBy());
    };
  }

  /**
   * @param d a discharge
   * @param shown how dates are written
   * @return who prepared it, and who saved it last and when
   */
  static String preparedText(DischargeDetail d, Shown shown) {
    Instant at = d.updatedAt() != null ? d.updatedAt() : d.preparedAt();
    String by = d.updatedBy() != null ? d.updatedBy() : d.preparedBy();
    if (by == null) {
      return Text.of("discharge.notSet");
    }
    return d.preparedBy() != null && !d.preparedBy().equals(by)
        ? Text.of("discharge.preparedByThenSaved", d.preparedBy(), by, shown.time(at))
        : Text.of("discharge.preparedByWhen", by, shown.time(at));
  }

  /**
   * @param a an appointment
   * @param shown how dates are written
   * @param zone the center's time zone
   * @return it in one line: when, with whom, where, and the phone
   */
  static String appointmentLine(AppointmentItem a, Shown shown, ZoneId zone) {
    String when = shown.time(a.at().atZone(zone).toInstant());
    String where = whereOf(a);
    return a.phone() == null
        ? Text.of("discharge.appointment.line", when, a.provider(), where)
        : Text.of("discharge.appointment.lineWithPhone", when, a.provider(), where, a.phone());
  }

  /**
   * @param a an appointment
   * @return where it is, or that it is telehealth and how to join
   */
  static String whereOf(AppointmentItem a) {
    if (a.telehealth()) {
      return a.address() == null
          ? Text.of("discharge.appointments.telehealth")
          : Text.of("discharge.appointments.telehealthAt", a.address());
    }
    return a.address() == null ? Text.of("discharge.notSet") : a.address();
  }

  /**
   * @return whether the client has a discharge (a draft, approved or done)
   */
  public boolean isPlanned() {
    return detail != null && detail.exists();
  }

  /**
   * @return the discharge's state in words
   */
  public String getStateText() {
    return stateText(detail, shown);
  }

  /**
   * @return who prepared the plan and when it was last saved
   */
  public String getPreparedByText() {
    return preparedText(detail, shown);
  }

  private DischargeForm form() {
    return detail.form() == null ? new DischargeForm() : detail.form();
  }

  public LocalDate getPlannedDate() {
    return form().getPlannedDate();
  }

  public DischargeKind getKind() {
    return form().getKind();
  }

  public String getReason() {
    return form().getReason();
  }

  public String getLethalMeans() {
    return form().getLethalMeans();
  }

  public boolean isCrisisResourcesGiven() {
    return form().isCrisisResourcesGiven();
  }

  /**
   * @return the checklist's items as saved, read only
   */
  public List<ChecklistRow> getChecklist() {
    return detail.checklist() == null
        ? List.of()
        : detail.checklist().items().stream().map(i -> new ChecklistRow(i, null)).toList();
  }

  /**
   * @return the aftercare appointments, earliest first
   */
  public List<AppointmentItem> getAppointments() {
    return detail.appointments();
  }

  /**
   * @param a an appointment
   * @return its time, written as the locale writes dates and times
   */
  public String whenOf(AppointmentItem a) {
    return shown.time(a.at().atZone(center.timeZone()).toInstant());
  }

  /**
   * @param a an appointment
   * @return where it is, or that it is telehealth
   */
  public String whereText(AppointmentItem a) {
    return whereOf(a);
  }

  /**
   * @return the follow-up calls, earliest due first
   */
  public List<CallRow> getCalls() {
    return callRows;
  }

  /**
   * @return the outcomes recorded here (a reached client is recorded on the check-in form)
   */
  public CallOutcome[] getOtherOutcomes() {
    return new CallOutcome[] {CallOutcome.MESSAGE_LEFT, CallOutcome.NOT_REACHED};
  }

  /**
   * @return the outcome chosen per call, by call id
   */
  public Map<Long, CallOutcome> getOutcomes() {
    return outcomes;
  }

  /**
   * @return the next step typed per call, by call id
   */
  public Map<Long, String> getNextSteps() {
    return nextSteps;
  }

  /**
   * @return the most characters of a next step
   */
  public int getNextStepLimit() {
    return CallRow.NEXT_STEP_LIMIT;
  }

  /**
   * @return whether the chart has read the section (its tab shown)
   */
  public boolean isLoaded() {
    return ensureLoaded();
  }

  public long getClientId() {
    return detail.clientId();
  }

  public DischargeDetail getDetail() {
    return detail;
  }
}
