package org.waypoint.audit;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.kernel.Roles;

/**
 * Verifies the audit trail every hour, reports a broken chain in the server log at SEVERE and keeps
 * what it found ({@link AuditIntegrityCheck}), which the administrators' dashboard shows ({@link
 * AuditIntegrity}). The finding is written in the verification's own transaction: it records what
 * that transaction saw. Reads the trail only, so several cluster nodes running it at once do no
 * harm beyond a finding each.
 */
@Singleton
@RunAs(Roles.SUPERVISOR)
@DeclareRoles(Roles.SUPERVISOR)
public class AuditCheck {

  private static final Logger LOG = Logger.getLogger(AuditCheck.class.getName());

  @EJB private AuditTrail trail;
  @PersistenceContext private EntityManager em;

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    verifyAndRecord();
  }

  /**
   * Runs the scheduled verification now, as the timer does, and keeps its finding.
   *
   * @return what it found
   */
  @RolesAllowed(Roles.ADMIN)
  public AuditVerification checkNow() {
    return verifyAndRecord();
  }

  private AuditVerification verifyAndRecord() {
    AuditVerification result = trail.verify();
    em.persist(new AuditIntegrityCheck(Instant.now(), result));
    if (result.intact()) {
      LOG.info(() -> "Audit trail verified: " + result.checked() + " event(s) intact");
    } else {
      LOG.log(
          Level.SEVERE,
          "AUDIT TRAIL ALTERED: event {0} does not match ({1}). Tell the privacy officer.",
          new Object[] {result.firstBrokenEventId(), result.problem()});
    }
    return result;
  }
}
