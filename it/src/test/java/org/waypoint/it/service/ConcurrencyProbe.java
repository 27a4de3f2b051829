package org.waypoint.it.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Counts rows with plain JDBC, behind the services' backs, for the concurrency tests. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConcurrencyProbe {

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private DataSource dataSource;

  /**
   * @param sql a {@code select count(*)} with one {@code ?} for a number
   * @param id the number
   * @return the count
   */
  public long count(String sql, long id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * @param sql a {@code select} of one text column with one {@code ?} for a number
   * @param id the number
   * @return the text of the first row, or {@code null}
   */
  public String text(String sql, long id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  /**
   * @param sql a {@code select} of one number column with one {@code ?} for a text
   * @param value the text
   * @return the number of the first row
   */
  public long idOf(String sql, String value) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
