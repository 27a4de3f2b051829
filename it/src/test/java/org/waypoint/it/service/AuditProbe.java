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
import java.util.ArrayList;
import java.util.List;
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

  /** One chain's events, oldest first. */
  public record Chain(int chain, List<Long> ids) implements java.io.Serializable {}

  /** A chain head's row. */
  public record Head(Long lastEventId, String lastHash) implements java.io.Serializable {}

  /** The chain other than the first with the most events (the lowest of equals), oldest first. */
  public Chain busiestLaterChain() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select chain, count(*) from audit_event where chain > 1 group by chain"
                    + " order by count(*) desc, chain")) {
      if (!r.next()) {
        return null;
      }
      int chain = r.getInt(1);
      return new Chain(chain, chainIds(c, chain));
    }
  }

  private static List<Long> chainIds(Connection c, int chain) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select id from audit_event where chain = ? order by id")) {
      s.setInt(1, chain);
      List<Long> ids = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      return ids;
    }
  }

  /** The chains of events with ids greater than {@code after}, one per event, in id order. */
  public List<Integer> chainsAfter(long after) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select chain from audit_event where id > ? order by id")) {
      s.setLong(1, after);
      List<Integer> chains = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          chains.add(r.getInt(1));
        }
      }
      return chains;
    }
  }

  /** The newest event's id, or 0. */
  public long newestId() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select coalesce(max(id), 0) from audit_event")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** A chain head as stored. */
  public Head head(int chain) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select last_event_id, last_hash from audit_chain_head where id = ?")) {
      s.setInt(1, chain);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        long id = r.getLong(1);
        return new Head(r.wasNull() ? null : id, r.getString(2));
      }
    }
  }

  /** Rewrites a chain head, as someone with database access could (heads are not guarded). */
  public void setHead(int chain, Head head) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update audit_chain_head set last_event_id = ?, last_hash = ? where id = ?")) {
      s.setObject(1, head.lastEventId());
      s.setString(2, head.lastHash());
      s.setInt(3, chain);
      s.executeUpdate();
    }
  }

  /** An event's stored detail. */
  public String detailOf(long eventId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select detail from audit_event where id = ?")) {
      s.setLong(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  /** An event's stored hash. */
  public String hashOf(long eventId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select hash from audit_event where id = ?")) {
      s.setLong(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static final String COLUMNS =
      "occurred_at, username, roles, action, outcome, client_id, record_type, record_id, detail,"
          + " remote_address, chain, previous_hash, hash";
  private static final int COLUMN_COUNT = 13;

  /** Removes an event behind the application's back; returns its row, for {@link #putBack}. */
  public Object[] removeBehindTheApplicationsBack(long eventId) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Object[] row = row(c, eventId);
      withGuardDown(
          c,
          () -> {
            try (PreparedStatement delete =
                c.prepareStatement("delete from audit_event where id = ?")) {
              delete.setLong(1, eventId);
              delete.executeUpdate();
            }
          });
      return row;
    }
  }

  /** Puts a removed event back with its own id. */
  public void putBack(long eventId, Object[] row) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into audit_event (id, "
                    + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, eventId);
      for (int i = 0; i < COLUMN_COUNT; i++) {
        insert.setObject(i + 2, row[i]);
      }
      insert.executeUpdate();
    }
  }

  /**
   * Swaps two events behind the application's back, every column but the id: the order of the trail
   * changed. Swapping them again puts them back.
   */
  public void swapBehindTheApplicationsBack(long first, long second) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Object[] a = row(c, first);
      Object[] b = row(c, second);
      withGuardDown(
          c,
          () -> {
            // the hash is unique: clear it on the first row while the second takes it
            overwrite(c, first, b, "x-" + first);
            overwrite(c, second, a, null);
            overwrite(c, first, b, null);
          });
    }
  }

  private static void overwrite(Connection c, long eventId, Object[] row, String hash)
      throws SQLException {
    StringBuilder sql = new StringBuilder("update audit_event set ");
    String[] names = COLUMNS.split(",\\s*");
    for (int i = 0; i < names.length; i++) {
      sql.append(i == 0 ? "" : ", ").append(names[i]).append(" = ?");
    }
    try (PreparedStatement update = c.prepareStatement(sql.append(" where id = ?").toString())) {
      for (int i = 0; i < COLUMN_COUNT; i++) {
        update.setObject(i + 1, row[i]);
      }
      if (hash != null) {
        update.setString(COLUMN_COUNT, hash);
      }
      update.setLong(COLUMN_COUNT + 1, eventId);
      update.executeUpdate();
    }
  }

  private static Object[] row(Connection c, long eventId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select " + COLUMNS + " from audit_event where id = ?")) {
      s.setLong(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        Object[] row = new Object[COLUMN_COUNT];
        for (int i = 0; i < COLUMN_COUNT; i++) {
          row[i] = r.getObject(i + 1);
        }
        return row;
      }
    }
  }

  private interface Work {
    void run() throws SQLException;
  }

  /** Runs work with the guard trigger out of the way for the moment. */
  private static void withGuardDown(Connection c, Work work) throws SQLException {
    try (Statement s = c.createStatement()) {
      boolean h2 = c.getMetaData().getDatabaseProductName().contains("H2");
      s.execute(
          h2
              ? "drop trigger audit_event_final"
              : "alter table audit_event disable trigger audit_event_final");
      try {
        work.run();
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
