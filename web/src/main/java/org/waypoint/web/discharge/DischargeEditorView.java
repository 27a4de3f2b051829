package org.waypoint.web.discharge;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.cdi.Param;
import org.waypoint.center.CenterSettings;
import org.waypoint.discharge.AppointmentForm;
import org.waypoint.discharge.AppointmentItem;
import org.waypoint.discharge.ChecklistItem;
import org.waypoint.discharge.DischargeChecklist;
import org.waypoint.discharge.DischargeDetail;
import org.waypoint.discharge.DischargeForm;
import org.waypoint.discharge.DischargeKind;
import org.waypoint.discharge.DischargeService;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PageState;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/**
 * The discharge editor at {@code /discharge/{clientId}}: the planned date, kind and reason, the
 * aftercare appointments, lethal-means counselling, crisis resources and the checklist with a
 * reason for each item not met; saving the draft (never over a save made elsewhere: the page then
 * says who saved, shows their plan beside the one typed and keeps every word typed), a supervisor's
 * approval, and the printed discharge safety plan.
 */
@Named
@ViewScoped
public class DischargeEditorView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form's id. */
  static final String FORM = "dischargeForm";

  /** The most characters of each text field, from the service's own rules. */
  private static final Map<String, Integer> LIMITS =
      Map.of(
          "reason", DischargeForm.REASON_LIMIT,
          "lethalMeans", DischargeForm.LETHAL_MEANS_LIMIT,
          "checklistReason", DischargeForm.ITEM_REASON_LIMIT,
          "provider", AppointmentForm.PROVIDER_LIMIT,
          "address", AppointmentForm.ADDRESS_LIMIT,
          "phone", AppointmentForm.PHONE_LIMIT);

  @EJB private DischargeService discharges;
  @Inject private Shown shown;
  @Inject private CenterSettings center;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  private PageState page;
  private DischargeDetail detail;
  private DischargeForm form = new DischargeForm();
  private DischargeChecklist.Result checklist;
  private long version;
  private Long dischargeId;
  private String conflict;
  private DischargeDetail theirs;

  /** Opens the client's discharge (or an empty plan to start one). */
  public void load() {
    page = PageState.open(() -> show(discharges.open(PageState.id(id))), "discharge.roleRefused");
  }

  private void show(DischargeDetail read) {
    detail = read;
    form = read.form() == null ? new DischargeForm() : read.form().copy();
    checklist = read.checklist();
    version = read.version();
    dischargeId = read.dischargeId();
  }

  /**
   * Saves the draft as typed. A field refused gets its message beside it; a save made elsewhere
   * meanwhile is explained, with their plan shown, and what was typed stays in the form so a second
   * save keeps it.
   */
  public void save() {
    boolean[] refused = {false};
    boolean saved =
        SaveAttempt.of(FORM, "discharge.save")
            .run(
                () -> {
                  try {
                    DischargeDetail now =
                        discharges.saveDraft(detail.clientId(), dischargeId, version, form);
                    show(now);
                    conflict = null;
                    theirs = null;
                  } catch (InvalidInputException e) {
                    refused[0] = true;
                    place(e);
                    checklist = evaluate();
                  } catch (ConflictException e) {
                    refused[0] = true;
                    conflictWith(e);
                  }
                });
    if (saved && !refused[0]) {
      info(Text.of("discharge.save.done"));
    }
  }

  private void conflictWith(ConflictException e) {
    conflict = Text.of("discharge.save.conflict", e.getMessage());
    // what was saved elsewhere, to show beside what the user typed; the form keeps every word
    theirs = discharges.open(detail.clientId());
    version = theirs.version();
    dischargeId = theirs.dischargeId();
    detail = theirs;
    FormMessages.showError(conflict);
  }

  /** A supervisor approves the plan as saved (changes typed since are refused: save them first). */
  public void approve() {
    if (detail.form() != null && !same(form, detail.form())) {
      FormMessages.showError(Text.of("discharge.editor.approve.unsaved"));
      return;
    }
    boolean[] refused = {false};
    boolean approved =
        SaveAttempt.of(FORM, "discharge.approve")
            .run(
                () -> {
                  try {
                    show(discharges.approve(detail.clientId(), dischargeId, version));
                  } catch (InvalidInputException e) {
                    refused[0] = true;
                    place(e);
                  } catch (ConflictException e) {
                    refused[0] = true;
                    FormMessages.showError(e.getMessage());
                    show(discharges.open(detail.clientId()));
                  }
                });
    if (approved && !refused[0]) {
      info(Text.of("discharge.approve.done"));
    }
  }

  /**
   * A supervisor withdraws the approval before the discharge date: the plan is a draft again and
   * the calls not yet made are cancelled.
   */
  public void withdraw() {
    boolean[] refused = {false};
    boolean withdrawn =
        SaveAttempt.of(FORM, "discharge.withdraw")
            .run(
                () -> {
                  try {
                    show(discharges.withdraw(detail.clientId(), dischargeId, version));
                  } catch (InvalidInputException e) {
                    refused[0] = true;
                    place(e);
                  } catch (ConflictException e) {
                    refused[0] = true;
                    FormMessages.showError(e.getMessage());
                    show(discharges.open(detail.clientId()));
                  }
                });
    if (withdrawn && !refused[0]) {
      info(Text.of("discharge.withdraw.done"));
    }
  }

  /**
   * @return whether to offer withdrawing the approval
   */
  public boolean isMayWithdraw() {
    return detail != null && detail.withdrawable();
  }

  /** Adds an empty appointment at the end of the list. */
  public void addAppointment() {
    form.addAppointment();
  }

  /**
   * @param index the appointment to take out
   */
  public void removeAppointment(int index) {
    form.removeAppointment(index);
  }

  /** Evaluates the checklist again for the plan as typed (nothing is saved). */
  public void reevaluate() {
    checklist = evaluate();
  }

  private DischargeChecklist.Result evaluate() {
    try {
      return discharges.evaluate(detail.clientId(), form);
    } catch (RuntimeException e) {
      return checklist; // the last evaluation stays; saving evaluates again
    }
  }

  /**
   * Puts each refusal where the user looks for it: a checklist reason beside its item, a field
   * beside the field, and one about the plan as a whole at the top.
   */
  private void place(InvalidInputException e) {
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> whole = new ArrayList<>();
    e.fieldErrors()
        .forEach(
            (field, message) -> {
              String placed = fieldId(field);
              if (placed == null) {
                whole.add(message);
              } else {
                fields.put(placed, message);
              }
            });
    if (!fields.isEmpty()) {
      FormMessages.showFieldErrors(FORM, fields);
    }
    whole.forEach(FormMessages::showError);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * @param field a refused property of the form, e.g. {@code planReviewedReason} or {@code
   *     appointments[0].provider}
   * @return the field on the page it belongs beside, in {@link FormMessages}' terms, or {@code
   *     null} for a refusal of the plan as a whole
   */
  static String fieldId(String field) {
    for (ChecklistItem item : ChecklistItem.values()) {
      if (DischargeForm.reasonField(item).equals(field)) {
        return "checklist[" + item.ordinal() + "].reason";
      }
    }
    if (field.startsWith("appointments[") && field.contains("].")) {
      return field;
    }
    return switch (field) {
      case "plannedDate", "kind", "reason", "lethalMeans" -> field;
      case "crisisResourcesGiven" -> "crisisResources";
      default -> null;
    };
  }

  /**
   * @return whether two plans hold the same values (the editor's form against the one saved)
   */
  static boolean same(DischargeForm a, DischargeForm b) {
    if (!Objects.equals(a.getPlannedDate(), b.getPlannedDate())
        || a.getKind() != b.getKind()
        || !Objects.equals(a.getReason(), b.getReason())
        || !Objects.equals(a.getLethalMeans(), b.getLethalMeans())
        || a.isCrisisResourcesGiven() != b.isCrisisResourcesGiven()
        || a.getAppointments().size() != b.getAppointments().size()) {
      return false;
    }
    for (ChecklistItem item : ChecklistItem.values()) {
      if (!Objects.equals(a.itemReason(item), b.itemReason(item))) {
        return false;
      }
    }
    for (int i = 0; i < a.getAppointments().size(); i++) {
      AppointmentForm x = a.getAppointments().get(i);
      AppointmentForm y = b.getAppointments().get(i);
      if (!Objects.equals(x.getDate(), y.getDate())
          || !Objects.equals(x.getTime(), y.getTime())
          || !Objects.equals(x.getProvider(), y.getProvider())
          || x.isTelehealth() != y.isTelehealth()
          || !Objects.equals(x.getAddress(), y.getAddress())
          || !Objects.equals(x.getPhone(), y.getPhone())) {
        return false;
      }
    }
    return true;
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * @return the checklist's items as last evaluated, each with its reason bound to the form
   */
  public List<ChecklistRow> getChecklist() {
    return checklist == null
        ? List.of()
        : checklist.items().stream().map(i -> new ChecklistRow(i, form)).toList();
  }

  /**
   * @return whether the checklist as last evaluated is complete
   */
  public boolean isChecklistComplete() {
    return checklist != null && checklist.complete();
  }

  /**
   * @return the discharge's state in words, with who approved it and when
   */
  public String getStateText() {
    return DischargeTab.stateText(detail, shown);
  }

  /**
   * @return whether the plan is approved or done, so it is shown but not edited
   */
  public boolean isFrozen() {
    return detail != null && !detail.editable();
  }

  /**
   * @return whether a discharge has been saved (it can then be printed and approved)
   */
  public boolean isSaved() {
    return dischargeId != null;
  }

  /**
   * @return whether to offer approval: a supervisor, on a saved draft (the service refuses, with
   *     its reason, one they may not approve)
   */
  public boolean isMayApprove() {
    return detail != null
        && detail.exists()
        && !detail.approved()
        && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SUPERVISOR");
  }

  /**
   * @return why the caller may not approve now, or {@code null}
   */
  public String getApprovalRefusal() {
    return detail == null || detail.approvable() ? null : detail.approvalRefusal();
  }

  /**
   * @param a an appointment of the form
   * @return the words of its "remove" button for screen readers
   */
  public String removeLabel(AppointmentForm a) {
    return Text.of(
        "discharge.appointments.removeLabel", a.getProvider() == null ? "" : a.getProvider());
  }

  /**
   * @return what a date field says when the text typed is not a date
   */
  public String getDateMessage() {
    return Text.of(
        "discharge.editor.dateFormat", shown.getDatePattern().toUpperCase(Text.locale()));
  }

  /**
   * @return what a time field says when the text typed is not a time
   */
  public String getTimeMessage() {
    return Text.of("discharge.editor.timeFormat", Text.of("format.time"));
  }

  /**
   * @param d a discharge
   * @return who saved it last and when, in words
   */
  public String updatedText(DischargeDetail d) {
    return DischargeTab.preparedText(d, shown);
  }

  /**
   * @param a an appointment
   * @return it in one line: when, with whom, where, phone
   */
  public String appointmentText(AppointmentItem a) {
    return DischargeTab.appointmentLine(a, shown, center.timeZone());
  }

  public Map<String, Integer> getLimits() {
    return LIMITS;
  }

  public DischargeKind[] getKinds() {
    return DischargeKind.values();
  }

  public DischargeForm getForm() {
    return form;
  }

  public DischargeDetail getDetail() {
    return detail;
  }

  /**
   * @return the plan saved elsewhere that made the last save a conflict, or {@code null}
   */
  public DischargeDetail getTheirs() {
    return theirs;
  }

  public String getConflict() {
    return conflict;
  }

  /**
   * @return whether the client was found and may be seen, or why not
   */
  public PageState getPage() {
    return page;
  }
}
