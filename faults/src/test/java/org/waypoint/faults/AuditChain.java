package org.waypoint.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditChains;
import org.waypoint.audit.AuditHash;
import org.waypoint.audit.AuditOutcome;

/**
 * The audit trail's alteration check over JDBC, with the application's own {@link AuditHash} and
 * {@link AuditChains}: every event's hash covers its content and the previous event of its chain,
 * in id order, and every chain's head names its newest event (as {@code AuditTrail.verify} does
 * inside the server).
 */
final class AuditChain {

  private AuditChain() {}

  /**
   * @return the number of events checked
   * @throws AssertionError naming the first event or head that does not verify
   */
  static long verify(Connection c) throws SQLException {
    AuditChains.Links links = new AuditChains.Links();
    long checked = 0;
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, occurred_at, username, roles, action, outcome, client_id, record_type,"
                + " record_id, detail, remote_address, chain, previous_hash, hash"
                + " from audit_event order by id")) {
      s.setFetchSize(2_000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          checked++;
          long id = r.getLong(1);
          long client = r.getLong(7);
          Long clientId = r.wasNull() ? null : client; // before any other column is read
          AuditHash.Content content =
              new AuditHash.Content(
                  r.getObject(2, OffsetDateTime.class).toInstant(),
                  r.getString(3),
                  r.getString(4),
                  AuditAction.valueOf(r.getString(5)),
                  AuditOutcome.valueOf(r.getString(6)),
                  clientId,
                  r.getString(8),
                  r.getString(9),
                  r.getString(10),
                  r.getString(11));
          int chain = r.getInt(12);
          if (!AuditChains.known(chain)
              || !Objects.equals(links.previous(chain), r.getString(13))
              || !links.append(chain, id, content).equals(r.getString(14))) {
            throw new AssertionError("audit event " + id + " does not verify");
          }
        }
      }
    } finally {
      c.commit();
      c.setAutoCommit(autoCommit);
    }
    int heads = 0;
    try (PreparedStatement s =
            c.prepareStatement("select id, last_event_id, last_hash from audit_chain_head");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        heads++;
        int chain = r.getInt(1);
        long last = r.getLong(2);
        Long lastId = r.wasNull() ? null : last;
        if (!Objects.equals(links.lastEventId(chain), lastId)
            || !Objects.equals(links.lastHash(chain), r.getString(3))) {
          throw new AssertionError("the head of audit chain " + chain + " is stale");
        }
      }
    }
    if (heads != AuditChains.COUNT) {
      throw new AssertionError(heads + " audit chain heads, not " + AuditChains.COUNT);
    }
    return checked;
  }
}
