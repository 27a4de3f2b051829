package org.waypoint.web.discharge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.waypoint.discharge.AppointmentForm;
import org.waypoint.discharge.DischargeForm;
import org.waypoint.discharge.DischargeKind;

class DischargeEditorViewTest {

  @Test
  void eachRefusalIsPlacedBesideTheFieldThatShowsIt() {
    assertEquals("plannedDate", DischargeEditorView.fieldId("plannedDate"));
    assertEquals("crisisResources", DischargeEditorView.fieldId("crisisResourcesGiven"));
    assertEquals("checklist[0].reason", DischargeEditorView.fieldId("planReviewedReason"));
    assertEquals("checklist[3].reason", DischargeEditorView.fieldId("firstAppointmentReason"));
    assertEquals(
        "appointments[2].provider", DischargeEditorView.fieldId("appointments[2].provider"));
  }

  @Test
  void aRefusalOfThePlanAsAWholeGoesToTheTopOfThePage() {
    assertNull(DischargeEditorView.fieldId("discharge"));
    assertNull(DischargeEditorView.fieldId("approval"));
    assertNull(DischargeEditorView.fieldId("appointments"));
  }

  @Test
  void anyChangeTypedSinceTheSaveIsNoticedBeforeApproval() {
    DischargeForm saved = form();
    assertTrue(DischargeEditorView.same(saved.copy(), saved));

    DischargeForm reason = saved.copy();
    reason.setLethalMeansReason("Declined to talk about it today.");
    assertFalse(DischargeEditorView.same(reason, saved));

    DischargeForm phone = saved.copy();
    phone.getAppointments().get(0).setPhone("(312) 555-0100");
    assertFalse(DischargeEditorView.same(phone, saved));

    DischargeForm added = saved.copy();
    added.addAppointment();
    assertFalse(DischargeEditorView.same(added, saved));
  }

  private static DischargeForm form() {
    DischargeForm f = new DischargeForm();
    f.setPlannedDate(LocalDate.of(2026, 12, 3));
    f.setKind(DischargeKind.PLANNED);
    f.setReason("Goals met.");
    f.setCrisisResourcesGiven(true);
    f.getAppointments()
        .add(
            new AppointmentForm(
                LocalDate.of(2026, 12, 5), LocalTime.of(14, 0), "Northside", true, null, null));
    return f;
  }
}
