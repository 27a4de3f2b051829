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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One line per table of Waypoint's database: its name, row count and a hash of every row, so a test
 * can tell whether a request changed anything. The audit trail is left out: it records refusals by
 * design. Only in the hostile-input test's deployment (its own web module), never in the product.
 */
@WebServlet("/fingerprint")
public class DatabaseFingerprintServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** Tables a refused request may change by design. */
  static final Set<String> LEFT_OUT =
      Set.of("AUDIT_EVENT", "AUDIT_CHAIN_HEAD", "FLYWAY_SCHEMA_HISTORY");

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private transient DataSource database;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    StringBuilder out = new StringBuilder();
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet t =
          c.getMetaData()
              .getTables(null, c.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
        while (t.next()) {
          tables.add(t.getString("TABLE_NAME"));
        }
      }
      tables.sort(null);
      for (String table : tables) {
        if (LEFT_OUT.contains(table.toUpperCase(Locale.ROOT))) {
          continue;
        }
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long rows = 0;
        try (ResultSet r = s.executeQuery("select * from " + table)) {
          int columns = r.getMetaData().getColumnCount();
          // order-independent: rows are summed by their own hashes
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
          out.append(table)
              .append(' ')
              .append(rows)
              .append(' ')
              .append(HexFormat.of().formatHex(sum))
              .append('\n');
        }
      }
    } catch (SQLException | NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(out.toString());
  }
}
