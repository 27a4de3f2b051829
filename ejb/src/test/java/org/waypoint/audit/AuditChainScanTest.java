package org.waypoint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.FlywayMigrationIntegrator;

/** The JDBC scan on an embedded database migrated with Waypoint's own schema. */
class AuditChainScanTest {

  private static final Instant AT = Instant.parse("2026-12-02T09:30:00Z");

  private Connection c;
  private final AuditChains.Links links = new AuditChains.Links();
  private long nextId = 1;

  @BeforeEach
  void migrate() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:scan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    FlywayMigrationIntegrator.configuration(ds).load().migrate();
    c = ds.getConnection();
  }

  @Test
  void anIntactTrailVerifiesEveryEventIncludingThoseWithoutAClient() throws SQLException {
    append(3, 17L, "opened the chart", null);
    append(3, null, "signed in", null); // no client: the scan must hash it as null, not 0
    append(9, 17L, "recorded a check-in", null);
    advanceHeads();

    assertEquals(3, AuditChainScan.verify(c));
  }

  @Test
  void anAlteredEventIsNamed() throws SQLException {
    append(3, 17L, "opened the chart", null);
    long altered = append(3, 17L, "recorded a check-in", "0".repeat(64));
    advanceHeads();

    AuditChainScan.BrokenChain broken =
        assertThrows(AuditChainScan.BrokenChain.class, () -> AuditChainScan.verify(c));
    assertEquals("audit event " + altered + " does not verify", broken.getMessage());
  }

  @Test
  void aHeadBehindItsNewestEventIsStale() throws SQLException {
    append(5, 17L, "opened the chart", null);
    advanceHeads();
    append(5, 17L, "printed the face sheet", null); // committed without moving the head

    AuditChainScan.BrokenChain broken =
        assertThrows(AuditChainScan.BrokenChain.class, () -> AuditChainScan.verify(c));
    assertEquals("the head of audit chain 5 is stale", broken.getMessage());
  }

  /** Inserts an event linked into its chain, with its true hash or the one given. */
  private long append(int chain, Long clientId, String detail, String forgedHash)
      throws SQLException {
    long id = nextId++;
    AuditHash.Content content =
        new AuditHash.Content(
            AT.plusSeconds(id),
            "clinician",
            "clinician",
            AuditAction.CHART_VIEW,
            AuditOutcome.SUCCESS,
            clientId,
            null,
            null,
            detail,
            "127.0.0.1");
    String previous = links.previous(chain);
    String hash = links.append(chain, id, content);
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into audit_event (id, occurred_at, username, roles, action, outcome,"
                + " client_id, record_type, record_id, detail, remote_address, chain,"
                + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, id);
      s.setObject(2, OffsetDateTime.ofInstant(content.occurredAt(), ZoneOffset.UTC));
      s.setString(3, content.username());
      s.setString(4, content.roles());
      s.setString(5, content.action().name());
      s.setString(6, content.outcome().name());
      if (clientId == null) {
        s.setNull(7, Types.BIGINT);
      } else {
        s.setLong(7, clientId);
      }
      s.setString(8, null);
      s.setString(9, null);
      s.setString(10, detail);
      s.setString(11, content.remoteAddress());
      s.setInt(12, chain);
      s.setString(13, previous);
      s.setString(14, forgedHash == null ? hash : forgedHash);
      s.executeUpdate();
    }
    return id;
  }

  /** Points every chain's head at its newest event so far. */
  private void advanceHeads() throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update audit_chain_head set last_event_id = ?, last_hash = ? where id = ?")) {
      for (int chain = AuditChains.FIRST; chain <= AuditChains.COUNT; chain++) {
        s.setObject(1, links.lastEventId(chain));
        s.setString(2, links.lastHash(chain));
        s.setInt(3, chain);
        s.executeUpdate();
      }
    }
  }
}
