package org.waypoint.perf.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.ds.PGSimpleDataSource;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditChainScan;
import org.waypoint.audit.AuditChains;
import org.waypoint.audit.AuditHash;
import org.waypoint.audit.AuditOutcome;
import org.waypoint.persistence.FlywayMigrationIntegrator;

/**
 * What the audit trail's chain heads cost under many concurrent users, measured over JDBC against
 * PostgreSQL with Waypoint's own schema (migrated by the application's Flyway migrations).
 *
 * <p>Each of {@code --threads} threads loops over transactions shaped like an audited call: it
 * takes a connection from a first-come first-served pool of {@code --connections} (the server's
 * data source has 20), reads a client and its recent check-ins, then appends the audit event
 * exactly as {@code AuditTrail.append} does (lock a chain head, insert the event with its {@link
 * AuditHash}, update the head) and commits. Designs:
 *
 * <ul>
 *   <li>{@code single}: every event in one chain, one locked head row (Waypoint before V17);
 *   <li>{@code chains}: the server's design since V17: the first of four heads, from a counter that
 *       goes round the {@link AuditChains#COUNT} chains, that no other transaction holds ({@code
 *       FOR UPDATE SKIP LOCKED} by primary key), waiting only when all four are held;
 *   <li>{@code random}: a random chain, waiting for its head (to show what skipping held heads
 *       adds);
 *   <li>{@code none}: the reads and the commit without any audit event: the ceiling.
 * </ul>
 *
 * After one untimed round of {@code chains} (the JVM and the database warm up), it runs the designs
 * in turn, {@code --rounds} times (the machine's other load varies), and prints, per design and
 * round and then as the median of the rounds, the throughput and the p50/p95/p99 of the whole
 * transaction (pool wait included, as a user would see it) and of the wait for the head's lock,
 * then verifies every chain and every head the way {@code AuditTrail.verify} does. The database
 * must be one of its own (events are final: they accumulate).
 *
 * <p>Usage: {@code AuditContention [--url jdbc:postgresql://localhost:5432/wp_audit] [--user
 * waypoint] [--password waypoint] [--threads 200] [--connections 20] [--seconds 20] [--warmup 5]
 * [--rounds 3] [--designs single,chains,random,none]}
 */
public final class AuditContention {

  private static final String LOCK_SINGLE =
      "select last_hash from audit_chain_head where id = 1 for update";
  private static final String TRY_CHAIN =
      "select id, last_hash from audit_chain_head where id = ? for update skip locked";
  private static final int TRIES = 4;
  private static final String LOCK_ONE =
      "select id, last_hash from audit_chain_head where id = ? for update";
  private static final String READ_CLIENT =
      "select id, mrn, legal_first_name, legal_last_name, status from client where id = ?";
  private static final String READ_CHECK_INS =
      "select id, recorded_at, urge from check_in where client_id = ?"
          + " order by recorded_at desc fetch first 20 rows only";
  private static final String INSERT =
      "insert into audit_event (occurred_at, username, roles, action, outcome, client_id,"
          + " record_type, record_id, detail, remote_address, chain, previous_hash, hash)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String ADVANCE =
      "update audit_chain_head set last_event_id = ?, last_hash = ?, version = version + 1"
          + " where id = ?";

  private final Options options;
  private final AtomicLong nextStart = new AtomicLong();

  private AuditContention(Options options) {
    this.options = options;
  }

  /**
   * Runs the measurement.
   *
   * @param args see the class comment
   * @throws Exception when the database cannot be reached or a chain does not verify
   */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(options.url);
    dataSource.setUser(options.user);
    dataSource.setPassword(options.password);
    FlywayMigrationIntegrator.configuration(dataSource).load().migrate();
    AuditContention run = new AuditContention(options);
    System.out.printf(
        Locale.ROOT,
        "Audit append under contention: %d threads, %d connections, %d s measured after %d s"
            + " warm-up, %d chains%n",
        options.threads,
        options.connections,
        options.seconds,
        options.warmup,
        AuditChains.COUNT);
    System.out.printf(
        Locale.ROOT,
        "%-10s %7s %8s %8s %8s %9s %9s %9s%n",
        "design",
        "tx/s",
        "tx p50",
        "tx p95",
        "tx p99",
        "lock p50",
        "lock p95",
        "lock p99");
    run.measure(dataSource, Design.CHAINS); // warms up the JVM and the database, not shown
    Map<Design, List<double[]>> rows = new EnumMap<>(Design.class);
    for (int round = 1; round <= options.rounds; round++) {
      for (Design design : options.designs) {
        Result result = run.measure(dataSource, design);
        double[] row = {
          result.throughput(),
          result.transactions.quantile(0.50) / 1e6,
          result.transactions.quantile(0.95) / 1e6,
          result.transactions.quantile(0.99) / 1e6,
          result.locks.quantile(0.50) / 1e6,
          result.locks.quantile(0.95) / 1e6,
          result.locks.quantile(0.99) / 1e6
        };
        rows.computeIfAbsent(design, d -> new ArrayList<>()).add(row);
        print(design.name().toLowerCase(Locale.ROOT) + " #" + round, row);
      }
    }
    if (options.rounds > 1) {
      System.out.println("median of " + options.rounds + " rounds:");
      rows.forEach(
          (design, measured) -> print(design.name().toLowerCase(Locale.ROOT), median(measured)));
    }
    System.out.println("(times in ms; tx = pool wait + reads + append + commit)");
    try (Connection c = dataSource.getConnection()) {
      System.out.println(verify(c));
    }
  }

  private Result measure(PGSimpleDataSource dataSource, Design design) throws Exception {
    BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(options.connections, true);
    for (int i = 0; i < options.connections; i++) {
      Connection c = dataSource.getConnection();
      c.setAutoCommit(false);
      pool.add(c);
    }
    long start = System.nanoTime();
    long measureFrom = start + TimeUnit.SECONDS.toNanos(options.warmup);
    long end = measureFrom + TimeUnit.SECONDS.toNanos(options.seconds);
    List<Worker> workers = new ArrayList<>();
    for (int i = 0; i < options.threads; i++) {
      Worker worker = new Worker(design, pool, measureFrom, end);
      workers.add(worker);
      worker.start();
    }
    for (Worker worker : workers) {
      worker.join();
    }
    for (Connection c : pool) {
      c.close();
    }
    Samples transactions = new Samples();
    Samples locks = new Samples();
    for (Worker worker : workers) {
      if (worker.failure != null) {
        throw worker.failure;
      }
      transactions.addAll(worker.transactions);
      locks.addAll(worker.locks);
    }
    transactions.sort();
    locks.sort();
    return new Result(transactions, locks, options.seconds);
  }

  /** One simulated user: transactions back to back until the end. */
  private final class Worker extends Thread {

    private final Design design;
    private final BlockingQueue<Connection> pool;
    private final long measureFrom;
    private final long end;
    private final Samples transactions = new Samples();
    private final Samples locks = new Samples();
    private Exception failure;

    Worker(Design design, BlockingQueue<Connection> pool, long measureFrom, long end) {
      this.design = design;
      this.pool = pool;
      this.measureFrom = measureFrom;
      this.end = end;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        while (true) {
          long begin = System.nanoTime();
          if (begin >= end) {
            return;
          }
          Connection c = pool.take();
          long lock;
          try {
            lock = transaction(c);
          } finally {
            pool.add(c);
          }
          long finished = System.nanoTime();
          if (begin >= measureFrom && finished <= end) {
            transactions.add(finished - begin);
            locks.add(lock);
          }
        }
      } catch (Exception e) {
        failure = e;
      }
    }

    /** One audited call; returns how long it waited for the chain's head. */
    private long transaction(Connection c) throws SQLException {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      long clientId = 1 + random.nextLong(20_000);
      try {
        read(c, READ_CLIENT, clientId);
        read(c, READ_CHECK_INS, clientId);
        long lock = design == Design.NONE ? 0 : append(c, clientId);
        c.commit();
        return lock;
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }

    private long append(Connection c, long clientId) throws SQLException {
      long before = System.nanoTime();
      int chain;
      String previous;
      switch (design) {
        case SINGLE -> {
          chain = AuditChains.FIRST;
          previous = lockOne(c, LOCK_SINGLE, null);
        }
        case RANDOM -> {
          chain = AuditChains.of(ThreadLocalRandom.current().nextLong());
          previous = lockOne(c, LOCK_ONE, chain);
        }
        default -> {
          long start = nextStart.getAndIncrement();
          chain = 0;
          previous = null;
          for (int i = 0; i < TRIES && chain == 0; i++) {
            try (PreparedStatement s = c.prepareStatement(TRY_CHAIN)) {
              s.setInt(1, AuditChains.of(start + i));
              try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                  chain = r.getInt(1);
                  previous = r.getString(2);
                }
              }
            }
          }
          if (chain == 0) {
            chain = AuditChains.of(start);
            previous = lockOne(c, LOCK_ONE, chain);
          }
        }
      }
      long lock = System.nanoTime() - before;
      AuditHash.Content content =
          new AuditHash.Content(
              Instant.now(),
              "clin" + String.format(Locale.ROOT, "%03d", 1 + clientId % 300),
              "CLINICIAN",
              AuditAction.CLIENT_VIEW,
              AuditOutcome.SUCCESS,
              clientId,
              null,
              null,
              "section overview",
              "10.0.0." + (clientId % 250));
      String hash = AuditHash.of(previous, content);
      long id;
      try (PreparedStatement s = c.prepareStatement(INSERT, new String[] {"id"})) {
        s.setObject(1, OffsetDateTime.ofInstant(content.occurredAt(), ZoneOffset.UTC));
        s.setString(2, content.username());
        s.setString(3, content.roles());
        s.setString(4, content.action().name());
        s.setString(5, content.outcome().name());
        s.setLong(6, content.clientId());
        s.setString(7, content.recordType());
        s.setString(8, content.recordId());
        s.setString(9, content.detail());
        s.setString(10, content.remoteAddress());
        s.setInt(11, chain);
        s.setString(12, previous);
        s.setString(13, hash);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      try (PreparedStatement s = c.prepareStatement(ADVANCE)) {
        s.setLong(1, id);
        s.setString(2, hash);
        s.setInt(3, chain);
        s.executeUpdate();
      }
      return lock;
    }
  }

  private static String lockOne(Connection c, String sql, Integer chain) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (chain != null) {
        s.setInt(1, chain);
      }
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new SQLException("no audit chain head " + chain);
        }
        return r.getString(chain == null ? 1 : 2);
      }
    }
  }

  private static void read(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          r.getObject(1);
        }
      }
    }
  }

  /**
   * Checks every chain in id order and every head, as {@code AuditTrail.verify} does.
   *
   * @param c the database
   * @return what it found
   * @throws SQLException when the database fails
   * @throws IllegalStateException when a chain does not verify
   */
  static String verify(Connection c) throws SQLException {
    long checked = AuditChainScan.verify(c);
    return "Verified: "
        + checked
        + " audit events in "
        + AuditChains.COUNT
        + " chains, every link and head";
  }

  private static void print(String label, double[] row) {
    System.out.printf(
        Locale.ROOT,
        "%-10s %7.0f %8.1f %8.1f %8.1f %9.1f %9.1f %9.1f%n",
        label,
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6]);
  }

  /** Each column's median over the rounds. */
  private static double[] median(List<double[]> rounds) {
    double[] median = new double[rounds.get(0).length];
    for (int column = 0; column < median.length; column++) {
      int c = column;
      double[] values = rounds.stream().mapToDouble(r -> r[c]).sorted().toArray();
      median[column] =
          values.length % 2 == 1
              ? values[values.length / 2]
              : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
    return median;
  }

  /** The designs compared. */
  private enum Design {
    SINGLE,
    CHAINS,
    RANDOM,
    NONE
  }

  private record Result(Samples transactions, Samples locks, int seconds) {
    double throughput() {
      return transactions.size / (double) seconds;
    }
  }

  /** Nanosecond samples, growing. */
  private static final class Samples {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    void addAll(Samples other) {
      for (int i = 0; i < other.size; i++) {
        add(other.values[i]);
      }
    }

    void sort() {
      Arrays.sort(values, 0, size);
    }

    /** Nearest rank, on sorted samples. */
    long quantile(double q) {
      if (size == 0) {
        return 0;
      }
      int rank = (int) Math.ceil(q * size);
      return values[Math.max(0, Math.min(size - 1, rank - 1))];
    }
  }

  /** The command line. */
  private static final class Options {
    String url = "jdbc:postgresql://localhost:5432/wp_audit";
    String user = "waypoint";
    String password = "waypoint";
    int threads = 200;
    int connections = 20;
    int seconds = 20;
    int warmup = 5;
    int rounds = 3;
    List<Design> designs = List.of(Design.SINGLE, Design.CHAINS, Design.RANDOM, Design.NONE);

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("no value after " + args[i]);
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--url" -> o.url = value;
          case "--user" -> o.user = value;
          case "--password" -> o.password = value;
          case "--threads" -> o.threads = Integer.parseInt(value);
          case "--connections" -> o.connections = Integer.parseInt(value);
          case "--seconds" -> o.seconds = Integer.parseInt(value);
          case "--warmup" -> o.warmup = Integer.parseInt(value);
          case "--rounds" -> o.rounds = Integer.parseInt(value);
          case "--designs" ->
              o.designs =
                  Arrays.stream(value.split(","))
                      .map(d -> Design.valueOf(d.strip().toUpperCase(Locale.ROOT)))
                      .toList();
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      return o;
    }
  }
}
