package org.waypoint.it.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.waypoint.audit.AuditCheck;
import org.waypoint.audit.AuditIntegrity;
import org.waypoint.audit.AuditIntegrityStatus;
import org.waypoint.audit.AuditVerification;
import org.waypoint.it.support.Services;

/**
 * Forges an audit event and runs the scheduled check on it inside one transaction that is then
 * rolled back, so the shared test database never holds a broken trail. The forged row is inserted
 * through the application's own datasource in the same JTA transaction, which WildFly serves from
 * one connection: the verification sees it, no other transaction ever does, and the rollback
 * removes it together with the finding the check wrote. What the dashboard would show is read
 * before the rollback, in the same transaction.
 */
@Stateless
@PermitAll
public class AuditIntegrityProbe {

  /**
   * What the checks found on the forged trail and what the dashboard would show then.
   *
   * @param forgedId the forged event's id
   * @param found what each check found, in order
   * @param status the dashboard's data after the last check
   */
  public record Found(long forgedId, List<AuditVerification> found, AuditIntegrityStatus status)
      implements Serializable {}

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private DataSource dataSource;

  @Resource private SessionContext context;

  /**
   * Inserts an event that claims a place in chain 1 with a made-up link and hash (INSERT is what
   * the database's guard allows), runs the check {@code checks} times, reads the dashboard's data,
   * and rolls everything back. Call it as an administrator.
   *
   * @param checks how many checks to run on the forged trail, at least one
   * @return what was found
   * @throws SQLException when the insert fails
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Found forgeCheckAndRollBack(int checks) throws SQLException {
    try {
      long forged = forge();
      AuditCheck check = Services.ejb(AuditCheck.class);
      List<AuditVerification> found = new ArrayList<>();
      for (int i = 0; i < checks; i++) {
        found.add(check.checkNow());
      }
      return new Found(forged, found, Services.ejb(AuditIntegrity.class).status());
    } finally {
      context.setRollbackOnly();
    }
  }

  private long forge() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into audit_event (occurred_at, username, roles, action, outcome, detail,"
                    + " chain, previous_hash, hash) values (?, 'intruder', 'ADMIN', 'CLIENT_VIEW',"
                    + " 'SUCCESS', 'forged', 1, ?, ?)",
                new String[] {"id"})) {
      s.setTimestamp(1, Timestamp.from(Instant.now()));
      s.setString(2, "0".repeat(64));
      s.setString(3, (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
