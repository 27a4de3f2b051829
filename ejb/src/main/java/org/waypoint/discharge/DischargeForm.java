package org.waypoint.discharge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.kernel.PlainText;

/**
 * A discharge plan as the care team types it on the editor, exactly as typed: nothing is trimmed or
 * cut; blank text is "not given". Bound by the screen (a plain bean, like a note's content). Each
 * refusal is keyed by the property below ({@code plannedDate}, {@code kind}, {@code reason}, {@code
 * lethalMeans}, {@code crisisResourcesGiven}, {@code planReviewedReason}, {@code
 * lethalMeansReason}, {@code crisisResourcesReason}, {@code firstAppointmentReason}, {@code
 * appointments[i].provider}...), plus {@code discharge} for the record as a whole.
 */
public class DischargeForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most characters of the reason for the discharge. */
  public static final int REASON_LIMIT = 2000;

  /** The most characters of the lethal-means counselling. */
  public static final int LETHAL_MEANS_LIMIT = 2000;

  /** The most characters of a checklist item's reason. */
  public static final int ITEM_REASON_LIMIT = 1000;

  /** The most aftercare appointments one plan holds. */
  public static final int APPOINTMENT_LIMIT = 20;

  @NotNull(message = "{discharge.plannedDate.required}")
  private LocalDate plannedDate;

  @NotNull(message = "{discharge.kind.required}")
  private DischargeKind kind;

  @NotBlank(message = "{discharge.reason.required}")
  @Size(max = REASON_LIMIT, message = "{common.size.max}")
  @PlainText
  private String reason;

  @Size(max = LETHAL_MEANS_LIMIT, message = "{common.size.max}")
  @PlainText
  private String lethalMeans;

  private boolean crisisResourcesGiven;

  @Size(max = ITEM_REASON_LIMIT, message = "{common.size.max}")
  @PlainText
  private String planReviewedReason;

  @Size(max = ITEM_REASON_LIMIT, message = "{common.size.max}")
  @PlainText
  private String lethalMeansReason;

  @Size(max = ITEM_REASON_LIMIT, message = "{common.size.max}")
  @PlainText
  private String crisisResourcesReason;

  @Size(max = ITEM_REASON_LIMIT, message = "{common.size.max}")
  @PlainText
  private String firstAppointmentReason;

  @Valid
  @Size(max = APPOINTMENT_LIMIT, message = "{discharge.appointments.tooMany}")
  private List<AppointmentForm> appointments = new ArrayList<>();

  /**
   * @return a deep copy of every value
   */
  public DischargeForm copy() {
    DischargeForm f = new DischargeForm();
    f.plannedDate = plannedDate;
    f.kind = kind;
    f.reason = reason;
    f.lethalMeans = lethalMeans;
    f.crisisResourcesGiven = crisisResourcesGiven;
    f.planReviewedReason = planReviewedReason;
    f.lethalMeansReason = lethalMeansReason;
    f.crisisResourcesReason = crisisResourcesReason;
    f.firstAppointmentReason = firstAppointmentReason;
    f.appointments = new ArrayList<>(appointments.stream().map(AppointmentForm::copy).toList());
    return f;
  }

  /**
   * @param item a checklist item
   * @return the reason given for it when it is not met, or {@code null}
   */
  public String itemReason(ChecklistItem item) {
    return switch (item) {
      case PLAN_REVIEWED -> planReviewedReason;
      case LETHAL_MEANS -> lethalMeansReason;
      case CRISIS_RESOURCES -> crisisResourcesReason;
      case FIRST_APPOINTMENT -> firstAppointmentReason;
    };
  }

  /**
   * @param item a checklist item
   * @param text the reason it is not met; blank keeps none
   */
  public void setItemReason(ChecklistItem item, String text) {
    switch (item) {
      case PLAN_REVIEWED -> setPlanReviewedReason(text);
      case LETHAL_MEANS -> setLethalMeansReason(text);
      case CRISIS_RESOURCES -> setCrisisResourcesReason(text);
      case FIRST_APPOINTMENT -> setFirstAppointmentReason(text);
    }
  }

  /**
   * @param item a checklist item
   * @return the form property its reason is refused under, e.g. {@code planReviewedReason}
   */
  public static String reasonField(ChecklistItem item) {
    return switch (item) {
      case PLAN_REVIEWED -> "planReviewedReason";
      case LETHAL_MEANS -> "lethalMeansReason";
      case CRISIS_RESOURCES -> "crisisResourcesReason";
      case FIRST_APPOINTMENT -> "firstAppointmentReason";
    };
  }

  /** Adds an empty appointment at the end, for the screen's "add" button. */
  public void addAppointment() {
    appointments.add(new AppointmentForm());
  }

  /**
   * @param index the appointment to take out
   */
  public void removeAppointment(int index) {
    if (index >= 0 && index < appointments.size()) {
      appointments.remove(index);
    }
  }

  public LocalDate getPlannedDate() {
    return plannedDate;
  }

  public void setPlannedDate(LocalDate plannedDate) {
    this.plannedDate = plannedDate;
  }

  public DischargeKind getKind() {
    return kind;
  }

  public void setKind(DischargeKind kind) {
    this.kind = kind;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = blankToNull(reason);
  }

  public String getLethalMeans() {
    return lethalMeans;
  }

  public void setLethalMeans(String lethalMeans) {
    this.lethalMeans = blankToNull(lethalMeans);
  }

  public boolean isCrisisResourcesGiven() {
    return crisisResourcesGiven;
  }

  public void setCrisisResourcesGiven(boolean crisisResourcesGiven) {
    this.crisisResourcesGiven = crisisResourcesGiven;
  }

  public String getPlanReviewedReason() {
    return planReviewedReason;
  }

  public void setPlanReviewedReason(String planReviewedReason) {
    this.planReviewedReason = blankToNull(planReviewedReason);
  }

  public String getLethalMeansReason() {
    return lethalMeansReason;
  }

  public void setLethalMeansReason(String lethalMeansReason) {
    this.lethalMeansReason = blankToNull(lethalMeansReason);
  }

  public String getCrisisResourcesReason() {
    return crisisResourcesReason;
  }

  public void setCrisisResourcesReason(String crisisResourcesReason) {
    this.crisisResourcesReason = blankToNull(crisisResourcesReason);
  }

  public String getFirstAppointmentReason() {
    return firstAppointmentReason;
  }

  public void setFirstAppointmentReason(String firstAppointmentReason) {
    this.firstAppointmentReason = blankToNull(firstAppointmentReason);
  }

  /**
   * @return the appointments, in the order typed (the list itself, for binding)
   */
  public List<AppointmentForm> getAppointments() {
    return appointments;
  }

  public void setAppointments(List<AppointmentForm> appointments) {
    this.appointments = appointments == null ? new ArrayList<>() : new ArrayList<>(appointments);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
