package org.waypoint.perf.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.waypoint.persistence.FlywayMigrationIntegrator;

/**
 * The schema around a bulk load: created by the application's own migrations, its secondary indexes
 * and its foreign-key and unique constraints set aside while rows stream in, then re-created from
 * the definitions PostgreSQL reported (same names, same definitions), the identity sequences moved
 * past the loaded ids, and the tables analyzed. Primary keys and check constraints stay throughout,
 * so every row is checked as it arrives.
 */
final class Schema {

  private static final String PUBLIC = "'public'";

  /** One statement that re-creates what was set aside. */
  record Restore(String table, String sql, boolean foreignKey) {}

  private Schema() {}

  /** Refuses a database that already has tables: the generator loads into an empty one only. */
  static void requireEmpty(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "select count(*) from information_schema.tables where table_schema = " + PUBLIC)) {
      r.next();
      if (r.getLong(1) > 0) {
        throw new IllegalStateException(
            "the database is not empty ("
                + r.getLong(1)
                + " tables): create an empty one with scripts/prepare-postgres.sh NAME");
      }
    }
  }

  /** Creates the schema with the application's migrations (portable and PostgreSQL ones). */
  static String migrate(DataSource dataSource) {
    var result = FlywayMigrationIntegrator.configuration(dataSource).load().migrate();
    return result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations)";
  }

  /**
   * Drops the secondary indexes, unique constraints and foreign keys of the application's tables,
   * returning how to re-create each exactly.
   */
  static List<Restore> setAside(Connection connection) throws SQLException {
    List<Restore> restores = new ArrayList<>();
    List<String> drops = new ArrayList<>();
    List<String> foreignKeyDrops = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype"
                  + " from pg_constraint c where c.connamespace = "
                  + PUBLIC
                  + "::regnamespace and c.contype in ('f', 'u')"
                  + " and c.conrelid::regclass::text <> 'flyway_schema_history'"
                  + " order by c.contype desc, c.conname")) {
        while (r.next()) {
          String table = r.getString(1);
          String name = r.getString(2);
          boolean fk = "f".equals(r.getString(4));
          restores.add(
              new Restore(
                  table,
                  "alter table " + table + " add constraint " + name + " " + r.getString(3),
                  fk));
          (fk ? foreignKeyDrops : drops).add("alter table " + table + " drop constraint " + name);
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "select i.tablename, i.indexname, i.indexdef from pg_indexes i"
                  + " where i.schemaname = "
                  + PUBLIC
                  + " and i.tablename <> 'flyway_schema_history'"
                  + " and not exists (select 1 from pg_constraint c"
                  + " where c.conindid = (quote_ident(i.indexname))::regclass"
                  + " and c.contype in ('p', 'u', 'x'))"
                  + " order by i.indexname")) {
        while (r.next()) {
          restores.add(new Restore(r.getString(1), r.getString(3), false));
          drops.add("drop index " + r.getString(2));
        }
      }
      // foreign keys first: a unique constraint may be what one refers to
      foreignKeyDrops.addAll(drops);
      for (String drop : foreignKeyDrops) {
        s.execute(drop);
      }
    }
    connection.commit();
    return restores;
  }

  /**
   * Re-creates what {@link #setAside} dropped: indexes and unique constraints on two connections at
   * once, then the foreign keys (each validated over the loaded rows).
   */
  static void restore(List<Restore> restores, List<Connection> connections, String table)
      throws Exception {
    List<Restore> mine =
        restores.stream().filter(r -> table == null || r.table().equals(table)).toList();
    run(mine.stream().filter(r -> !r.foreignKey()).map(Restore::sql).toList(), connections);
    run(mine.stream().filter(Restore::foreignKey).map(Restore::sql).toList(), connections);
  }

  private static void run(List<String> statements, List<Connection> connections) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(connections.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      java.util.concurrent.ConcurrentLinkedQueue<String> queue =
          new java.util.concurrent.ConcurrentLinkedQueue<>(statements);
      for (Connection connection : connections) {
        done.add(
            pool.submit(
                () -> {
                  String sql;
                  while ((sql = queue.poll()) != null) {
                    try (Statement s = connection.createStatement()) {
                      s.execute(sql);
                      connection.commit();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Moves every identity sequence and the MRN sequence past the loaded rows. */
  static void fixSequences(Connection connection, long lastMrnSequence) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "select table_name from information_schema.columns where table_schema = "
                    + PUBLIC
                    + " and column_name = 'id' and is_identity = 'YES' order by table_name")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    try (Statement s = connection.createStatement()) {
      for (String table : tables) {
        s.execute(
            "select setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), coalesce((select max(id) from "
                + table
                + "), 0) + 1, false)");
      }
      s.execute("select setval('client_mrn_seq', " + (lastMrnSequence + 1) + ", false)");
    }
    connection.commit();
  }

  /** Gathers the planner's statistics for every table, two tables at a time. */
  static void analyze(List<String> tables, List<Connection> connections) throws Exception {
    run(tables.stream().map(t -> "analyze " + t).toList(), connections);
  }
}
