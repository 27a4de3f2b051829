package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.client.Mrn;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.report.FaceSheetData;

/** The client registry's rules, checked at the service, as each role. */
@ExtendWith(ArquillianExtension.class)
class ClientRegistryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(ClientRegistryIT.class, Staff.class);
  }

  private static ClientService clients() {
    return Services.ejb(ClientService.class);
  }

  /** A last name no other test or earlier run uses. */
  private static String uniqueLastName() {
    return TestNames.uniqueLastName("Testperson");
  }

  private static ClientRegistration validForm(String lastName) throws Exception {
    List<ProgramOption> programs =
        Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs());
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName("Robin");
    form.setLegalLastName(lastName);
    form.setPronouns("they/them");
    form.setDateOfBirth(LocalDate.of(1999, 4, 12));
    form.setPhone("(312) 555-0199");
    // by name: other tests add programs of their own (RoleDayIT's days)
    form.setProgramId(
        programs.stream()
            .filter(p -> p.name().equals("Intensive Outpatient"))
            .findFirst()
            .orElseThrow()
            .id());
    form.setStatus(ClientStatus.ACTIVE);
    form.setAdmissionDate(LocalDate.now().minusDays(1));
    return form;
  }

  private static long countByName(Staff who, String lastName) throws Exception {
    return who.call(
        () ->
            clients().count(new ClientQuery(lastName, null, null, ClientQuery.SortBy.NAME, true)));
  }

  @Test
  void intakeRegistersAClientWithAGeneratedMrn() throws Exception {
    String lastName = uniqueLastName();
    ClientProfile client = Staff.INTAKE.call(() -> clients().register(validForm(lastName)));

    assertTrue(Mrn.isValid(client.mrn()), client.mrn());
    assertEquals(lastName, client.legalLastName());
    assertEquals("intake", client.registeredBy());
    assertEquals(1, countByName(Staff.INTAKE, lastName));
    assertEquals(client, Staff.SUPERVISOR.call(() -> clients().profile(client.id())));
  }

  @Test
  void invalidRegistrationIsRefusedFieldByFieldAndPersistsNothing() throws Exception {
    String lastName = uniqueLastName();
    ClientRegistration form = validForm(lastName);
    form.setDateOfBirth(LocalDate.now().plusDays(3));
    form.setPhone("call me maybe");
    form.setAdmissionDate(null);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> Staff.INTAKE.call(() -> clients().register(form)));

    assertEquals(
        List.of("dateOfBirth", "phone", "admissionDate"),
        List.copyOf(refused.fieldErrors().keySet()),
        refused.fieldErrors().toString());
    assertEquals(0, countByName(Staff.SUPERVISOR, lastName));
  }

  @Test
  void aSecondRegistrationOfTheSamePersonIsRefused() throws Exception {
    String lastName = uniqueLastName();
    ClientProfile first = Staff.INTAKE.call(() -> clients().register(validForm(lastName)));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.INTAKE.call(() -> clients().register(validForm(lastName))));

    assertTrue(refused.fieldErrors().get("legalLastName").contains(first.mrn()));
    assertEquals(1, countByName(Staff.SUPERVISOR, lastName));
  }

  @Test
  void searchIgnoresCaseAndAccentsMatchesPreferredNamesAndDatesOfBirth() throws Exception {
    String unique = uniqueLastName().substring("Testperson".length());
    ClientRegistration form = validForm("Núñez-Ångström" + unique);
    form.setLegalFirstName("Zoë");
    form.setPreferredName("Zed" + unique);
    form.setDateOfBirth(LocalDate.of(1987, 3, 14));
    ClientProfile client = Staff.INTAKE.call(() -> clients().register(form));

    for (String typed :
        List.of(
            "nunez-angstrom" + unique,
            "NÚÑEZ-ANGSTROM" + unique.toUpperCase(java.util.Locale.ROOT),
            "zoe nunez-angstrom" + unique,
            "zed" + unique,
            "angstrom" + unique.substring(0, 3))) {
      assertTrue(
          searchAs(Staff.INTAKE, typed).stream().anyMatch(c -> c.id() == client.id()),
          "\"" + typed + "\" finds the client");
    }
    assertFalse(
        searchAs(Staff.INTAKE, "oe nunez" + unique).stream().anyMatch(c -> c.id() == client.id()),
        "a word matches from its start");
    for (String date : List.of("03/14/1987", "3/14/1987", "1987-03-14")) {
      assertTrue(searchAs(Staff.INTAKE, date).stream().anyMatch(c -> c.id() == client.id()), date);
      assertTrue(
          searchAs(Staff.INTAKE, date).stream()
              .allMatch(c -> c.dateOfBirth().equals(LocalDate.of(1987, 3, 14))),
          "only clients born that day: " + date);
    }
    assertTrue(
        searchAs(Staff.INTAKE, client.mrn().toLowerCase(java.util.Locale.ROOT)).stream()
            .anyMatch(c -> c.id() == client.id()));
    assertTrue(
        searchAs(Staff.CLINICIAN2, "zed" + unique).isEmpty(),
        "a clinician finds only clients within reach (this one is outside Marcus Lee's program)");
  }

  @Test
  void listsSortByRiskLevelMostUrgentFirst() throws Exception {
    List<ClientProfile> page =
        Staff.SUPERVISOR.call(
            () ->
                clients()
                    .search(
                        ClientQuery.all().orderedBy(ClientQuery.SortBy.RISK_LEVEL, false),
                        0,
                        ClientService.MAX_PAGE_SIZE));
    List<Integer> ranks =
        page.stream().map(c -> c.riskLevel() == null ? -1 : c.riskLevel().ordinal()).toList();
    List<Integer> sorted = new java.util.ArrayList<>(ranks);
    sorted.sort(java.util.Comparator.reverseOrder());
    assertEquals(sorted, ranks);
    // the demo's current levels depend on when it was loaded (a PostgreSQL run at 20:21 center
    // time found its imminent check-ins all superseded): ask for a mix, not for one level
    assertTrue(ranks.stream().distinct().count() >= 3, "the page mixes risk levels: " + ranks);
  }

  private static List<ClientProfile> searchAs(Staff who, String text) throws Exception {
    return who.call(
        () ->
            clients()
                .search(
                    new ClientQuery(text, null, null, ClientQuery.SortBy.NAME, true),
                    0,
                    ClientService.MAX_PAGE_SIZE));
  }

  @Test
  void aClinicianMayNotRegisterClients() throws Exception {
    String lastName = uniqueLastName();
    ClientRegistration form = validForm(lastName);

    assertThrows(
        EJBAccessException.class, () -> Staff.CLINICIAN.call(() -> clients().register(form)));
    assertEquals(0, countByName(Staff.SUPERVISOR, lastName));
  }

  @Test
  void anAdministratorReachesNoClientInformation() {
    assertThrows(
        EJBAccessException.class,
        () -> Staff.ADMIN.call(() -> clients().search(ClientQuery.all(), 0, 10)));
    assertThrows(
        EJBAccessException.class, () -> Staff.ADMIN.call(() -> clients().count(ClientQuery.all())));
    assertThrows(EJBAccessException.class, () -> Staff.ADMIN.call(() -> clients().profile(1)));
  }

  @Test
  void aClinicianSeesTheirCaseloadAndTheirProgramsOnly() throws Exception {
    List<ClientProfile> seen =
        Staff.CLINICIAN.call(() -> clients().search(ClientQuery.all(), 0, 100));
    long everyone = Staff.SUPERVISOR.call(() -> clients().count(ClientQuery.all()));

    assertFalse(seen.isEmpty());
    assertTrue(seen.size() < everyone, seen.size() + " of " + everyone);
    // Dana is assigned to Residential and Intensive Outpatient; other tests may have given her
    // emergency access to a client elsewhere, which also lists that client for her
    for (ClientProfile c : seen) {
      boolean reached =
          "Dana Whitfield".equals(c.primaryClinicianName())
              || List.of("Residential", "Intensive Outpatient").contains(c.programName())
              || Staff.CLINICIAN.call(
                  () -> Services.ejb(EmergencyAccessService.class).activeGrant(c.id()).isPresent());
      assertTrue(reached, c.mrn() + " " + c.programName());
    }
    assertEquals(
        seen.size(), (long) Staff.CLINICIAN.call(() -> clients().count(ClientQuery.all())));
  }

  @Test
  void aSupervisorWhoAlsoCarriesACaseloadFindsTheirOwnCaseloadOnTheirDashboard() throws Exception {
    String[] both = {"CLINICIAN", "SUPERVISOR"};
    List<ClientProfile> own =
        Services.callerSwitch()
            .as("clinician", both, () -> clients().search(ClientQuery.ownCaseload(null), 0, 100));
    long reached =
        Services.callerSwitch().as("clinician", both, () -> clients().count(ClientQuery.all()));

    assertFalse(own.isEmpty());
    assertTrue(own.size() < reached, own.size() + " of " + reached);
    own.forEach(c -> assertEquals("Dana Whitfield", c.primaryClinicianName(), c.mrn()));
  }

  @Test
  void aClinicianIsRefusedAChartOutsideTheirCaseload() throws Exception {
    ClientProfile other =
        Staff.CLINICIAN2.call(() -> clients().search(ClientQuery.all(), 0, 1)).get(0);

    AccessDeniedException refused =
        assertThrows(
            AccessDeniedException.class,
            () -> Staff.CLINICIAN.call(() -> clients().profile(other.id())));
    assertFalse(refused.getMessage().contains(other.legalLastName()));
    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN.call(() -> clients().faceSheet(other.id())));
    assertNotNull(Staff.CLINICIAN2.call(() -> clients().profile(other.id())));
  }

  @Test
  void theFaceSheetIsStampedWithWhoPrintedIt() throws Exception {
    ClientProfile mine =
        Staff.CLINICIAN.call(() -> clients().search(ClientQuery.all(), 0, 1)).get(0);

    FaceSheetData sheet = Staff.CLINICIAN.call(() -> clients().faceSheet(mine.id()));

    assertEquals(mine.mrn(), sheet.mrn());
    assertEquals("Dana Whitfield", sheet.printedBy());
  }

  @Test
  void anUnknownClientIsNotFound() {
    assertThrows(
        ClientNotFoundException.class,
        () -> Staff.SUPERVISOR.call(() -> clients().profile(Long.MAX_VALUE)));
  }

  @Test
  void searchTreatsWildcardsAsText() throws Exception {
    assertEquals(
        0,
        (long)
            Staff.SUPERVISOR.call(
                () ->
                    clients()
                        .count(new ClientQuery("%", null, null, ClientQuery.SortBy.NAME, true))));
  }
}
