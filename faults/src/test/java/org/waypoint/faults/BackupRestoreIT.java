package org.waypoint.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.audit.AuditChainScan;

/**
 * Backup and restore (issue 16, section 6) with the documented scripts: {@code scripts/backup.sh}
 * dumps Waypoint's database, {@code scripts/restore.sh} restores the dump into a new database, and
 * Waypoint started on it finds every record: each table's rows are the same (counted and compared
 * by content), the sequences stand where they stood, the audit chain verifies, a chart shows a
 * check-in recorded before the backup, and a new check-in saves.
 */
@Order(3)
@ExtendWith(Faults.Teardown.class)
class BackupRestoreIT {

  static final String RESTORED = "waypoint_faults_restored";

  @Test
  void aRestoredDumpHoldsEveryRecordAndWaypointRunsOnIt() throws Exception {
    Faults f = Faults.get();
    String run = UUID.randomUUID().toString().substring(0, 8);
    long client = f.seed.clients.get(1);
    String words = "Recorded before the backup " + run;
    WebUser user = f.signedIn();
    Screens.openCheckIn(user, client);
    assertTrue(Screens.recordCheckIn(user, words).redirected());
    String saveAll = Screens.startNote(user, client);
    assertTrue(Screens.draftSaved(Screens.saveNote(user, saveAll, "burst backup " + run)));

    // the source is left quiet, so that what the dump holds can be compared with it afterwards
    long t = System.nanoTime();
    f.server.stop();
    String source = Faults.DATABASE;
    Path dump = f.work.resolve("backup/waypoint.dump");
    Files.deleteIfExists(dump);
    script(f, "waypoint", "backup.sh", source, dump.toString());
    try (Connection c = f.cluster.connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + RESTORED);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    script(f, "postgres", "restore.sh", dump.toString(), RESTORED, Cluster.USER);
    Faults.log("backup.sh, then restore.sh into " + RESTORED, t);

    Map<String, String> before;
    Map<String, String> after;
    long events;
    try (Connection from = f.cluster.connect(source);
        Connection to = f.cluster.connect(RESTORED)) {
      before = contents(from);
      after = contents(to);
      events = AuditChainScan.verify(to);
      Summary.add("audit chain verified", 1);
    }
    List<String> differing = new ArrayList<>();
    before.forEach(
        (k, v) -> {
          if (!v.equals(after.get(k))) {
            differing.add(k + ": " + v + " before, " + after.get(k) + " restored");
          }
        });
    after.keySet().stream()
        .filter(k -> !before.containsKey(k))
        .forEach(k -> differing.add(k + ": only in the restored database"));
    assertEquals(List.of(), differing, "every table and sequence restored as it was");
    long rows =
        before.entrySet().stream()
            .filter(e -> e.getKey().startsWith("table "))
            .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0]))
            .sum();

    f.start(RESTORED);
    WebUser restored = f.signedIn();
    // the check-ins section lists each check-in by the time it was recorded (its words are in
    // the row's expansion, loaded on demand)
    String recorded;
    try (Connection c = f.cluster.connect(RESTORED);
        java.sql.PreparedStatement s =
            c.prepareStatement("select recorded_at from check_in where client_words = ?")) {
      s.setString(1, words);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "the restored database holds the check-in");
        recorded =
            java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm a", java.util.Locale.US)
                .format(
                    r.getObject(1, java.time.OffsetDateTime.class)
                        .atZoneSameInstant(java.time.ZoneId.of("America/Chicago")));
      }
    }
    String chart = restored.open("/client/" + client + "?section=check-ins").text();
    assertTrue(
        chart.contains(recorded),
        "the chart lists the check-in recorded before the backup (" + recorded + "):\n" + chart);
    String next = "Recorded on the restored database " + run;
    Screens.openCheckIn(restored, client);
    assertTrue(Screens.recordCheckIn(restored, next).redirected(), "a new check-in saves");
    try (Connection c = f.cluster.connect(RESTORED)) {
      assertEquals(1, Checks.count(c, "check_in", "client_words", words));
      assertEquals(1, Checks.count(c, "check_in", "client_words", next));
      assertEquals(List.of(), Checks.halfWritten(c));
      events = AuditChainScan.verify(c);
      Summary.add("audit chain verified", 1);
    }
    long tables = before.keySet().stream().filter(k -> k.startsWith("table ")).count();
    Summary.add("faults survived", 1);
    Summary.line(
        "BackupRestoreIT",
        String.format(
            "pg_dump -Fc, pg_restore into a fresh database: %d tables (%d rows) and %d sequences"
                + " identical; records lost 0; Waypoint started on it, showed the chart, saved a"
                + " new check-in; audit chain verified over %d events",
            tables, rows, before.size() - tables, events));
  }

  /** Every table's row count and a digest of its rows, and every sequence's position. */
  private static Map<String, String> contents(Connection c) throws SQLException {
    Map<String, String> all = new LinkedHashMap<>();
    List<String> tables = new ArrayList<>();
    List<String> sequences = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select c.relname, c.relkind from pg_class c"
                    + " where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'S')"
                    + " order by c.relname")) {
      while (r.next()) {
        ("r".equals(r.getString(2)) ? tables : sequences).add(r.getString(1));
      }
    }
    try (Statement s = c.createStatement()) {
      for (String table : tables) {
        try (ResultSet r =
            s.executeQuery(
                "select count(*), coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '-')"
                    + " from \""
                    + table
                    + "\" t")) {
          r.next();
          all.put("table " + table, r.getLong(1) + " rows, digest " + r.getString(2));
        }
      }
      for (String sequence : sequences) {
        try (ResultSet r =
            s.executeQuery("select last_value, is_called from \"" + sequence + "\"")) {
          r.next();
          all.put("sequence " + sequence, r.getLong(1) + (r.getBoolean(2) ? " used" : " unused"));
        }
      }
    }
    return all;
  }

  /** Runs one of the project's scripts as an operator would, against the private cluster. */
  private static void script(Faults f, String pgUser, String name, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("faults.scripts"), name).toString());
    command.addAll(List.of(args));
    Path log = f.work.resolve("logs/" + name + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("PGHOST", "localhost");
    pb.environment().put("PGPORT", String.valueOf(f.cluster.port()));
    pb.environment().put("PGUSER", pgUser);
    pb.environment().put("PGPASSWORD", Cluster.PASSWORD);
    pb.environment().put("PG_BIN", f.cluster.bin().toString());
    Process p = pb.start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " finished");
    assertEquals(0, p.exitValue(), name + " succeeded: " + Files.readString(log));
    System.out.print(Files.readString(log));
  }
}
