package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;

/** Flyway's migrations build the schema from nothing, and Hibernate's mapping matches it. */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(SchemaIT.class, SchemaProbe.class);
  }

  private static SchemaProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/SchemaProbe!" + SchemaProbe.class.getName(),
        SchemaProbe.class);
  }

  @Test
  void everyMigrationAppliesToAnEmptySchema() throws Exception {
    int[] counts = probe().migrateEmptySchema();

    assertTrue(counts[0] > 0, "no migration scripts found");
    assertEquals(counts[0], counts[1], "every script executed");
    assertEquals(0, counts[2], "nothing left pending");
    assertEquals(1, counts[3], "Flyway reported success");
  }

  @Test
  void hibernateValidatesTheMigratedSchema() {
    assertEquals("validate", probe().validateMapping());
  }
}
