package org.waypoint.it.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Looks at the audit table with plain SQL, behind the application's back, as someone with database
 * access would. Test deployments only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditProbe {

  /** The newest event matching a condition. */
  public record Row(
      long id,
      String username,
      String roles,
      String action,
      String outcome,
      Long clientId,
      String detail)
      implements java.io.Serializable {}

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private DataSource dataSource;

  public Row newestForClient(long clientId) throws SQLException {
    return newest("client_id = ?", clientId);
  }

  public Row newestForUser(String username) throws SQLException {
    return newest("username = ?", username);
  }

  private Row newest(String condition, Object value) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select id, username, roles, action, outcome, client_id, detail from audit_event"
                    + " where "
                    + condition
                    + " order by id desc")) {
      s.setObject(1, value);
      s.setMaxRows(1);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        long client = r.getLong(6);
        return new Row(
            r.getLong(1),
            r.getString(2),
            r.getString(3),
            r.getString(4),
            r.getString(5),
            r.wasNull() ? null : client,
            r.getString(7));
      }
    }
  }

  /** How many events of an action by a user about a client there are. */
  public long countEvents(String action, String username, long clientId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from audit_event where action = ? and username = ?"
                    + " and client_id = ? and outcome = 'SUCCESS'")) {
      s.setString(1, action);
      s.setString(2, username);
      s.setLong(3, clientId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Runs one statement; returns the database's refusal, or null when it was accepted. */
  public String tryStatement(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  /**
   * Changes one event's detail the way an intruder with the database owner's rights could: with the
   * guard trigger out of the way for the moment.
   */
  public void alterBehindTheApplicationsBack(long eventId, String detail) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      boolean h2 = c.getMetaData().getDatabaseProductName().contains("H2");
      s.execute(
          h2
              ? "drop trigger audit_event_final"
              : "alter table audit_event disable trigger audit_event_final");
      try (PreparedStatement update =
          c.prepareStatement("update audit_event set detail = ? where id = ?")) {
        update.setString(1, detail);
        update.setLong(2, eventId);
        update.executeUpdate();
      } finally {
        s.execute(
            h2
                ? "create trigger audit_event_final before update, delete on audit_event"
                    + " for each row call 'org.waypoint.audit.AuditEventsAreFinal'"
                : "alter table audit_event enable trigger audit_event_final");
      }
    }
  }
}
