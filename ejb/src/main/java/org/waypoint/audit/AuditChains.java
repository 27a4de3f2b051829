package org.waypoint.audit;

/**
 * How the audit trail is split into chains. Every event belongs to one of {@link #COUNT} chains
 * (column {@code audit_event.chain}, 1 to {@link #COUNT}); its {@code previous_hash} is the hash of
 * the event before it <em>in the same chain</em> (by id), or {@code null} for a chain's first
 * event, and its {@code hash} is {@link AuditHash#of(String, AuditHash.Content)} of the two. Each
 * chain's newest event is recorded in its head row ({@code audit_chain_head}, id = the chain,
 * columns {@code last_event_id} and {@code last_hash}; both {@code null} while the chain is empty).
 *
 * <p>Which chain an event goes to does not matter to the verification: the server takes the first
 * chain no one else holds, starting from {@link #of(long)} of a counter, so concurrent writers do
 * not wait for each other. A writer that inserts events itself (the data generator) may use any
 * assignment, for example {@code of(eventId)}, with {@link Links} to compute the hashes.
 */
public final class AuditChains {

  /** How many chains the trail has; fixed by the schema (V17). */
  public static final int COUNT = 32;

  /** The chain of the events written before there were chains, and the column's default. */
  public static final int FIRST = 1;

  private AuditChains() {}

  /**
   * @param key any number: a counter, an event's id, a random number
   * @return a chain, 1 to {@link #COUNT}
   */
  public static int of(long key) {
    return (int) Math.floorMod(key, (long) COUNT) + 1;
  }

  /**
   * @param chain a number
   * @return whether it names one of the chains
   */
  public static boolean known(int chain) {
    return chain >= FIRST && chain <= COUNT;
  }

  /**
   * The newest event of every chain, as events are appended in id order: for writers that insert
   * events themselves, and for the verification. Not thread-safe.
   */
  public static final class Links {

    private final Long[] lastEventId = new Long[COUNT + 1];
    private final String[] lastHash = new String[COUNT + 1];

    /**
     * @param chain the chain
     * @return the hash the chain's next event must link to ({@code previous_hash}), or {@code null}
     *     while the chain is empty
     */
    public String previous(int chain) {
      return lastHash[check(chain)];
    }

    /**
     * Appends an event to a chain.
     *
     * @param chain the chain
     * @param eventId the event's id, greater than every id appended to that chain before
     * @param content the event
     * @return the event's hash (its {@code previous_hash} is {@link #previous(int)} before this
     *     call)
     */
    public String append(int chain, long eventId, AuditHash.Content content) {
      String hash = AuditHash.of(previous(chain), content);
      lastEventId[chain] = eventId;
      lastHash[chain] = hash;
      return hash;
    }

    /**
     * @param chain the chain
     * @return its newest event's id, what its head's {@code last_event_id} must be, or {@code null}
     */
    public Long lastEventId(int chain) {
      return lastEventId[check(chain)];
    }

    /**
     * @param chain the chain
     * @return its newest event's hash, what its head's {@code last_hash} must be, or {@code null}
     */
    public String lastHash(int chain) {
      return lastHash[check(chain)];
    }

    private static int check(int chain) {
      if (!known(chain)) {
        throw new IllegalArgumentException("no audit chain " + chain);
      }
      return chain;
    }
  }
}
