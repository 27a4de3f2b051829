package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.audit.AuditCheck;
import org.waypoint.audit.AuditIntegrity;
import org.waypoint.audit.AuditIntegrityStatus;
import org.waypoint.audit.AuditTrail;
import org.waypoint.audit.AuditVerification;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;

/**
 * The hourly verification of the audit trail keeps what it found, and a broken chain is on the
 * administrators' dashboard until a check passes again: which event, when it was first found, and
 * when the trail last verified intact.
 *
 * <p>The forged event never leaves its transaction ({@link AuditIntegrityProbe}): the forgery, the
 * checks and the reading of the dashboard's data happen in one transaction that is rolled back, so
 * the shared database's trail stays intact for every other test (a committed forgery could never be
 * removed: the database refuses UPDATE and DELETE on audit events).
 */
@ExtendWith(ArquillianExtension.class)
class AuditIntegrityIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        AuditIntegrityIT.class,
        Staff.class,
        AuditIntegrityProbe.class,
        AuditIntegrityProbe.Found.class);
  }

  private static AuditIntegrityProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/AuditIntegrityProbe!"
            + AuditIntegrityProbe.class.getName(),
        AuditIntegrityProbe.class);
  }

  private static AuditIntegrityStatus dashboard() throws Exception {
    return Staff.ADMIN.call(() -> Services.ejb(AuditIntegrity.class).status());
  }

  @Test
  void aForgedEventIsAnAlertOnTheDashboardUntilACheckPasses() throws Exception {
    AuditCheck check = Services.ejb(AuditCheck.class);
    AuditVerification before = Staff.ADMIN.call(check::checkNow);
    assertTrue(before.intact(), "the trail is intact before: " + before);
    AuditIntegrityStatus passed = dashboard();
    assertFalse(passed.broken());
    assertNotNull(passed.lastIntactAt());

    AuditIntegrityProbe.Found forged = Staff.ADMIN.call(() -> probe().forgeCheckAndRollBack(2));

    for (AuditVerification found : forged.found()) {
      assertFalse(found.intact(), "the check finds the forgery");
      assertEquals(forged.forgedId(), found.firstBrokenEventId());
    }
    AuditIntegrityStatus alert = forged.status();
    System.out.printf("audit integrity: forged event %d; dashboard %s%n", forged.forgedId(), alert);
    assertTrue(alert.broken(), "the dashboard shows the alert");
    assertEquals(forged.forgedId(), alert.brokenEventId(), "naming the forged event");
    assertNotNull(alert.brokenSince());
    assertTrue(
        alert.brokenSince().isBefore(alert.lastCheckedAt()),
        "first found by the first of the two checks, still broken at the second");
    // (the hourly timer may have verified in between: it never sees the uncommitted forgery)
    assertFalse(
        alert.lastIntactAt().isBefore(passed.lastIntactAt()), "when it last verified intact");
    assertTrue(alert.lastIntactAt().isBefore(alert.brokenSince()));

    // nothing of it is left: the trail verifies, and the latest finding is the passing one
    assertTrue(Staff.ADMIN.call(() -> Services.ejb(AuditTrail.class).verify()).intact());
    AuditIntegrityStatus after = dashboard();
    assertFalse(after.broken());
    assertFalse(after.lastCheckedAt().isBefore(passed.lastCheckedAt()));

    // a passing check is recorded, and is what the dashboard shows
    assertTrue(Staff.ADMIN.call(check::checkNow).intact());
    AuditIntegrityStatus again = dashboard();
    assertFalse(again.broken());
    assertNull(again.brokenEventId());
    assertTrue(again.lastCheckedAt().isAfter(passed.lastCheckedAt()));
    assertEquals(again.lastCheckedAt(), again.lastIntactAt());
    assertTrue(again.eventsChecked() > 0);
  }
}
