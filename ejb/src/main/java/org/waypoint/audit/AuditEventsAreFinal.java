package org.waypoint.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger on {@code audit_event} (see the vendor migration): refuses every UPDATE and DELETE.
 * PostgreSQL has the same rule as a PL/pgSQL trigger.
 */
public class AuditEventsAreFinal implements Trigger {

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "audit events are final: "
            + (newRow == null ? "DELETE" : "UPDATE")
            + " on audit_event is refused",
        "42000");
  }
}
