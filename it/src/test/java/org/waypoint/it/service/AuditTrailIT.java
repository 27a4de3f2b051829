package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditChains;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditRow;
import org.waypoint.audit.AuditTrail;
import org.waypoint.audit.AuditVerification;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.security.AccountService;

/** Reads, refusals and sign-ins are on the trail; the trail refuses change and reveals it. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        AuditTrailIT.class, Staff.class, AuditProbe.class, TestClients.class);
  }

  private static AuditProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/AuditProbe!" + AuditProbe.class.getName(),
        AuditProbe.class);
  }

  private static ClientService clients() {
    return Services.ejb(ClientService.class);
  }

  private static AuditVerification verify() throws Exception {
    return Staff.SUPERVISOR.call(() -> Services.ejb(AuditTrail.class).verify());
  }

  @Test
  void openingAChartIsRecordedWithWhoAndWhichClient() throws Exception {
    ClientProfile client =
        Staff.SUPERVISOR.call(() -> clients().search(ClientQuery.all(), 3, 1)).get(0);

    Staff.SUPERVISOR.call(() -> clients().profile(client.id()));

    AuditProbe.Row event = probe().newestForClient(client.id());
    assertEquals("CLIENT_VIEW", event.action());
    assertEquals("SUCCESS", event.outcome());
    assertEquals("supervisor", event.username());
    assertEquals("SUPERVISOR", event.roles());
  }

  @Test
  void aRefusedChartIsRecordedAsDenied() throws Exception {
    // a client of its own in clinician2's program: other tests may give clinician emergency
    // access to one of clinician2's clients
    long other =
        TestClients.newClient(
            TestNames.uniqueLastName("Outofreach"), "Partial Hospitalization", "Marcus Lee");

    assertThrows(
        AccessDeniedException.class, () -> Staff.CLINICIAN.call(() -> clients().profile(other)));

    AuditProbe.Row event = probe().newestForClient(other);
    assertEquals("DENIED", event.outcome(), "the refusal survives its transaction's rollback");
    assertEquals("clinician", event.username());
  }

  @Test
  void aCallRefusedForTheCallersRoleIsRecorded() throws Exception {
    assertThrows(
        EJBAccessException.class,
        () -> Staff.INTAKE.call(() -> Services.ejb(AuditTrail.class).verify()));

    AuditProbe.Row event = probe().newestForUser("intake");
    assertEquals("SERVICE_REFUSED", event.action());
    assertEquals("DENIED", event.outcome());
    assertEquals("role not permitted: AuditTrail.verify", event.detail());
  }

  @Test
  void aRefusedRegistrationIsRecordedAsARegistrationAttempt() throws Exception {
    assertThrows(
        EJBAccessException.class,
        () ->
            Staff.CLINICIAN.call(
                () -> clients().register(new org.waypoint.client.ClientRegistration())));

    AuditProbe.Row event = probe().newestForUser("clinician");
    assertEquals("CLIENT_REGISTER", event.action());
    assertEquals("DENIED", event.outcome());
  }

  @Test
  void aFailedSignInIsRecordedUnderTheTypedName() throws Exception {
    String typed = "nobody-" + System.nanoTime();
    Services.ejb(AccountService.class).verify(typed, "guess".toCharArray());

    AuditProbe.Row event = probe().newestForUser(typed);
    assertEquals("SIGN_IN", event.action());
    assertEquals("DENIED", event.outcome());
    assertEquals("no such account", event.detail());
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteAuditEvents() throws Exception {
    // a row to refuse: on an empty trail the statements would touch nothing and succeed
    ClientProfile client =
        Staff.SUPERVISOR.call(() -> clients().search(ClientQuery.all(), 0, 1)).get(0);
    Staff.SUPERVISOR.call(() -> clients().profile(client.id()));

    String update = probe().tryStatement("update audit_event set detail = 'rewritten'");
    String delete = probe().tryStatement("delete from audit_event");

    assertNotNull(update, "UPDATE was accepted");
    assertNotNull(delete, "DELETE was accepted");
    assertTrue(update.contains("audit events are final"), update);
    assertTrue(delete.contains("audit events are final"), delete);
  }

  @Test
  void theVerificationNamesAnEventAlteredBehindTheApplicationsBack() throws Exception {
    ClientProfile client =
        Staff.SUPERVISOR.call(() -> clients().search(ClientQuery.all(), 5, 1)).get(0);
    Staff.SUPERVISOR.call(() -> clients().profile(client.id()));
    AuditProbe.Row event = probe().newestForClient(client.id());
    assertTrue(verify().intact(), "intact before");

    probe().alterBehindTheApplicationsBack(event.id(), "nothing to see here");
    try {
      AuditVerification result = verify();
      assertEquals(event.id(), result.firstBrokenEventId());
      assertTrue(result.problem().contains("altered"), result.problem());
    } finally {
      probe().alterBehindTheApplicationsBack(event.id(), event.detail());
    }
    assertTrue(verify().intact(), "intact again once the original value is back");
  }

  @Test
  void theAuditListFiltersByClientAndActionInTheDatabase() throws Exception {
    ClientProfile client =
        Staff.SUPERVISOR.call(() -> clients().search(ClientQuery.all(), 7, 1)).get(0);
    Staff.SUPERVISOR.call(() -> clients().profile(client.id()));
    Staff.SUPERVISOR.call(() -> clients().faceSheet(client.id()));
    AuditQuery views =
        new AuditQuery(
            client.id(),
            "supervisor",
            AuditAction.CLIENT_VIEW,
            LocalDate.now().minusDays(1),
            LocalDate.now().plusDays(1),
            AuditQuery.SortBy.TIME,
            false);

    List<AuditRow> rows =
        Staff.SUPERVISOR.call(() -> Services.ejb(AuditTrail.class).search(views, 0, 50));
    long count = Staff.ADMIN.call(() -> Services.ejb(AuditTrail.class).count(views));

    assertFalse(rows.isEmpty());
    assertEquals(rows.size(), count);
    rows.forEach(
        r -> {
          assertEquals(client.id(), r.clientId());
          assertEquals(AuditAction.CLIENT_VIEW, r.action());
          assertEquals("supervisor", r.username());
        });
    assertThrows(
        EJBAccessException.class,
        () -> Staff.CLINICIAN.call(() -> Services.ejb(AuditTrail.class).search(views, 0, 50)));
  }

  @Test
  void onlySupervisorsAndAdministratorsMayVerify() throws Exception {
    assertThrows(
        EJBAccessException.class,
        () -> Staff.CLINICIAN.call(() -> Services.ejb(AuditTrail.class).verify()));
    AuditVerification result = Staff.ADMIN.call(() -> Services.ejb(AuditTrail.class).verify());
    assertNull(result.firstBrokenEventId(), String.valueOf(result.problem()));
    assertTrue(result.checked() > 0);
  }

  /** A chain other than the first (where the events before V17 are) with at least three events. */
  private static AuditProbe.Chain laterChainOfThree() throws Exception {
    ClientProfile client =
        Staff.SUPERVISOR.call(() -> clients().search(ClientQuery.all(), 0, 1)).get(0);
    for (int round = 0; round < 20; round++) {
      AuditProbe.Chain chain = probe().busiestLaterChain();
      if (chain != null && chain.ids().size() >= 3) {
        return chain;
      }
      for (int i = 0; i < AuditChains.COUNT; i++) {
        Staff.SUPERVISOR.call(() -> clients().profile(client.id()));
      }
    }
    throw new AssertionError("the events do not spread over the chains");
  }

  @Test
  void theVerificationNamesAnEventAlteredInALaterChain() throws Exception {
    AuditProbe.Chain chain = laterChainOfThree();
    long altered = chain.ids().get(1);
    String detail = probe().detailOf(altered);
    assertTrue(verify().intact(), "intact before");

    probe().alterBehindTheApplicationsBack(altered, "nothing to see here");
    try {
      AuditVerification result = verify();
      assertEquals(altered, result.firstBrokenEventId());
      assertTrue(result.problem().contains("altered"), result.problem());
    } finally {
      probe().alterBehindTheApplicationsBack(altered, detail);
    }
    assertTrue(verify().intact(), "intact again");
  }

  @Test
  void theVerificationNamesTheEventAfterOneRemovedFromALaterChain() throws Exception {
    AuditProbe.Chain chain = laterChainOfThree();
    long removed = chain.ids().get(1);
    assertTrue(verify().intact(), "intact before");

    Object[] row = probe().removeBehindTheApplicationsBack(removed);
    try {
      AuditVerification result = verify();
      assertEquals(chain.ids().get(2), result.firstBrokenEventId());
      assertTrue(result.problem().contains("removed"), result.problem());
    } finally {
      probe().putBack(removed, row);
    }
    assertTrue(verify().intact(), "intact again");
  }

  @Test
  void theVerificationFindsTwoEventsOfALaterChainInTheWrongOrder() throws Exception {
    AuditProbe.Chain chain = laterChainOfThree();
    long first = chain.ids().get(0);
    long second = chain.ids().get(1);
    assertTrue(verify().intact(), "intact before");

    probe().swapBehindTheApplicationsBack(first, second);
    try {
      AuditVerification result = verify();
      assertEquals(first, result.firstBrokenEventId());
      assertFalse(result.intact());
    } finally {
      probe().swapBehindTheApplicationsBack(first, second);
    }
    assertTrue(verify().intact(), "intact again");
  }

  @Test
  void theVerificationFindsALaterChainsNewestEventRemoved() throws Exception {
    AuditProbe.Chain chain = laterChainOfThree();
    List<Long> ids = chain.ids();
    long newest = ids.get(ids.size() - 1);
    assertTrue(verify().intact(), "intact before");

    Object[] row = probe().removeBehindTheApplicationsBack(newest);
    try {
      AuditVerification result = verify();
      assertEquals(ids.get(ids.size() - 2), result.firstBrokenEventId());
      assertTrue(result.problem().contains("newest events"), result.problem());
    } finally {
      probe().putBack(newest, row);
    }
    assertTrue(verify().intact(), "intact again");
  }

  @Test
  void theVerificationFindsALaterChainsHeadTurnedBack() throws Exception {
    AuditProbe.Chain chain = laterChainOfThree();
    List<Long> ids = chain.ids();
    long before = ids.get(ids.size() - 2);
    AuditProbe.Head head = probe().head(chain.chain());
    assertEquals(ids.get(ids.size() - 1), head.lastEventId());
    assertTrue(verify().intact(), "intact before");

    probe().setHead(chain.chain(), new AuditProbe.Head(before, probe().hashOf(before)));
    try {
      AuditVerification result = verify();
      assertEquals(ids.get(ids.size() - 1), result.firstBrokenEventId());
      assertTrue(result.problem().contains("newest events"), result.problem());
    } finally {
      probe().setHead(chain.chain(), head);
    }
    assertTrue(verify().intact(), "intact again");
  }

  @Test
  void concurrentAuditedCallsAreAllRecordedInIntactChains() throws Exception {
    ClientProfile client =
        Staff.SUPERVISOR.call(() -> clients().search(ClientQuery.all(), 1, 1)).get(0);
    long viewsBefore = probe().countEvents("CLIENT_VIEW", "supervisor", client.id());
    long newestBefore = probe().newestId();
    int threads = 16;
    int callsEach = 10;

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Object>> calls =
          java.util.stream.IntStream.range(0, threads)
              .mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            for (int i = 0; i < callsEach; i++) {
                              Staff.SUPERVISOR.call(() -> clients().profile(client.id()));
                            }
                            return (Object) null;
                          }))
              .toList();
      for (Future<Object> call : calls) {
        call.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(
        viewsBefore + threads * callsEach,
        probe().countEvents("CLIENT_VIEW", "supervisor", client.id()),
        "every call recorded");
    assertTrue(
        new HashSet<>(probe().chainsAfter(newestBefore)).size() > 1, "spread over the chains");
    AuditVerification result = verify();
    assertTrue(result.intact(), String.valueOf(result.problem()));
  }
}
