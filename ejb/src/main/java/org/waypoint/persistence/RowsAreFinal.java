package org.waypoint.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger for tables whose rows are never changed once written (see the vendor migrations):
 * refuses every UPDATE and DELETE, naming the table. PostgreSQL has the same rule in PL/pgSQL.
 */
public class RowsAreFinal implements Trigger {

  private String table = "this table";

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type) {
    this.table = table.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "rows of " + table + " are final: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
        "42000");
  }
}
