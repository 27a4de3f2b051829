package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyGrant;
import org.waypoint.access.EmergencyReason;
import org.waypoint.access.EmergencyRequest;
import org.waypoint.access.EmergencyReviewItem;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;

/** Breaking the glass: a reason, a time limit, the audit trail and a supervisor's review. */
@ExtendWith(ArquillianExtension.class)
class EmergencyAccessIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(EmergencyAccessIT.class, Staff.class, AuditProbe.class);
  }

  private static ClientService clients() {
    return Services.ejb(ClientService.class);
  }

  private static EmergencyAccessService emergencies() {
    return Services.ejb(EmergencyAccessService.class);
  }

  /** A new Partial Hospitalization client: outside Dana's programs and caseload. */
  private static ClientProfile newClientOutsideDanasReach() throws Exception {
    ProgramOption php =
        Staff.INTAKE.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals("Partial Hospitalization"))
            .findFirst()
            .orElseThrow();
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName("Glass");
    form.setLegalLastName(TestNames.uniqueLastName("Emergency"));
    form.setDateOfBirth(LocalDate.of(1990, 1, 2));
    form.setProgramId(php.id());
    form.setStatus(ClientStatus.REFERRED);
    return Staff.INTAKE.call(() -> clients().register(form));
  }

  private static EmergencyRequest request(EmergencyReason reason, String details) {
    EmergencyRequest request = new EmergencyRequest();
    request.setReason(reason);
    request.setDetails(details);
    request.setConfirmed(true);
    return request;
  }

  @Test
  void withAReasonAClinicianOpensAChartForFourHoursAndASupervisorReviewsIt() throws Exception {
    ClientProfile client = newClientOutsideDanasReach();
    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN.call(() -> clients().profile(client.id())));

    EmergencyGrant grant =
        Staff.CLINICIAN.call(
            () ->
                emergencies()
                    .open(
                        client.id(),
                        request(EmergencyReason.CRISIS, "Client called the crisis line tonight")));

    Duration lasts = Duration.between(Instant.now(), grant.expiresAt());
    assertTrue(
        lasts.compareTo(Duration.ofHours(4)) <= 0 && lasts.toMinutes() > 235, lasts.toString());
    assertEquals(client, Staff.CLINICIAN.call(() -> clients().profile(client.id())));
    assertEquals(1, probe().countEvents("EMERGENCY_ACCESS", "clinician", client.id()));

    List<EmergencyReviewItem> waiting = Staff.SUPERVISOR.call(() -> emergencies().toReview(0, 100));
    EmergencyReviewItem mine =
        waiting.stream().filter(g -> g.clientId() == client.id()).findFirst().orElseThrow();
    assertEquals("clinician", mine.username());
    assertEquals(EmergencyReason.CRISIS, mine.reason());

    Staff.SUPERVISOR.call(
        () -> {
          emergencies().review(client.id(), mine.id(), "Appropriate: crisis call");
          return null;
        });
    assertTrue(
        Staff.SUPERVISOR.call(() -> emergencies().toReview(0, 100)).stream()
            .noneMatch(g -> g.id() == mine.id()));
  }

  @Test
  void withoutAReasonNothingIsOpened() throws Exception {
    ClientProfile client = newClientOutsideDanasReach();
    EmergencyRequest vague = request(null, "  ");
    vague.setConfirmed(false);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> Staff.CLINICIAN.call(() -> emergencies().open(client.id(), vague)));

    assertEquals(3, refused.fieldErrors().size(), refused.fieldErrors().toString());
    assertThrows(
        AccessDeniedException.class,
        () -> Staff.CLINICIAN.call(() -> clients().profile(client.id())));
  }

  @Test
  void oneUsersEmergencyAccessOpensNothingForAnother() throws Exception {
    ClientProfile client = newClientOutsideDanasReach();
    Staff.CLINICIAN.call(
        () ->
            emergencies()
                .open(
                    client.id(), request(EmergencyReason.COVERING, "Covering the evening shift")));

    assertNotNull(Staff.CLINICIAN.call(() -> clients().profile(client.id())));
    assertThrows(
        EJBAccessException.class,
        () ->
            Staff.ADMIN.call(
                () ->
                    emergencies()
                        .open(client.id(), request(EmergencyReason.OTHER, "Just curious today"))));
  }

  private static AuditProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/AuditProbe!" + AuditProbe.class.getName(),
        AuditProbe.class);
  }
}
