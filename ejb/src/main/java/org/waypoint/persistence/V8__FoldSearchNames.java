package org.waypoint.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.waypoint.client.SearchText;

/**
 * Folds every client's search name in Java, exactly as the application does ({@link
 * SearchText#nameKey}): V7's SQL backfill could only fold the common accented letters. Registered
 * with Flyway by {@link FlywayMigrationIntegrator#configuration}, not found by scanning.
 */
public class V8__FoldSearchNames extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement select = connection.createStatement();
        ResultSet clients =
            select.executeQuery(
                "select id, legal_first_name, legal_last_name, preferred_name from client");
        PreparedStatement update =
            connection.prepareStatement("update client set search_name = ? where id = ?")) {
      while (clients.next()) {
        update.setString(
            1,
            SearchText.nameKey(
                clients.getString("legal_first_name"),
                clients.getString("legal_last_name"),
                clients.getString("preferred_name")));
        update.setLong(2, clients.getLong("id"));
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
