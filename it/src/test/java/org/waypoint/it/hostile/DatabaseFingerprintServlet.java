package org.waypoint.it.hostile;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * One line per table of Waypoint's database, so a test can tell whether a request changed anything:
 * a versioned table's row count, highest id and sum of versions, any other table's row count and a
 * hash of every row. The audit trail is left out: it records refusals by design; so are a
 * submission's claims that made no record ({@link #ONLY}) and the audit trail's scheduled
 * verification, which writes its result on the hour whatever a request does. Only in the
 * hostile-input test's deployment (its own web module), never in the product.
 */
@WebServlet("/fingerprint")
public class DatabaseFingerprintServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Tables a refused request may change by design. */
  static final Set<String> LEFT_OUT =
      Set.of("AUDIT_EVENT", "AUDIT_CHAIN_HEAD", "AUDIT_INTEGRITY_CHECK", "FLYWAY_SCHEMA_HISTORY");

  /**
   * Rows a refused request may write by design, by table: a submission's claim (its token taken, in
   * a transaction of its own before the work, so a twin of the same submission waits for it) holds
   * no input and stays without a record when the work is refused; only a claim that made a record
   * counts.
   */
  static final Map<String, String> ONLY = Map.of("SUBMISSION", " where record_id is not null");

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private transient DataSource database;

  /**
   * The query that sums up each table, by table, read from the schema once: a versioned table (one
   * with {@code id} and {@code version} columns, whose every update the persistence layer makes
   * raises the version) by its row count, highest id and sum of versions; any other table by every
   * row.
   */
  private transient volatile Map<String, String> summaries;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    StringBuilder out = new StringBuilder();
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      if (summaries == null) {
        summaries = summaries(c);
      }
      for (Map.Entry<String, String> table : summaries.entrySet()) {
        try (ResultSet r = s.executeQuery(table.getValue())) {
          out.append(table.getKey()).append(' ').append(summary(r)).append('\n');
        }
      }
    } catch (SQLException | NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(out.toString());
  }

  private static Map<String, String> summaries(Connection c) throws SQLException {
    Map<String, String> queries = new TreeMap<>();
    try (ResultSet t =
        c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (t.next()) {
        String table = t.getString("TABLE_NAME");
        if (!LEFT_OUT.contains(table.toUpperCase(Locale.ROOT))) {
          queries.put(table, null);
        }
      }
    }
    for (Map.Entry<String, String> table : queries.entrySet()) {
      Set<String> columns = new HashSet<>();
      try (ResultSet col = c.getMetaData().getColumns(null, c.getSchema(), table.getKey(), "%")) {
        while (col.next()) {
          columns.add(col.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      table.setValue(
          columns.contains("id") && columns.contains("version")
              ? "select count(*) as fp_rows, max(id) as fp_max_id, sum(version) as fp_versions"
                  + " from "
                  + table.getKey()
              : "select * from "
                  + table.getKey()
                  + ONLY.getOrDefault(table.getKey().toUpperCase(Locale.ROOT), ""));
    }
    return queries;
  }

  /** One line for a table: its summary row as it is, or every row hashed (order-independent). */
  private static String summary(ResultSet r) throws SQLException, NoSuchAlgorithmException {
    int columns = r.getMetaData().getColumnCount();
    if (r.getMetaData().getColumnLabel(1).equalsIgnoreCase("fp_rows")) {
      r.next();
      return r.getString(1) + " " + r.getString(2) + " " + r.getString(3);
    }
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long rows = 0;
    byte[] sum = new byte[32];
    while (r.next()) {
      rows++;
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= columns; i++) {
        row.append(r.getString(i)).append('\u0001');
      }
      byte[] h = digest.digest(row.toString().getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < sum.length; i++) {
        sum[i] ^= h[i];
      }
    }
    return rows + " " + HexFormat.of().formatHex(sum);
  }
}
