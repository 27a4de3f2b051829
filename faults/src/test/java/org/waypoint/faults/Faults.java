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
    // the run's end (Teardown) stops both; this is the net for a run cut short
    Runtime.getRuntime().addShutdownHook(new Thread(this::end));
  }

  /** Ends the server and the cluster at once, and prints the counts. */
  synchronized void end() {
    try {
      server.kill();
      if (cluster.running()) {
        cluster.stopFast();
      }
    } catch (Exception e) {
      e.printStackTrace();
    }
    if (!ended) {
      ended = true;
      System.out.print(Summary.text());
    }
  }

  private boolean ended;

  /**
   * A JUnit extension on every fault test: when the whole run ends (JUnit closes the root context's
   * store), the shared server and cluster are stopped.
   */
  static final class Teardown implements org.junit.jupiter.api.extension.BeforeAllCallback {
    @Override
    public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
      context
          .getRoot()
          .getStore(org.junit.jupiter.api.extension.ExtensionContext.Namespace.GLOBAL)
          .getOrComputeIfAbsent(
              Teardown.class,
              k ->
                  (org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource)
                      () -> {
                        synchronized (Faults.class) {
                          if (shared != null) {
                            shared.end();
                          }
                        }
                      });
    }
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
    long seconds;
    try {
      seconds = server.start(cluster, database);
    } catch (Exception | Error e) {
      server.kill(); // a server that did not come up is never left behind
      throw e;
    }
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
