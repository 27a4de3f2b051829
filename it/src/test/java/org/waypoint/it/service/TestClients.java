package org.waypoint.it.service;

import java.time.LocalDate;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.program.ProgramService;

/** New clients for service tests, each with a name no other test uses. */
final class TestClients {

  private TestClients() {}

  /**
   * @param lastName the start of the client's last name
   * @return a new active Residential client of Dana Whitfield (clinician), within the supervisor's
   *     reach, registered by intake staff today
   */
  static long newResidentialClient(String lastName) throws Exception {
    return newClient(TestNames.uniqueLastName(lastName), "Residential", "Dana Whitfield");
  }

  /**
   * @param lastName the client's last name, as it is
   * @param program the name of the client's program
   * @param clinician the display name of the client's primary clinician
   * @return a new active client of that clinician in that program, registered by intake staff today
   */
  static long newClient(String lastName, String program, String clinician) throws Exception {
    ClientService clients = Services.ejb(ClientService.class);
    long programId =
        Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals(program))
            .findFirst()
            .orElseThrow()
            .id();
    long clinicianId =
        Staff.INTAKE.call(clients::clinicians).stream()
            .filter(s -> s.displayName().equals(clinician))
            .findFirst()
            .orElseThrow()
            .id();
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName("Sky");
    form.setLegalLastName(lastName);
    form.setDateOfBirth(LocalDate.of(2000, 5, 6));
    form.setProgramId(programId);
    form.setPrimaryClinicianId(clinicianId);
    form.setStatus(ClientStatus.ACTIVE);
    form.setAdmissionDate(TestNames.centerToday());
    ClientProfile client = Staff.INTAKE.call(() -> clients.register(form));
    return client.id();
  }
}
