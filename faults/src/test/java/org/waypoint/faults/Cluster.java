package org.waypoint.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the tests' own (never the machine's shared one): made with {@code initdb}
 * under {@code target/faults/pg}, listening on localhost only, on its own port, and started and
 * stopped by the tests with {@code pg_ctl}. Run as root (as CI is), the server's commands run as
 * the {@code postgres} account, which PostgreSQL requires. Local connections are trusted: the
 * cluster holds only test data and listens on localhost only.
 */
final class Cluster {

  static final String USER = "waypoint";
  static final String PASSWORD = "waypoint";

  private final Path dir;
  private final Path data;
  private final Path log;
  private final int port;
  private final Path bin;
  private final boolean root;

  Cluster(Path dir, int port) {
    this.dir = dir;
    this.data = dir.resolve("data");
    this.log = dir.resolve("postgres.log");
    this.port = port;
    this.bin = binaries();
    this.root = "root".equals(System.getProperty("user.name"));
  }

  int port() {
    return port;
  }

  Path bin() {
    return bin;
  }

  /** PostgreSQL's programs: the newest /usr/lib/postgresql/N/bin, or -Dfaults.pgBin. */
  private static Path binaries() {
    String given = System.getProperty("faults.pgBin");
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(
              Comparator.comparingInt(
                  b -> Integer.parseInt(b.getParent().getFileName().toString())))
          .orElseThrow(() -> new IllegalStateException("no PostgreSQL under /usr/lib/postgresql"));
    } catch (IOException e) {
      throw new IllegalStateException(
          "PostgreSQL's programs were not found (install postgresql, or set -Dfaults.pgBin)", e);
    }
  }

  /** Makes the cluster afresh (any earlier one is removed) and starts it. */
  void create() throws IOException, InterruptedException {
    if (Files.exists(data.resolve("postmaster.pid"))) {
      run(
          List.of(
              bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"),
          true);
    }
    deleteTree(dir);
    Files.createDirectories(dir);
    if (root) {
      run(List.of("chown", "postgres:postgres", dir.toString()), false);
    }
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            data.toString(),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale"),
        false);
    Files.writeString(
        data.resolve("postgresql.auto.conf"),
        "port = "
            + port
            + "\nlisten_addresses = 'localhost'\nunix_socket_directories = '"
            + dir
            + "'\n",
        java.nio.file.StandardOpenOption.APPEND);
    start();
    try (Connection c = admin("postgres");
        Statement s = c.createStatement()) {
      s.execute("create role " + USER + " login password '" + PASSWORD + "'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the cluster and waits until it takes connections. */
  void start() throws IOException, InterruptedException {
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            log.toString(),
            "-w",
            "-t",
            "120",
            "start"),
        false);
  }

  /** Stops it the way an operator's fast shutdown does: open sessions are ended at once. */
  void stopFast() throws IOException, InterruptedException {
    run(
        List.of(
            bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"),
        false);
  }

  boolean running() {
    return Files.exists(data.resolve("postmaster.pid"));
  }

  /** Creates an empty database owned by Waypoint's role (dropping one of that name first). */
  void createDatabase(String name) throws SQLException {
    try (Connection c = admin("postgres");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name + " owner " + USER);
    }
  }

  String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), USER, PASSWORD);
  }

  private Connection admin(String database) throws SQLException {
    return DriverManager.getConnection(url(database), "postgres", "");
  }

  /** Runs one of PostgreSQL's programs, as the postgres account when the tests run as root. */
  private void run(List<String> command, boolean tolerate)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (root && !command.get(0).equals("chown")) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Path out = Files.createTempFile("faults-pg", ".txt");
    Process p =
        new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", full) + " did not finish");
    }
    String output = Files.readString(out);
    Files.delete(out);
    if (p.exitValue() != 0 && !tolerate) {
      throw new IllegalStateException(
          String.join(" ", full) + " failed (" + p.exitValue() + "):\n" + output);
    }
  }

  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
