package org.waypoint.perf.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.ds.PGSimpleDataSource;
import org.waypoint.audit.AuditChainScan;
import org.waypoint.audit.AuditChains;

/**
 * Generates the scale network into an empty PostgreSQL database: {@code --url}, {@code --user},
 * {@code --password}, {@code --scale} (1.0: the network), {@code --seed} (42). Prints each
 * table's rows and each phase's time.
 */
public final class Generator {

  /** The center's time zone (the application's default): shifts and dates are local to it. */
  static final ZoneId ZONE = ZoneId.of("America/Chicago");

  private final String url;
  private final String user;
  private final String password;
  private final Scale scale;
  private final long seed;
  private final Map<String, Long> phases = new LinkedHashMap<>();

  private Generator(String url, String user, String password, Scale scale, long seed) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.scale = scale;
    this.seed = seed;
  }

  /**
   * Runs the generator.
   *
   * @param args {@code --url U --user U --password P --scale S --seed N}
   * @throws Exception when the load fails (nothing is left half-announced: the caller drops the db)
   */
  public static void main(String[] args) throws Exception {
    String url = "jdbc:postgresql://localhost:5432/waypoint_scale";
    String user = "waypoint";
    String password = "waypoint";
    double scale = 1.0;
    long seed = 42;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--url" -> url = value;
        case "--user" -> user = value;
        case "--password" -> password = value;
        case "--scale" -> scale = Double.parseDouble(value);
        case "--seed" -> seed = Long.parseLong(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      i++;
    }
    new Generator(url, user, password, new Scale(scale), seed).run();
  }

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, user, password);
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("set synchronous_commit = off");
      s.execute("set maintenance_work_mem = '256MB'");
    }
    c.commit();
    return c;
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    System.out.printf(
        Locale.ROOT, "Generating scale %s (seed %d) into %s%n", scale.factor(), seed, url);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Schema.Restore> restores;
    try (Connection main = connect()) {
      long t = System.nanoTime();
      Schema.requireEmpty(main);
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(url);
      ds.setUser(user);
      ds.setPassword(password);
      String version = Schema.migrate(ds);
      restores = Schema.setAside(main);
      phase("schema (Flyway to " + version + ")", t);

      t = System.nanoTime();
      Network network = new Network(scale, seed, now.atZone(ZONE).toLocalDate());
      String hash = Passwords.hash(Passwords.BENCH_PASSWORD, seed);
      phase("plan the network", t);

      t = System.nanoTime();
      History history = new History(network, seed, now, hash);
      history.write(this::connect, main);
      phase("history (COPY)", t);

      t = System.nanoTime();
      List<Connection> two = List.of(main, connect());
      try {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<String[]> audit = pool.submit(() -> history.audit().write(two.get(1)));
        Schema.restore(
            restores.stream().filter(r -> !r.table().equals("audit_event")).toList(),
            List.of(main),
            null);
        String[] head = audit.get();
        pool.shutdown();
        Schema.restore(restores, two, "audit_event");
        phase("audit chain + indexes and constraints", t);
        System.out.printf(Locale.ROOT, "  audit trail: %s events in %s chains%n", head[0], head[1]);

        t = System.nanoTime();
        Schema.fixSequences(main, network.clients.size() + 100_000L);
        Schema.analyze(tables(main), two);
        phase("sequences + analyze", t);
        phase("loaded (the phases above)", start);
        t = System.nanoTime();
        verifyChain(main);
        phase("check: verify the audit chains", t);
        t = System.nanoTime();
        counts(main);
        phase("check: count the rows", t);
      } finally {
        two.get(1).close();
      }
    }
    phase("total", start);
    System.out.println("Phases:");
    phases.forEach(
        (name, nanos) -> System.out.printf(Locale.ROOT, "  %-42s %8.1f s%n", name, nanos / 1e9));
  }

  private void phase(String name, long startNanos) {
    long elapsed = System.nanoTime() - startNanos;
    phases.put(name, elapsed);
    System.out.printf(Locale.ROOT, "[%7.1f s] %s%n", elapsed / 1e9, name);
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' order by table_name")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }

  private static void counts(Connection c) throws SQLException {
    System.out.println("Rows:");
    for (String table : tables(c)) {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select count(*) from " + table)) {
        r.next();
        System.out.printf(Locale.ROOT, "  %-28s %,12d%n", table, r.getLong(1));
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
      r.next();
      System.out.println("Database size: " + r.getString(1));
    }
    c.commit();
  }

  /** Walks every chain as {@code AuditTrail.verify()} does and checks every head row. */
  private static void verifyChain(Connection c) throws SQLException {
    long t = System.nanoTime();
    long n = AuditChainScan.verify(c);
    System.out.printf(
        Locale.ROOT,
        "Audit chains verified: %,d events in %d chains (%.1f s)%n",
        n,
        AuditChains.COUNT,
        (System.nanoTime() - t) / 1e9);
  }

  /** Keeps the compiler's "unused" away from values kept for readers of the code. */
  static LocalTime localTime(Instant at) {
    return at.atZone(ZONE).toLocalTime();
  }

  static LocalDate localDate(Instant at) {
    return at.atZone(ZONE).toLocalDate();
  }

  static Instant at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute).atZone(ZONE).toInstant();
  }

  static Duration minutes(long n) {
    return Duration.ofMinutes(n);
  }
}
