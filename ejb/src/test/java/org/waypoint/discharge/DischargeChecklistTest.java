package org.waypoint.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every item of the discharge checklist at its boundaries, and when the whole is complete. */
class DischargeChecklistTest {

  /** The planned date in every row: 20 March 2026. */
  private static final LocalDate PLANNED = LocalDate.of(2026, 3, 20);

  /**
   * @param reviewed days (offset from the planned date) on which reviewed versions were saved,
   *     separated by spaces; {@code -} none
   * @param today today's offset from the planned date
   * @param met whether the item is met
   */
  @ParameterizedTest(name = "reviews {0}, today {1}: met {2}")
  @CsvSource({
    "-, -3, false",
    "-7, -3, true", // the seventh day before: still within
    "-8, -3, false", // the eighth day before: too early
    "0, 0, true",
    "-1, -3, true",
    "2, 5, true", // reviewed after the planned date, up to today
    "6, 5, false", // after today: not possible, never counted
    "-8 -20, 0, false",
    "-20 -3, 0, true",
  })
  void aPlanReviewCountsWithinSevenDaysBeforeThePlannedDateOrSince(
      String reviewed, int today, boolean met) {
    List<LocalDate> days =
        reviewed.equals("-")
            ? List.of()
            : Arrays.stream(reviewed.split(" "))
                .map(d -> PLANNED.plusDays(Integer.parseInt(d)))
                .toList();
    DischargeChecklist.Result result =
        DischargeChecklist.evaluate(form(), days, PLANNED.plusDays(today));
    assertEquals(met, result.item(ChecklistItem.PLAN_REVIEWED).met());
  }

  /**
   * @param offsets appointments' days after the planned date, separated by spaces; {@code -} none
   * @param met whether the first-appointment item is met
   */
  @ParameterizedTest(name = "appointments {0}: met {1}")
  @CsvSource({
    "-, false",
    "0, true",
    "7, true", // the seventh day after: still within
    "8, false",
    "-1, false", // before the discharge is no aftercare
    "30 6, true",
    "30 8, false",
  })
  void theFirstAppointmentMustBeWithinSevenDaysAfterThePlannedDate(String offsets, boolean met) {
    DischargeForm form = form();
    if (!offsets.equals("-")) {
      for (String offset : offsets.split(" ")) {
        form.getAppointments()
            .add(
                new AppointmentForm(
                    PLANNED.plusDays(Integer.parseInt(offset)),
                    LocalTime.of(23, 30),
                    "Dr. Okafor",
                    false,
                    null,
                    null));
      }
    }
    assertEquals(
        met,
        DischargeChecklist.evaluate(form, List.of(), PLANNED)
            .item(ChecklistItem.FIRST_APPOINTMENT)
            .met());
  }

  @Test
  void lethalMeansAndCrisisResourcesAreMetWhenRecorded() {
    DischargeForm form = form();
    DischargeChecklist.Result before = DischargeChecklist.evaluate(form, List.of(), PLANNED);
    assertFalse(before.item(ChecklistItem.LETHAL_MEANS).met());
    assertFalse(before.item(ChecklistItem.CRISIS_RESOURCES).met());
    form.setLethalMeans("Sister keeps the medication; no firearms at home.");
    form.setCrisisResourcesGiven(true);
    DischargeChecklist.Result after = DischargeChecklist.evaluate(form, List.of(), PLANNED);
    assertTrue(after.item(ChecklistItem.LETHAL_MEANS).met());
    assertTrue(after.item(ChecklistItem.CRISIS_RESOURCES).met());
  }

  @Test
  void blankCounsellingIsNotRecorded() {
    DischargeForm form = form();
    form.setLethalMeans("   ");
    assertFalse(
        DischargeChecklist.evaluate(form, List.of(), PLANNED)
            .item(ChecklistItem.LETHAL_MEANS)
            .met());
  }

  @Test
  void completeWhenEveryItemIsMetOrExplained() {
    DischargeForm form = form();
    form.setLethalMeans("Father holds the car keys and the medication.");
    form.setCrisisResourcesGiven(true);
    DischargeChecklist.Result partly =
        DischargeChecklist.evaluate(form, List.of(PLANNED.minusDays(1)), PLANNED);
    assertFalse(partly.complete());
    assertEquals(List.of(ChecklistItem.FIRST_APPOINTMENT), partly.missing());
    form.setFirstAppointmentReason("Transfer to the state hospital: no outpatient visit.");
    DischargeChecklist.Result explained =
        DischargeChecklist.evaluate(form, List.of(PLANNED.minusDays(1)), PLANNED);
    assertTrue(explained.complete());
    assertTrue(explained.item(ChecklistItem.FIRST_APPOINTMENT).explained());
    assertFalse(explained.item(ChecklistItem.PLAN_REVIEWED).explained());
  }

  @Test
  void aReasonBesideAMetItemIsKeptButNotNeeded() {
    DischargeForm form = form();
    form.setCrisisResourcesGiven(true);
    form.setCrisisResourcesReason("also the card");
    DischargeChecklist.Item item =
        DischargeChecklist.evaluate(form, List.of(), PLANNED).item(ChecklistItem.CRISIS_RESOURCES);
    assertTrue(item.done());
    assertFalse(item.explained());
  }

  @Test
  void withoutAPlannedDateTheDateItemsAreNotMet() {
    DischargeForm form = new DischargeForm();
    form.getAppointments()
        .add(new AppointmentForm(PLANNED, LocalTime.NOON, "Clinic", true, null, null));
    DischargeChecklist.Result result = DischargeChecklist.evaluate(form, List.of(PLANNED), PLANNED);
    assertFalse(result.item(ChecklistItem.PLAN_REVIEWED).met());
    assertFalse(result.item(ChecklistItem.FIRST_APPOINTMENT).met());
    assertEquals(4, result.missing().size());
  }

  @Test
  void everyItemHasAReasonFieldOfItsOwn() {
    DischargeForm form = new DischargeForm();
    for (ChecklistItem item : ChecklistItem.values()) {
      form.setItemReason(item, "because " + item);
    }
    for (ChecklistItem item : ChecklistItem.values()) {
      assertEquals("because " + item, form.itemReason(item));
    }
    assertEquals(
        4,
        Arrays.stream(ChecklistItem.values()).map(DischargeForm::reasonField).distinct().count());
  }

  private static DischargeForm form() {
    DischargeForm form = new DischargeForm();
    form.setPlannedDate(PLANNED);
    form.setKind(DischargeKind.PLANNED);
    form.setReason("Goals met.");
    return form;
  }
}
