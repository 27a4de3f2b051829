package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.precaution.ObservationLevel;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.precaution.PrecautionKind;
import org.waypoint.precaution.PrecautionRequest;
import org.waypoint.precaution.PrecautionService;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.security.StaffOption;

/** Precautions: who may set them, one observation level at a time, and a complete history. */
@ExtendWith(ArquillianExtension.class)
class PrecautionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(PrecautionIT.class, Staff.class);
  }

  private static PrecautionService precautions() {
    return Services.ejb(PrecautionService.class);
  }

  /** A new residential client of Dana Whitfield (clinician). */
  private static ClientProfile newClient() throws Exception {
    ClientService clients = Services.ejb(ClientService.class);
    ProgramOption residential =
        Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals("Residential"))
            .findFirst()
            .orElseThrow();
    StaffOption dana =
        Staff.INTAKE.call(clients::clinicians).stream()
            .filter(s -> s.displayName().equals("Dana Whitfield"))
            .findFirst()
            .orElseThrow();
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName("Rowan");
    form.setLegalLastName(TestNames.uniqueLastName("Precautionperson"));
    form.setDateOfBirth(LocalDate.of(1995, 2, 3));
    form.setProgramId(residential.id());
    form.setPrimaryClinicianId(dana.id());
    form.setStatus(ClientStatus.ACTIVE);
    form.setAdmissionDate(TestNames.centerToday());
    return Staff.INTAKE.call(() -> clients.register(form));
  }

  private static PrecautionRequest observation(ObservationLevel level) {
    PrecautionRequest r = new PrecautionRequest();
    r.setKind(PrecautionKind.OBSERVATION);
    r.setObservationLevel(level);
    return r;
  }

  @Test
  void aNewObservationLevelEndsThePreviousOneAndTheHistoryKeepsBoth() throws Exception {
    long client = newClient().id();
    Staff.CLINICIAN.call(
        () -> precautions().start(client, observation(ObservationLevel.EVERY_15_MINUTES)));
    List<PrecautionEntry> now =
        Staff.SUPERVISOR.call(
            () -> precautions().start(client, observation(ObservationLevel.ONE_TO_ONE)));

    List<PrecautionEntry> active = now.stream().filter(PrecautionEntry::active).toList();
    assertEquals(1, active.size());
    assertEquals(ObservationLevel.ONE_TO_ONE, active.get(0).observationLevel());
    assertEquals("Renée Park", active.get(0).startedBy());
    PrecautionEntry replaced = now.stream().filter(p -> !p.active()).findFirst().orElseThrow();
    assertEquals(ObservationLevel.EVERY_15_MINUTES, replaced.observationLevel());
    assertEquals("Dana Whitfield", replaced.startedBy());
    assertEquals("Renée Park", replaced.endedBy());
    assertEquals("Replaced by observation one-to-one", replaced.endNote());
    assertNotNull(replaced.endedAt());
  }

  @Test
  void endingAPrecautionKeepsItWithWhoEndedItAndWhy() throws Exception {
    long client = newClient().id();
    PrecautionRequest sharps = new PrecautionRequest();
    sharps.setKind(PrecautionKind.SHARPS);
    sharps.setDetails("Razors at the nurses' station");
    sharps.setUntil(TestNames.centerToday().plusDays(3).atTime(9, 0));
    PrecautionEntry started =
        Staff.CLINICIAN.call(() -> precautions().start(client, sharps)).get(0);
    assertTrue(started.active());
    assertNotNull(started.endsAt());

    List<PrecautionEntry> after =
        Staff.CLINICIAN.call(
            () ->
                precautions().end(client, started.id(), started.version(), "Safety plan reviewed"));
    PrecautionEntry ended = after.get(0);
    assertFalse(ended.active());
    assertEquals("Dana Whitfield", ended.endedBy());
    assertEquals("Safety plan reviewed", ended.endNote());

    InvalidInputException again =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(
                    () -> precautions().end(client, started.id(), started.version(), null)));
    assertTrue(again.fieldErrors().get("endNote").contains("already ended"));
    assertEquals(1, Staff.INTAKE.call(() -> precautions().precautions(client)).size());
  }

  @Test
  void badRequestsAreRefusedWithAMessagePerFieldAndSaveNothing() throws Exception {
    long client = newClient().id();
    PrecautionRequest empty = new PrecautionRequest();
    assertEquals(
        Set.of("kind"),
        assertThrows(
                InvalidInputException.class,
                () -> Staff.CLINICIAN.call(() -> precautions().start(client, empty)))
            .fieldErrors()
            .keySet());
    PrecautionRequest noLevel = observation(null);
    noLevel.setUntil(TestNames.centerToday().minusDays(1).atTime(9, 0));
    assertEquals(
        Set.of("observationLevel", "until"),
        assertThrows(
                InvalidInputException.class,
                () -> Staff.CLINICIAN.call(() -> precautions().start(client, noLevel)))
            .fieldErrors()
            .keySet());
    PrecautionRequest sharpsWithLevel = observation(ObservationLevel.ONE_TO_ONE);
    sharpsWithLevel.setKind(PrecautionKind.SHARPS);
    assertEquals(
        Set.of("observationLevel"),
        assertThrows(
                InvalidInputException.class,
                () -> Staff.CLINICIAN.call(() -> precautions().start(client, sharpsWithLevel)))
            .fieldErrors()
            .keySet(),
        "an observation level typed with another kind is not dropped silently");
    PrecautionRequest other = new PrecautionRequest();
    other.setKind(PrecautionKind.OTHER);
    assertEquals(
        Set.of("details"),
        assertThrows(
                InvalidInputException.class,
                () -> Staff.CLINICIAN.call(() -> precautions().start(client, other)))
            .fieldErrors()
            .keySet());
    PrecautionRequest sharps = new PrecautionRequest();
    sharps.setKind(PrecautionKind.SHARPS);
    Staff.CLINICIAN.call(() -> precautions().start(client, sharps));
    assertEquals(
        "A sharps restriction is already in force.",
        assertThrows(
                InvalidInputException.class,
                () -> Staff.CLINICIAN.call(() -> precautions().start(client, sharps)))
            .fieldErrors()
            .get("kind"));
    assertEquals(1, Staff.CLINICIAN.call(() -> precautions().precautions(client)).size());
  }

  @Test
  void intakeStaffSeePrecautionsButDoNotSetThem() throws Exception {
    long client = newClient().id();
    assertThrows(
        EJBAccessException.class,
        () ->
            Staff.INTAKE.call(
                () -> precautions().start(client, observation(ObservationLevel.ROUTINE))));
    assertEquals(List.of(), Staff.INTAKE.call(() -> precautions().precautions(client)));
  }
}
