package org.waypoint.perf.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditChains;
import org.waypoint.audit.AuditHash;
import org.waypoint.audit.AuditOutcome;

/**
 * The audit trail of everything the generator wrote, kept compactly (a few primitive arrays) while
 * the history is made, then put in time order, hashed into the application's chains ({@link
 * AuditChains}: event {@code id} goes to chain {@code AuditChains.of(id)}, hashes by {@link
 * AuditHash#of} through {@link AuditChains.Links}) and streamed into {@code audit_event}; each
 * chain's head row points at its last event, as {@code AuditTrail.verify()} requires.
 */
final class AuditLog {

  private static final AuditAction[] ACTIONS = AuditAction.values();
  private static final int INDEX_BITS = 36;

  private final long baseSecond;
  private final String[] usernames;
  private final String[] roles;
  private final String[] addresses;
  private final Map<String, Integer> dictionary = new HashMap<>();
  private final List<String> words = new java.util.ArrayList<>();

  private long[] micros = new long[1 << 16];
  private long[] clients = new long[1 << 16];
  private long[] records = new long[1 << 16];
  private int[] users = new int[1 << 16];
  private int[] details = new int[1 << 16];
  private byte[] actions = new byte[1 << 16];
  private byte[] types = new byte[1 << 16];
  private int size;

  /** Record types as the interceptor stores them (index 0: none). */
  static final String[] TYPES = {
    null, "Client", "SessionNote", "Intake", "Discharge", "FollowUpCall", "Handover", "User"
  };

  static final byte CLIENT = 1;
  static final byte NOTE = 2;
  static final byte INTAKE = 3;
  static final byte DISCHARGE = 4;
  static final byte CALL = 5;
  static final byte HANDOVER = 6;

  /**
   * @param since no event is older than this
   * @param usernames each user's name, by index
   * @param roles each user's roles as the trail writes them, by index
   */
  AuditLog(Instant since, String[] usernames, String[] roles) {
    this.baseSecond = since.getEpochSecond() - 86_400;
    this.usernames = usernames;
    this.roles = roles;
    this.addresses = new String[usernames.length];
    for (int i = 0; i < usernames.length; i++) {
      addresses[i] = "10.20." + (i / 250) + "." + (i % 250 + 2);
    }
    words.add(null);
    dictionary.put(null, 0);
  }

  int size() {
    return size;
  }

  /**
   * Adds one event (not thread-safe: call from one thread).
   *
   * @param at when
   * @param user the user's index
   * @param action what
   * @param client the client the event is about, or 0
   * @param type the record type (see {@link #TYPES}), or 0
   * @param record the record's id (with a type)
   * @param detail a description, or {@code null} (a few distinct values: kept once each)
   */
  void add(
      Instant at,
      int user,
      AuditAction action,
      long client,
      byte type,
      long record,
      String detail) {
    if (size == micros.length) {
      int n = size * 2;
      micros = Arrays.copyOf(micros, n);
      clients = Arrays.copyOf(clients, n);
      records = Arrays.copyOf(records, n);
      users = Arrays.copyOf(users, n);
      details = Arrays.copyOf(details, n);
      actions = Arrays.copyOf(actions, n);
      types = Arrays.copyOf(types, n);
    }
    micros[size] = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    clients[size] = client;
    records[size] = record;
    users[size] = user;
    details[size] = word(detail);
    actions[size] = (byte) action.ordinal();
    types[size] = type;
    size++;
  }

  private int word(String detail) {
    Integer known = dictionary.get(detail);
    if (known != null) {
      return known;
    }
    words.add(detail);
    dictionary.put(detail, words.size() - 1);
    return words.size() - 1;
  }

  /**
   * Sorts the events by time, hashes the chain and streams it.
   *
   * @return the id and hash of the last event
   */
  String[] write(Connection connection) throws SQLException {
    long[] order = new long[size];
    for (int i = 0; i < size; i++) {
      long second = Math.floorDiv(micros[i], 1_000_000L) - baseSecond;
      order[i] = (second << INDEX_BITS) | i;
    }
    Arrays.parallelSort(order);
    AuditChains.Links links = new AuditChains.Links();
    long lastMicros = Long.MIN_VALUE;
    long id = 0;
    try (CopyStream out =
        new CopyStream(
            connection,
            "audit_event",
            "id, occurred_at, username, roles, action, outcome, client_id, record_type, record_id,"
                + " detail, remote_address, previous_hash, hash, chain")) {
      for (long key : order) {
        int i = (int) (key & ((1L << INDEX_BITS) - 1));
        long at = Math.max(lastMicros + 1, micros[i]);
        lastMicros = at;
        Instant occurred =
            Instant.ofEpochSecond(
                Math.floorDiv(at, 1_000_000L), Math.floorMod(at, 1_000_000L) * 1_000L);
        String type = TYPES[types[i]];
        AuditHash.Content content =
            new AuditHash.Content(
                occurred,
                usernames[users[i]],
                roles[users[i]],
                ACTIONS[actions[i]],
                AuditOutcome.SUCCESS,
                clients[i] == 0 ? null : clients[i],
                type,
                type == null ? null : Long.toString(records[i]),
                words.get(details[i]),
                addresses[users[i]]);
        id++;
        int chain = AuditChains.of(id);
        String previous = links.previous(chain);
        String hash = links.append(chain, id, content);
        out.num(id)
            .time(occurred)
            .text(content.username())
            .text(content.roles())
            .text(content.action().name())
            .text(content.outcome().name())
            .num(content.clientId())
            .text(content.recordType())
            .text(content.recordId())
            .text(content.detail())
            .text(content.remoteAddress())
            .text(previous)
            .text(hash)
            .num(chain);
        out.end();
      }
    }
    try (PreparedStatement head =
        connection.prepareStatement(
            "update audit_chain_head set last_event_id = ?, last_hash = ?, version = version + 1"
                + " where id = ?")) {
      for (int chain = 1; chain <= AuditChains.COUNT; chain++) {
        if (links.lastEventId(chain) == null) {
          continue;
        }
        head.setLong(1, links.lastEventId(chain));
        head.setString(2, links.lastHash(chain));
        head.setInt(3, chain);
        head.addBatch();
      }
      head.executeBatch();
    }
    connection.commit();
    return new String[] {Long.toString(id), Integer.toString(AuditChains.COUNT)};
  }
}
