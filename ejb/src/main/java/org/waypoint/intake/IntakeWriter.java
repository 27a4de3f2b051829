package org.waypoint.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.client.Client;
import org.waypoint.client.ClientRegistrar;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientStatus;
import org.waypoint.client.RiskRecorder;
import org.waypoint.program.Program;
import org.waypoint.risk.RiskSource;
import org.waypoint.security.StaffUser;

/**
 * Writes intakes in the caller's transaction. Checks nothing: {@link IntakeService} validates and
 * authorises first, and the demo loader writes only what it knows to be valid.
 */
@Dependent
public class IntakeWriter {

  @PersistenceContext private EntityManager em;
  @Inject private ClientRegistrar registrar;
  @Inject private RiskRecorder risks;

  /**
   * @param at when
   * @param by who (username)
   * @return a new intake, saved
   */
  public Intake start(Instant at, String by) {
    Intake intake = new Intake(at, by);
    em.persist(intake);
    return intake;
  }

  /**
   * Writes one step and notes whether it is complete.
   *
   * @param intake the intake
   * @param section the step
   * @param at when
   * @param by who (username)
   */
  public void save(Intake intake, IntakeSection section, Instant at, String by) {
    section.applyTo(intake);
    Map<String, String> missing = new LinkedHashMap<>();
    section.missing(missing);
    intake.stepSaved(section.step(), missing.isEmpty());
    intake.touched(at, by);
  }

  /**
   * Writes the program-and-clinician step.
   *
   * @param intake the intake
   * @param placement the step, with the ids of the program and clinician below
   * @param program the program, or {@code null}
   * @param clinician the primary clinician, or {@code null}
   * @param at when
   * @param by who (username)
   */
  public void place(
      Intake intake,
      PlacementSection placement,
      Program program,
      StaffUser clinician,
      Instant at,
      String by) {
    intake.program = program;
    intake.primaryClinician = clinician;
    save(intake, placement, at, by);
  }

  /**
   * Registers the client of a complete intake as active and gives them the screening's risk level.
   *
   * @param intake a complete intake
   * @param admissionDate the admission date
   * @param at when
   * @param by who (username)
   * @return the new client
   */
  public Client admit(Intake intake, LocalDate admissionDate, Instant at, String by) {
    IntakeRecord record = new IntakeRecord(intake, Map.of(), null);
    Client client =
        registrar.register(
            registration(record, admissionDate), intake.program, intake.primaryClinician, at, by);
    em.flush();
    risks.record(client, record.screeningFinding(), RiskSource.INTAKE_SCREENING, at, by);
    intake.admitted(client, admissionDate);
    intake.touched(at, by);
    return client;
  }

  /**
   * @param intake an intake
   * @param admissionDate the admission date
   * @return the client registration the intake's demographics and placement make
   */
  static ClientRegistration registration(IntakeRecord intake, LocalDate admissionDate) {
    DemographicsSection d = intake.demographics();
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName(d.getLegalFirstName());
    form.setLegalLastName(d.getLegalLastName());
    form.setPreferredName(d.getPreferredName());
    form.setPronouns(d.getPronouns());
    form.setDateOfBirth(d.getDateOfBirth());
    form.setPhone(d.getPhone());
    form.setLanguage(d.getLanguage());
    form.setProgramId(intake.placement().getProgramId());
    form.setPrimaryClinicianId(intake.placement().getPrimaryClinicianId());
    form.setStatus(ClientStatus.ACTIVE);
    form.setAdmissionDate(admissionDate);
    return form;
  }
}
