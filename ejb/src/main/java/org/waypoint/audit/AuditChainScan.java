package org.waypoint.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The audit trail's alteration check over a plain JDBC connection, for tools that look at a
 * database without the server: the fault tests after a crash or a restore, and the audit benchmark.
 * It checks what {@link AuditTrail#verify()} checks inside the server, with the same {@link
 * AuditHash} and {@link AuditChains}: every event's hash covers its content and the previous event
 * of its chain, in id order, and every chain's head names its chain's newest event.
 */
public final class AuditChainScan {

  private static final String EVENTS =
      "select id, occurred_at, username, roles, action, outcome, client_id, record_type,"
          + " record_id, detail, remote_address, chain, previous_hash, hash"
          + " from audit_event order by id";
  private static final String HEADS = "select id, last_event_id, last_hash from audit_chain_head";

  private AuditChainScan() {}

  /** A chain that does not verify: names the first event or head found wrong. */
  public static final class BrokenChain extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    BrokenChain(String message) {
      super(message);
    }
  }

  /**
   * Verifies every event and every head, streaming the events (the connection's auto-commit is
   * turned off while they are read, as PostgreSQL streams rows only inside a transaction, and
   * restored afterwards).
   *
   * @param c a connection to Waypoint's database
   * @return the number of events checked
   * @throws BrokenChain naming the first event or head that does not verify
   * @throws SQLException when the database cannot be read
   */
  public static long verify(Connection c) throws SQLException {
    AuditChains.Links links = new AuditChains.Links();
    long checked = 0;
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement s = c.prepareStatement(EVENTS)) {
      s.setFetchSize(2_000);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          checked++;
          long id = r.getLong(1);
          int chain = r.getInt(12);
          if (!AuditChains.known(chain)
              || !Objects.equals(links.previous(chain), r.getString(13))
              || !links.append(chain, id, content(r)).equals(r.getString(14))) {
            throw new BrokenChain("audit event " + id + " does not verify");
          }
        }
      }
    } finally {
      c.commit();
      c.setAutoCommit(autoCommit);
    }
    int heads = 0;
    try (PreparedStatement s = c.prepareStatement(HEADS);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        heads++;
        int chain = r.getInt(1);
        long last = r.getLong(2);
        Long lastId = r.wasNull() ? null : last;
        if (!Objects.equals(links.lastEventId(chain), lastId)
            || !Objects.equals(links.lastHash(chain), r.getString(3))) {
          throw new BrokenChain("the head of audit chain " + chain + " is stale");
        }
      }
    }
    if (heads != AuditChains.COUNT) {
      throw new BrokenChain(heads + " audit chain heads, not " + AuditChains.COUNT);
    }
    return checked;
  }

  /** The hashed content of the current row; the nullable client id is read on its own. */
  private static AuditHash.Content content(ResultSet r) throws SQLException {
    long client = r.getLong(7);
    Long clientId = r.wasNull() ? null : client; // before any other column is read
    return new AuditHash.Content(
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
  }
}
