package org.waypoint.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the fault tests share in one run: the private cluster, the seeded database and one server,
 * made when a test first needs them (any test also runs alone) and stopped when the run ends. The
 * server is restarted only where a fault requires it.
 */
final class Faults {

  static final String DATABASE = "waypoint_faults";

  private static Faults shared;

  final Cluster cluster;
  final Server server;
  final Seed seed;
  final Path work;

  private Faults() throws Exception {
    work = Path.of(System.getProperty("faults.work", "target/faults"));
    cluster = new Cluster(work.resolve("pg"), Integer.getInteger("faults.pgPort", 5933));
    server =
        new Server(
            Path.of(required("faults.serverHome")),
            Path.of(required("faults.ear")),
            work.resolve("logs"),
            Integer.getInteger("faults.portOffset", 500));
    long t = System.nanoTime();
    cluster.create();
    cluster.createDatabase(DATABASE);
    seed = Seed.into(cluster, DATABASE);
    log("cluster on port " + cluster.port() + " created and seeded", t);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.stop();
                    if (cluster.running()) {
                      cluster.stopFast();
                    }
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                  System.out.print(Summary.text());
                }));
  }

  /** The shared fixture, with the server running (on whichever database it last ran). */
  static synchronized Faults get() throws Exception {
    if (shared == null) {
      shared = new Faults();
    }
    if (!shared.cluster.running()) {
      shared.cluster.start();
    }
    if (!shared.server.running()) {
      shared.start(DATABASE);
    }
    return shared;
  }

  /** Starts the server on a database, and logs how long it took. */
  void start(String database) throws Exception {
    long t = System.nanoTime();
    long seconds = server.start(cluster, database);
    log("server ready on " + database + " in " + seconds + " s", t);
    Summary.add("server starts", 1);
  }

  Connection db() throws SQLException {
    return cluster.connect(server.database() == null ? DATABASE : server.database());
  }

  WebUser signedIn() throws Exception {
    WebUser user = new WebUser(server.baseUrl());
    user.signIn(Seed.CLINICIAN, Seed.PASSWORD);
    return user;
  }

  static void log(String what, long since) {
    System.out.printf(
        "[faults] %s (%.1f s)%n", what, (System.nanoTime() - since) / 1_000_000_000.0);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("-D" + property + " is not set (run through Maven)");
    }
    return value;
  }
}
