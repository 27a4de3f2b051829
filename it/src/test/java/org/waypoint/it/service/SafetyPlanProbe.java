package org.waypoint.it.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Tries to change saved safety-plan versions with plain SQL, behind the application's back, as
 * someone with database access would. Test deployments only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SafetyPlanProbe {

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private DataSource dataSource;

  /**
   * @param sql an UPDATE or DELETE with one {@code long} parameter, the client's id
   * @param clientId the client
   * @return the database's refusal message, or {@code null} when it let the statement through
   */
  public String refusal(String sql, long clientId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, clientId);
      s.executeUpdate();
      return null;
    } catch (SQLException e) {
      return e.getMessage();
    }
  }
}
