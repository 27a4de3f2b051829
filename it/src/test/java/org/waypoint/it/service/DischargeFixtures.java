package org.waypoint.it.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.discharge.AppointmentForm;
import org.waypoint.discharge.DischargeDetail;
import org.waypoint.discharge.DischargeForm;
import org.waypoint.discharge.DischargeKind;
import org.waypoint.discharge.DischargeService;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.program.ProgramService;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.SaveOutcome;
import org.waypoint.safetyplan.VersionDetails;
import org.waypoint.safetyplan.VersionSummary;

/** Clients, plans and discharges for the discharge and follow-up call tests. */
final class DischargeFixtures {

  private DischargeFixtures() {}

  static DischargeService discharges() {
    return Services.ejb(DischargeService.class);
  }

  static DischargeProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/DischargeProbe!" + DischargeProbe.class.getName(),
        DischargeProbe.class);
  }

  static LocalDate today() {
    return TestNames.centerToday();
  }

  /**
   * @param lastName the start of the client's last name
   * @param daysInCare how many days ago the client was admitted
   * @return a new active Residential client of Dana Whitfield (clinician), within the supervisor's
   *     reach
   */
  static long client(String lastName, int daysInCare) throws Exception {
    ClientService clients = Services.ejb(ClientService.class);
    long residential =
        Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals("Residential"))
            .findFirst()
            .orElseThrow()
            .id();
    long dana =
        Staff.INTAKE.call(clients::clinicians).stream()
            .filter(s -> s.displayName().equals("Dana Whitfield"))
            .findFirst()
            .orElseThrow()
            .id();
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName("Rowan");
    form.setLegalLastName(TestNames.uniqueLastName(lastName));
    form.setDateOfBirth(LocalDate.of(1998, 2, 3));
    form.setPhone("(312) 555-0999");
    form.setProgramId(residential);
    form.setPrimaryClinicianId(dana);
    form.setStatus(ClientStatus.ACTIVE);
    form.setAdmissionDate(today().minusDays(daysInCare));
    ClientProfile client = Staff.INTAKE.call(() -> clients.register(form));
    return client.id();
  }

  /**
   * @param lastName a demo client's last name
   * @return the client's id
   */
  static long demoClient(String lastName) throws Exception {
    ClientService clients = Services.ejb(ClientService.class);
    ClientQuery query = new ClientQuery(lastName, null, null, ClientQuery.SortBy.NAME, true);
    return Staff.SUPERVISOR.call(() -> clients.search(query, 0, 10)).stream()
        .filter(c -> c.legalLastName().equals(lastName))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /** Writes a plan version reviewed with the client today, with two coping strategies. */
  static void reviewedPlan(long client) throws Exception {
    reviewedPlan(client, "Walk the dog");
  }

  /**
   * Writes a new version of the client's plan over the latest, reviewed with the client today: a
   * warning sign, something to do alone and the given distraction.
   *
   * @param client the client
   * @param distraction the distraction's words, which make the version differ from the last
   */
  static void reviewedPlan(long client, String distraction) throws Exception {
    reviewedPlan(
        new CoSignFixtures.Account("clinician", "Dana Whitfield", "CLINICIAN"),
        client,
        distraction);
  }

  /**
   * As {@link #reviewedPlan(long, String)}, written by the given clinician.
   *
   * @param clinician who writes it, and with whom the client acknowledged it
   * @param client the client
   * @param distraction the distraction's words
   */
  static void reviewedPlan(CoSignFixtures.Account clinician, long client, String distraction)
      throws Exception {
    SafetyPlanService plans = Services.ejb(SafetyPlanService.class);
    Integer latest =
        clinician.call(() -> plans.versions(client)).stream()
            .map(VersionSummary::number)
            .max(Integer::compare)
            .orElse(null);
    VersionDetails details = new VersionDetails();
    details.setReviewedWithClient(true);
    details.setAcknowledgement(Acknowledgement.VERBAL);
    details.setAcknowledgedWith(clinician.displayName());
    List<PlanEntry> entries =
        List.of(
            new PlanEntry("w1", PlanPart.WARNING_SIGNS, "Not sleeping", null, null, null),
            new PlanEntry("c1", PlanPart.COPING_ALONE, "Hold ice cubes", null, null, null),
            new PlanEntry("d1", PlanPart.DISTRACTIONS, distraction, null, null, null));
    SaveOutcome outcome = clinician.call(() -> plans.save(client, latest, entries, details));
    if (outcome.saved() == null) {
      throw new IllegalStateException("the plan version was not saved: " + outcome);
    }
  }

  /**
   * @param planned the planned date
   * @return a plan that meets every checklist item but the plan review, with one appointment two
   *     days after the planned date (or tomorrow, when that is past)
   */
  static DischargeForm complete(LocalDate planned) {
    DischargeForm form = new DischargeForm();
    form.setPlannedDate(planned);
    form.setKind(DischargeKind.PLANNED);
    form.setReason("Goals met; steps down to outpatient therapy.");
    form.setLethalMeans("Brother keeps the medication; no firearms at home.");
    form.setCrisisResourcesGiven(true);
    LocalDate day = planned.plusDays(2);
    form.getAppointments()
        .add(
            new AppointmentForm(
                day.isAfter(today()) ? day : today().plusDays(1),
                LocalTime.of(10, 0),
                "Dr. Amy Chen",
                false,
                "1200 N Clark St",
                "(312) 555-0142"));
    return form;
  }

  /**
   * A discharge prepared by the clinician with the checklist complete and approved by the
   * supervisor.
   *
   * @param client the client, with no discharge yet
   * @param planned the planned date
   * @return the discharge as approved
   */
  static DischargeDetail approved(long client, LocalDate planned) throws Exception {
    reviewedPlan(client);
    DischargeForm form = complete(planned);
    if (!planned.plusDays(7).isAfter(today())) {
      form.getAppointments().clear();
      form.setFirstAppointmentReason("Moved out of state; the new provider books the visit.");
    }
    DischargeDetail draft =
        Staff.CLINICIAN.call(() -> discharges().saveDraft(client, null, 0, form));
    return Staff.SUPERVISOR.call(
        () -> discharges().approve(client, draft.dischargeId(), draft.version()));
  }
}
