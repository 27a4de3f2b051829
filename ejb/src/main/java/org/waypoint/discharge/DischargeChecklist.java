package org.waypoint.discharge;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The checklist before a discharge is approved, as plain rules (no container):
 *
 * <ul>
 *   <li>{@link ChecklistItem#PLAN_REVIEWED}: a safety-plan version reviewed with the client was
 *       saved within the {@value #PLAN_REVIEW_DAYS} days before the planned date, or since then up
 *       to today;
 *   <li>{@link ChecklistItem#LETHAL_MEANS}: the lethal-means counselling (who holds what) is
 *       recorded;
 *   <li>{@link ChecklistItem#CRISIS_RESOURCES}: crisis resources were given;
 *   <li>{@link ChecklistItem#FIRST_APPOINTMENT}: an aftercare appointment falls on the planned date
 *       or within the {@value #FIRST_APPOINTMENT_DAYS} days after it.
 * </ul>
 *
 * Each item is met, or explained by the reason typed for it; the checklist is complete when every
 * item is one or the other. Without a planned date the two date items are not met.
 */
public final class DischargeChecklist {

  /** How many days before the planned date a plan review counts. */
  public static final int PLAN_REVIEW_DAYS = 7;

  /** Within how many days after the planned date the first appointment must be. */
  public static final int FIRST_APPOINTMENT_DAYS = 7;

  private DischargeChecklist() {}

  /**
   * One item of the checklist, evaluated.
   *
   * @param item the item
   * @param met whether the record shows it done
   * @param reason the reason typed for it, or {@code null}
   */
  public record Item(ChecklistItem item, boolean met, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * @return whether it is met or explained by a reason
     */
    public boolean done() {
      return met || reason != null;
    }

    /**
     * @return whether it is not met but a reason is given
     */
    public boolean explained() {
      return !met && reason != null;
    }
  }

  /**
   * The checklist, evaluated.
   *
   * @param items one per {@link ChecklistItem}, in order
   */
  public record Result(List<Item> items) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Result {
      items = List.copyOf(items);
    }

    /**
     * @return whether every item is met or explained, so the discharge may be approved
     */
    public boolean complete() {
      return items.stream().allMatch(Item::done);
    }

    /**
     * @param item an item
     * @return its evaluation
     */
    public Item item(ChecklistItem item) {
      return items.stream().filter(i -> i.item() == item).findFirst().orElseThrow();
    }

    /**
     * @return the items neither met nor explained, in order
     */
    public List<ChecklistItem> missing() {
      return items.stream().filter(i -> !i.done()).map(Item::item).toList();
    }
  }

  /**
   * @param form the plan as typed
   * @param planReviews the days (center's time zone) on which safety-plan versions reviewed with
   *     the client were saved
   * @param today the center's date
   * @return each item met, explained or neither
   */
  public static Result evaluate(
      DischargeForm form, Collection<LocalDate> planReviews, LocalDate today) {
    LocalDate planned = form.getPlannedDate();
    List<Item> items = new ArrayList<>();
    for (ChecklistItem item : ChecklistItem.values()) {
      boolean met =
          switch (item) {
            case PLAN_REVIEWED -> planReviewed(planned, planReviews, today);
            case LETHAL_MEANS -> form.getLethalMeans() != null;
            case CRISIS_RESOURCES -> form.isCrisisResourcesGiven();
            case FIRST_APPOINTMENT ->
                firstAppointment(
                    planned,
                    form.getAppointments().stream()
                        .filter(a -> a.getDate() != null)
                        .map(
                            a ->
                                a.getDate()
                                    .atTime(
                                        a.getTime() == null
                                            ? java.time.LocalTime.MIN
                                            : a.getTime()))
                        .toList());
          };
      items.add(new Item(item, met, form.itemReason(item)));
    }
    return new Result(items);
  }

  /**
   * @param planned the planned date, or {@code null}
   * @param reviews the days plan versions reviewed with the client were saved
   * @param today the center's date
   * @return whether one of them is within {@value #PLAN_REVIEW_DAYS} days before the planned date,
   *     or after it up to today
   */
  static boolean planReviewed(LocalDate planned, Collection<LocalDate> reviews, LocalDate today) {
    if (planned == null) {
      return false;
    }
    LocalDate from = planned.minusDays(PLAN_REVIEW_DAYS);
    LocalDate to = today.isAfter(planned) ? today : planned;
    return reviews.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));
  }

  /**
   * @param planned the planned date, or {@code null}
   * @param appointments the appointments' times
   * @return whether one is on the planned date or within {@value #FIRST_APPOINTMENT_DAYS} days
   *     after
   */
  static boolean firstAppointment(LocalDate planned, Collection<LocalDateTime> appointments) {
    if (planned == null) {
      return false;
    }
    LocalDate last = planned.plusDays(FIRST_APPOINTMENT_DAYS);
    return appointments.stream()
        .map(LocalDateTime::toLocalDate)
        .anyMatch(d -> !d.isBefore(planned) && !d.isAfter(last));
  }
}
