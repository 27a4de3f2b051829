package org.waypoint.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Waypoint's WildFly as an operating-system process: {@code standalone.sh} of this module's own
 * provisioned server (target/server-postgres), the EAR in its deployments folder, the datasource
 * pointed at a database of the private cluster, no demo mode. {@link #kill()} sends SIGKILL to the
 * server's JVM itself (not only to the script that started it).
 */
final class Server {

  private static final Duration READY_WITHIN = Duration.ofMinutes(6);

  private final Path home;
  private final Path ear;
  private final Path logs;
  private final int offset;
  private Process script;
  private ProcessHandle jvm;
  private int starts;
  private String database;

  Server(Path home, Path ear, Path logs, int offset) {
    this.home = home;
    this.ear = ear;
    this.logs = logs;
    this.offset = offset;
  }

  String baseUrl() {
    return "http://localhost:" + (8080 + offset) + "/waypoint";
  }

  String database() {
    return database;
  }

  boolean running() {
    return jvm != null && jvm.isAlive();
  }

  /**
   * Starts the server on a database and waits until the sign-in page answers.
   *
   * @return the seconds from start to ready
   */
  long start(Cluster cluster, String database) throws IOException, InterruptedException {
    if (running()) {
      throw new IllegalStateException("the server is running already");
    }
    if (answers(HttpClient.newHttpClient())) {
      throw new IllegalStateException(
          "another server answers at " + baseUrl() + ": stop it, or choose -Dfaults.portOffset");
    }
    Path deployments = home.resolve("standalone/deployments");
    if (starts == 0) {
      // a server left by an earlier run keeps nothing: no deployment, no transaction log
      try (var old = Files.list(deployments)) {
        for (Path p : old.filter(p -> p.getFileName().toString().startsWith("waypoint")).toList()) {
          Files.delete(p);
        }
      }
      Cluster.deleteTree(home.resolve("standalone/data"));
      Cluster.deleteTree(home.resolve("standalone/tmp"));
      Files.copy(ear, deployments.resolve("waypoint.ear"), StandardCopyOption.REPLACE_EXISTING);
    }
    starts++;
    this.database = database;
    Files.createDirectories(logs);
    Path log = logs.resolve("server-" + starts + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    home.resolve("bin/standalone.sh").toString(),
                    "-Djboss.socket.binding.port-offset=" + offset))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("WAYPOINT_DB_URL", cluster.url(database));
    env.put("WAYPOINT_DB_USER", Cluster.USER);
    env.put("WAYPOINT_DB_PASSWORD", Cluster.PASSWORD);
    env.remove("WAYPOINT_DEMO");
    env.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx768m -XX:MaxMetaspaceSize=384m");
    env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    long started = System.nanoTime();
    script = pb.start();
    jvm = null;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = started + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (jvm == null || !jvm.isAlive()) {
        jvm = java().orElse(null);
      }
      if (!script.isAlive()) {
        throw new IllegalStateException("the server stopped while starting; its log: " + log);
      }
      if (Files.exists(deployments.resolve("waypoint.ear.failed"))) {
        throw new IllegalStateException("Waypoint failed to deploy; the server's log: " + log);
      }
      if (jvm != null && answers(http)) {
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the server was not ready within " + READY_WITHIN + "; " + log);
  }

  /** Whether the sign-in page answers. */
  private boolean answers(HttpClient http) throws InterruptedException {
    try {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException notListening) {
      return false;
    }
  }

  /**
   * The server's JVM that standalone.sh started (a child of the script's shell; not the short
   * {@code java -version} checks the script runs first).
   */
  private Optional<ProcessHandle> java() {
    return script
        .toHandle()
        .descendants()
        .filter(
            p ->
                p.info().command().map(c -> c.endsWith("/java")).orElse(false)
                    && p.info()
                        .arguments()
                        .map(a -> String.join(" ", a).contains("jboss-modules.jar"))
                        .orElse(false))
        .findFirst();
  }

  /**
   * kill -9 of the server's JVM, as a power cut or the kernel's OOM killer would end it (and of the
   * script that started it, if the JVM was not found yet).
   */
  void kill() throws InterruptedException {
    if (script == null) {
      return;
    }
    ProcessHandle target = jvm != null ? jvm : java().orElse(null);
    if (target != null) {
      target.destroyForcibly();
      target.onExit().join();
    }
    script.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    script.destroyForcibly();
    script.waitFor(60, TimeUnit.SECONDS);
    jvm = null;
  }

  /** Stops the server in order (SIGTERM: WildFly's own shutdown), at most a minute. */
  void stop() throws InterruptedException {
    if (!running()) {
      return;
    }
    jvm.destroy();
    try {
      jvm.onExit().get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      jvm.destroyForcibly();
    }
    script.waitFor(60, TimeUnit.SECONDS);
    jvm = null;
  }
}
