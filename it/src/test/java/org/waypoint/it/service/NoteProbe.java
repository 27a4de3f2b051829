package org.waypoint.it.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads and tries to change session-note rows with plain SQL, behind the application's back, as
 * someone with database access would. Test deployments only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteProbe {

  /**
   * What a statement did.
   *
   * @param rows the rows it changed
   * @param refusal the database's refusal message, or {@code null} when it went through
   */
  public record Outcome(int rows, String refusal) implements Serializable {}

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private DataSource dataSource;

  /**
   * @param sql an UPDATE or DELETE with one {@code long} parameter
   * @param id its value
   * @return what the database did with it
   */
  public Outcome run(String sql, long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      return new Outcome(s.executeUpdate(), null);
    } catch (SQLException e) {
      return new Outcome(0, e.getMessage());
    }
  }

  /**
   * @param sql a SELECT of one column with one {@code long} parameter
   * @param id its value
   * @return the first row's value as text, or {@code null}
   */
  public String value(String sql, long id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }
}
