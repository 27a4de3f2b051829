package org.waypoint.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
    MigrateResult result =
        Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
            .dataSource(connections.unwrap(DataSource.class))
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load()
            .migrate();
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
