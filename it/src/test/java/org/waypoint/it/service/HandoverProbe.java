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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain SQL for the handover tests, behind the application's back: a program of the test's own (the
 * application has no screen to create one), a handover of an earlier shift (the service gives only
 * the current or the next one), attempts to change given handovers, and the audit trail's rows.
 * Test deployments only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HandoverProbe {

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private DataSource dataSource;

  /**
   * @param code a unique code, at most 12 characters
   * @param name a unique name
   * @return the new program's id
   */
  public long newProgram(String code, String name) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into program (code, name, level_of_care, version)"
                    + " values (?, ?, 'RESIDENTIAL', 0)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, code);
      s.setString(2, name);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * A handover of an earlier shift, with a snapshot of no clients.
   *
   * @return its id
   */
  public long oldHandover(
      long programId,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      Instant startsAt,
      String givenBy,
      Instant givenAt)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into handover (program_id, shift_date, shift_start, shift_end,"
                    + " shift_starts_at, given_by, given_at, clients, snapshot)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 0, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, programId);
      s.setObject(2, date);
      s.setObject(3, start);
      s.setObject(4, end);
      s.setTimestamp(5, Timestamp.from(startsAt));
      s.setString(6, givenBy);
      s.setTimestamp(7, Timestamp.from(givenAt));
      s.setString(
          8,
          "{\"program\":\"Earlier\",\"census\":{\"present\":0,\"imminent\":0,\"high\":0,"
              + "\"moderate\":0,\"low\":0,\"notAssessed\":0,\"rising\":0,"
              + "\"admissions\":[],\"discharges\":[]},\"clients\":[]}");
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * @param sql an UPDATE or DELETE with one {@code long} parameter
   * @param id the value of the parameter
   * @return the database's refusal message, or {@code null} when it let the statement through
   */
  public String refusal(String sql, long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      s.executeUpdate();
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  /**
   * @param username a caller
   * @param max at most this many
   * @return the caller's newest audit rows, newest first, each as "action outcome record_type
   *     record_id | detail"
   */
  public List<String> audit(String username, int max) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select action, outcome, record_type, record_id, detail from audit_event"
                    + " where username = ? order by id desc")) {
      s.setString(1, username);
      s.setMaxRows(max);
      List<String> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              r.getString(1)
                  + " "
                  + r.getString(2)
                  + " "
                  + r.getString(3)
                  + " "
                  + r.getString(4)
                  + " | "
                  + r.getString(5));
        }
      }
      return rows;
    }
  }
}
