package org.waypoint.it.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.waypoint.persistence.FlywayMigrationIntegrator;

/** Runs schema work inside the server, where the datasource and persistence unit live. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaProbe {
  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private DataSource dataSource;

  @PersistenceUnit(unitName = "waypoint")
  private EntityManagerFactory emf;

  /**
   * Migrates a new, empty schema and drops it afterwards.
   *
   * @return scripts pending before, executed, pending after, and 1 when Flyway reported success
   */
  public int[] migrateEmptySchema() throws Exception {
    String schema = "flyway_check_" + Long.toString(System.nanoTime(), 36);
    Thread.currentThread().setContextClassLoader(FlywayMigrationIntegrator.class.getClassLoader());
    Flyway flyway =
        FlywayMigrationIntegrator.configuration(dataSource)
            .schemas(schema)
            .createSchemas(true)
            .load();
    try {
      int scripts = flyway.info().pending().length;
      MigrateResult result = flyway.migrate();
      int pendingAfter = flyway.info().pending().length;
      return new int[] {scripts, result.migrationsExecuted, pendingAfter, result.success ? 1 : 0};
    } finally {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        // Flyway quotes the name it creates, so it keeps its lower case on H2 as on PostgreSQL
        s.execute("drop schema \"" + schema + "\" cascade");
      }
    }
  }

  /** Asks Hibernate to validate the mapping against the live schema; throws on a mismatch. */
  public String validateMapping() {
    emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    return String.valueOf(emf.getProperties().get("hibernate.hbm2ddl.auto"));
  }
}
