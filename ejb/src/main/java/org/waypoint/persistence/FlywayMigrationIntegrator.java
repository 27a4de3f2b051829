package org.waypoint.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the database with Flyway while Hibernate builds its session factory, before it validates
 * the schema: a {@code @Startup} bean would run after validation had already failed. Registered in
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 */
public class FlywayMigrationIntegrator implements Integrator {

  /**
   * Waypoint's migrations: the SQL ones in {@link #locations} and the Java ones, registered here.
   *
   * @param dataSource the database
   * @return the Flyway configuration, ready to load
   */
  public static FluentConfiguration configuration(DataSource dataSource) {
    return Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations(dataSource))
        .javaMigrations(new V8__FoldSearchNames())
        .failOnMissingLocations(true);
  }

  /**
   * Where the migrations are for a database: the portable ones ({@code db/migration}), then those
   * for that database only ({@code db/vendor/h2} or {@code db/vendor/postgresql}).
   *
   * @param dataSource the database
   * @return the Flyway locations
   */
  public static String[] locations(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
    String vendor =
        product.contains("h2") ? "h2" : product.contains("postgres") ? "postgresql" : product;
    return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
  }

  private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    ConnectionProvider connections =
        sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
    if (connections == null || !connections.isUnwrappableAs(DataSource.class)) {
      throw new IllegalStateException("Waypoint needs a DataSource to migrate the schema");
    }
    // H2 loads trigger classes (org.waypoint.audit.AuditEventsAreFinal) through the context loader
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    MigrateResult result;
    try {
      thread.setContextClassLoader(FlywayMigrationIntegrator.class.getClassLoader());
      result = configuration(connections.unwrap(DataSource.class)).load().migrate();
    } finally {
      thread.setContextClassLoader(previous);
    }
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now)");
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release: Flyway keeps no connection once migrate() returns
  }
}
