package org.waypoint.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.waypoint.center.CenterSettings;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInWriter;
import org.waypoint.checkin.ContactMode;
import org.waypoint.client.Client;
import org.waypoint.discharge.AppointmentForm;
import org.waypoint.discharge.CallOutcome;
import org.waypoint.discharge.ChecklistItem;
import org.waypoint.discharge.Discharge;
import org.waypoint.discharge.DischargeChecklist;
import org.waypoint.discharge.DischargeForm;
import org.waypoint.discharge.DischargeKind;
import org.waypoint.discharge.DischargeWriter;
import org.waypoint.discharge.DueDischarges;
import org.waypoint.discharge.FollowUpCall;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.SafetyPlanVersion;
import org.waypoint.safetyplan.SafetyPlanWriter;
import org.waypoint.safetyplan.VersionDetails;

/**
 * The demo's discharges (issue 14):
 *
 * <ul>
 *   <li>Hughes (Partial Hospitalization, Marcus Lee's client) was discharged 14 days ago with a
 *       discharge approved by Renée Park; of the follow-up calls, the 72-hour one reached the
 *       client (a Low phone check-in), the week-1 one left a message, the two-week one is due today
 *       (so the dashboards show a due call), the rest are ahead;
 *   <li>Kowalski (Spanish-speaking, Partial Hospitalization) has a safety plan written in Spanish
 *       and a draft discharge in five days, not approved: the Spanish DRAFT discharge plan;
 *   <li>Jensen (Residential, Dana Whitfield's client) has a draft discharge in three days prepared
 *       by Dana with the checklist complete, for a supervisor to approve ({@code
 *       DischargeBrowserIT}).
 * </ul>
 */
@Dependent
public class DemoDischarges {

  /** How many days ago Hughes was discharged; his check-in history ends that morning. */
  static final int HUGHES_DAYS_AGO = 14;

  /**
   * @param today the center's date
   * @param zone the center's time zone
   * @return the moment Hughes was discharged
   */
  static Instant hughesDischarged(LocalDate today, ZoneId zone) {
    return at(today.minusDays(HUGHES_DAYS_AGO), 9, zone);
  }

  @PersistenceContext private EntityManager em;
  @Inject private DischargeWriter discharges;
  @Inject private DueDischarges due;
  @Inject private SafetyPlanWriter plans;
  @Inject private CheckInWriter checkIns;
  @Inject private CenterSettings center;

  /**
   * @param now the time now
   * @param zone the center's time zone
   */
  void write(Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    hughes(today, now, zone);
    kowalski(today, now, zone);
    jensen(today, now, zone);
  }

  private void hughes(LocalDate today, Instant now, ZoneId zone) {
    Client client = client("Hughes");
    LocalDate planned = later(today.minusDays(HUGHES_DAYS_AGO), client.getAdmissionDate());
    DischargeForm form = new DischargeForm();
    form.setPlannedDate(planned);
    form.setKind(DischargeKind.PLANNED);
    form.setReason(
        "Treatment goals met: no self-harm for five weeks, using the safety plan. Steps down to"
            + " weekly outpatient therapy.");
    form.setLethalMeans(
        "Mother keeps the prescription medication in a locked box; no firearms in the home.");
    form.setCrisisResourcesGiven(true);
    form.getAppointments()
        .add(
            new AppointmentForm(
                planned.plusDays(2),
                LocalTime.of(10, 0),
                "Dr. Amy Chen, Lakeshore Outpatient Clinic",
                false,
                "1200 N Clark St, Suite 300, Chicago, IL 60610",
                "(312) 555-0142"));
    explainUnmet(form, client, today);
    String clinician = username(client);
    Discharge d =
        discharges.start(client.getId(), form, zone, clinician, at(planned.minusDays(3), 15, zone));
    discharges.approve(d, center.followUpDays(), "supervisor", at(planned.minusDays(2), 11, zone));
    due.apply(today, at(planned, 9, zone));
    em.refresh(client);
    List<FollowUpCall> calls =
        em.createQuery(
                "select f from FollowUpCall f where f.dischargeId = :d order by f.number",
                FollowUpCall.class)
            .setParameter("d", d.getId())
            .getResultList();
    for (FollowUpCall call : calls) {
      if (!call.getDueDate().isBefore(today)) {
        break;
      }
      Instant at = at(call.getDueDate(), 11, zone);
      if (call.getNumber() == 1) {
        CheckInAnswers answers = calm();
        CheckInWriter.Written written =
            checkIns.write(client, answers, null, at, clinician, call.getDueDate());
        discharges.record(
            call,
            CallOutcome.REACHED,
            "Doing well; saw Dr. Chen. Next call in four days.",
            clinician,
            at,
            written.checkIn().getId());
      } else {
        discharges.record(
            call,
            CallOutcome.MESSAGE_LEFT,
            "Left a voicemail with the crisis line number; try again at the next call.",
            clinician,
            at,
            null);
      }
    }
  }

  private void kowalski(LocalDate today, Instant now, ZoneId zone) {
    Client client = client("Kowalski");
    String clinician = username(client);
    Random random = new Random(14_010L);
    List<PlanEntry> entries = new ArrayList<>();
    entries.add(
        text(random, PlanPart.WARNING_SIGNS, "Cuando no duermo y me encierro en mi cuarto."));
    entries.add(text(random, PlanPart.WARNING_SIGNS, "Pensar que soy una carga para mi familia."));
    entries.add(
        text(random, PlanPart.COPING_ALONE, "Darme una ducha caliente y respirar despacio."));
    entries.add(text(random, PlanPart.COPING_ALONE, "Escribir en mi cuaderno lo que siento."));
    entries.add(text(random, PlanPart.DISTRACTIONS, "Caminar con mi perro Piñón por el parque."));
    entries.add(text(random, PlanPart.DISTRACTIONS, "Ir a la panadería de la esquina con mi tía."));
    entries.add(
        entry(random, PlanPart.PEOPLE_TO_ASK, "Begoña Kowalski", "mi hermana", "(773) 555-0310"));
    entries.add(entry(random, PlanPart.PEOPLE_TO_ASK, "Iñaki Ruiz", "mi amigo", "(773) 555-0377"));
    entries.add(
        entry(random, PlanPart.PROFESSIONALS, "Dra. Núñez", "mi terapeuta", "(312) 555-0188"));
    entries.add(
        entry(random, PlanPart.PROFESSIONALS, "988 Línea de Crisis (oprima 2)", null, "988"));
    entries.add(
        new PlanEntry(
            key(random),
            PlanPart.SAFER_SURROUNDINGS,
            "Las pastillas están guardadas bajo llave.",
            null,
            null,
            "Begoña, mi hermana"));
    entries.add(text(random, PlanPart.REASONS_FOR_LIVING, "Mi sobrina Sofía y verla crecer."));
    entries.add(text(random, PlanPart.REASONS_FOR_LIVING, "Terminar mis estudios de enfermería."));
    VersionDetails details = new VersionDetails();
    details.setReviewedWithClient(true);
    details.setAcknowledgement(Acknowledgement.VERBAL);
    details.setAcknowledgedWith("Marcus Lee");
    details.setNote("Written with the client in Spanish, in their own words.");
    LocalDate written = today.minusDays(2);
    plans.write(
        client.getId(),
        entries,
        details,
        earlier(at(written, 14, zone), now),
        clinician,
        written.plusDays(SafetyPlanService.REVIEW_DAYS));
    LocalDate planned = today.plusDays(5);
    DischargeForm form = new DischargeForm();
    form.setPlannedDate(planned);
    form.setKind(DischargeKind.PLANNED);
    form.setReason(
        "Goals of the partial program met; continues with outpatient therapy in Spanish.");
    form.setLethalMeans(
        "Su hermana Begoña guarda los medicamentos bajo llave; no hay armas en casa.");
    form.setCrisisResourcesGiven(true);
    form.getAppointments()
        .add(
            new AppointmentForm(
                planned.plusDays(3),
                LocalTime.of(10, 30),
                "Dra. Núñez, Clínica Comunitaria La Esperanza",
                false,
                "2500 S Pulaski Rd, Chicago, IL 60623",
                "(312) 555-0188"));
    form.getAppointments()
        .add(
            new AppointmentForm(
                planned.plusDays(10),
                LocalTime.of(16, 0),
                "Grupo de apoyo «Mañana»",
                true,
                "Videollamada: el enlace llega por mensaje de texto",
                null));
    discharges.start(client.getId(), form, zone, clinician, earlier(at(today, 9, zone), now));
  }

  private void jensen(LocalDate today, Instant now, ZoneId zone) {
    Client client = client("Jensen");
    String clinician = username(client);
    SafetyPlanVersion latest = plans.latest(client.getId());
    if (latest != null) {
      // reviewed with the client again yesterday: the checklist's plan review is met
      VersionDetails details = new VersionDetails();
      details.setReviewedWithClient(true);
      details.setAcknowledgement(Acknowledgement.VERBAL);
      details.setAcknowledgedWith("Dana Whitfield");
      details.setNote("Reviewed before discharge; nothing to change.");
      LocalDate reviewed = today.minusDays(1);
      plans.write(
          client.getId(),
          latest.entries(),
          details,
          earlier(at(reviewed, 14, zone), now),
          clinician,
          reviewed.plusDays(SafetyPlanService.REVIEW_DAYS));
    }
    LocalDate planned = later(today.plusDays(3), client.getAdmissionDate());
    DischargeForm form = new DischargeForm();
    form.setPlannedDate(planned);
    form.setKind(DischargeKind.PLANNED);
    form.setReason("Stable for three weeks; ready for the intensive outpatient program.");
    form.setLethalMeans("Partner holds the car keys and the medication; razors removed.");
    form.setCrisisResourcesGiven(true);
    form.getAppointments()
        .add(
            new AppointmentForm(
                planned.plusDays(2),
                LocalTime.of(14, 0),
                "Northside Intensive Outpatient Program",
                true,
                "Video visit: the link comes by email",
                "(312) 555-0166"));
    explainUnmet(form, client, today);
    discharges.start(client.getId(), form, zone, clinician, earlier(at(today, 8, zone), now));
  }

  /** Gives a reason for each checklist item the demo record does not meet. */
  private void explainUnmet(DischargeForm form, Client client, LocalDate today) {
    List<LocalDate> reviews =
        em
            .createQuery(
                "select v.savedAt from SafetyPlanVersion v, SafetyPlan p where v.planId = p.id"
                    + " and p.clientId = :client and v.reviewedWithClient = true",
                Instant.class)
            .setParameter("client", client.getId())
            .getResultList()
            .stream()
            .map(at -> LocalDate.ofInstant(at, center.timeZone()))
            .toList();
    for (ChecklistItem item : DischargeChecklist.evaluate(form, reviews, today).missing()) {
      form.setItemReason(
          item, "Reviewed with the client by phone the day before discharge; no changes needed.");
    }
  }

  private static CheckInAnswers calm() {
    CheckInAnswers a = new CheckInAnswers();
    a.setContact(ContactMode.PHONE);
    a.setSelfHarm(false);
    a.setUrge(1);
    for (WarningSign sign : WarningSign.values()) {
      a.rate(sign, 0);
    }
    a.setSubstanceUse(SubstanceUse.NONE);
    a.setMeansAccess(false);
    a.setWishDead(false);
    a.setThoughts(false);
    a.setBehavior(false);
    a.setSupportContacted(true);
    return a;
  }

  private static PlanEntry text(Random random, PlanPart part, String text) {
    return new PlanEntry(key(random), part, text, null, null, null);
  }

  private static PlanEntry entry(
      Random random, PlanPart part, String name, String relationship, String phone) {
    return new PlanEntry(key(random), part, name, relationship, phone, null);
  }

  private static String key(Random random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private static String username(Client client) {
    return client.getPrimaryClinician() != null
        ? client.getPrimaryClinician().getUsername()
        : "clinician";
  }

  private static LocalDate later(LocalDate day, LocalDate admitted) {
    return admitted != null && day.isBefore(admitted) ? admitted : day;
  }

  private static Instant earlier(Instant at, Instant now) {
    return at.isAfter(now) ? now.minus(1, ChronoUnit.HOURS) : at;
  }

  private static Instant at(LocalDate day, int hour, ZoneId zone) {
    return day.atTime(hour, 0).atZone(zone).toInstant();
  }

  private Client client(String lastName) {
    return em.createQuery("select c from Client c where c.legalLastName = :n", Client.class)
        .setParameter("n", lastName)
        .getSingleResult();
  }
}
