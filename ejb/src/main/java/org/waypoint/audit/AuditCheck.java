package org.waypoint.audit;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.kernel.Roles;

/**
 * Verifies the audit trail every hour and reports a broken chain in the server log at SEVERE.
 * Read-only, so several cluster nodes running it at once do no harm.
 */
@Singleton
@RunAs(Roles.SUPERVISOR)
@DeclareRoles(Roles.SUPERVISOR)
public class AuditCheck {

  private static final Logger LOG = Logger.getLogger(AuditCheck.class.getName());

  @EJB private AuditTrail trail;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    AuditVerification result = trail.verify();
    if (result.intact()) {
      LOG.info(() -> "Audit trail verified: " + result.checked() + " event(s) intact");
    } else {
      LOG.log(
          Level.SEVERE,
          "AUDIT TRAIL ALTERED: event {0} does not match ({1}). Tell the privacy officer.",
          new Object[] {result.firstBrokenEventId(), result.problem()});
    }
  }
}
