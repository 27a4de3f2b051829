package org.waypoint.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2 trigger for tables whose rows are final once signed (see the vendor migrations): refuses an
 * UPDATE or DELETE of a row whose {@code status} is {@code SIGNED} or, for a table without a
 * status, whose {@code signed_at} is set. Drafts stay changeable. PostgreSQL has the same rule in
 * PL/pgSQL.
 */
public class SignedRowsAreFinal implements Trigger {

  private String table = "this table";
  private int status = -1;
  private int signedAt = -1;

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    this.table = table.toLowerCase(Locale.ROOT);
    try (PreparedStatement columns =
        conn.prepareStatement(
            "select column_name, ordinal_position from information_schema.columns"
                + " where table_schema = ? and table_name = ?")) {
      columns.setString(1, schema);
      columns.setString(2, table);
      try (ResultSet rs = columns.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1).toUpperCase(Locale.ROOT);
          if (name.equals("STATUS")) {
            status = rs.getInt(2) - 1;
          } else if (name.equals("SIGNED_AT")) {
            signedAt = rs.getInt(2) - 1;
          }
        }
      }
    }
    if (status < 0 && signedAt < 0) {
      throw new SQLException(table + " has neither a status nor a signed_at column");
    }
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    boolean signed =
        status >= 0 ? "SIGNED".equals(String.valueOf(oldRow[status])) : oldRow[signedAt] != null;
    if (signed) {
      throw new SQLException(
          "signed rows of "
              + table
              + " are final: "
              + (newRow == null ? "DELETE" : "UPDATE")
              + " refused",
          "42000");
    }
  }
}
