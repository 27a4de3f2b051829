package org.waypoint.it.support;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Scanner;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** Deployments of the EAR exactly as the build assembled it. */
public final class Deployments {

  /** The test module's name inside the EAR. */
  static final String TEST_MODULE = "waypoint-it.jar";

  private Deployments() {}

  /**
   * @return the EAR as built, unchanged (for tests that act as a client over HTTP)
   */
  public static EnterpriseArchive waypoint() {
    String path = System.getProperty("waypoint.ear");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException("waypoint.ear not found at " + path + ": run through Maven");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
  }

  /**
   * The built EAR plus one EJB module holding the given test classes and the {@link CallerSwitch},
   * for tests that run inside the server.
   *
   * @param testClasses the test classes and their helpers
   * @return the deployment
   */
  public static EnterpriseArchive waypointWithTests(Class<?>... testClasses) {
    JavaArchive tests =
        ShrinkWrap.create(JavaArchive.class, TEST_MODULE)
            .addClasses(testClasses)
            .addClasses(SUPPORT);
    return withModule(tests, "<ejb>" + TEST_MODULE + "</ejb>", TEST_MODULE);
  }

  /** What every test module holds besides its own classes. */
  private static final Class<?>[] SUPPORT = {
    CallerSwitch.class, Services.class, Deployments.class, TestNames.class, TestAccounts.class
  };

  private static EnterpriseArchive withModule(
      org.jboss.shrinkwrap.api.Archive<?> module, String moduleXml, String name) {
    EnterpriseArchive ear = waypoint();
    ear.addAsModule(module);
    String applicationXml = read(ear, "META-INF/application.xml");
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "<library-directory>",
                "<module>" + moduleXml + "</module>\n  <library-directory>")));
    // the test module switches callers with Elytron and asks Hibernate to validate the schema
    ear.addAsManifestResource(
        new StringAsset(
            "<jboss-deployment-structure><sub-deployment name=\""
                + name
                + "\"><dependencies>"
                + "<module name=\"org.wildfly.security.elytron\"/>"
                + "<module name=\"org.hibernate\"/>"
                + "<module name=\"org.flywaydb.core\" optional=\"true\"/>"
                + "</dependencies></sub-deployment></jboss-deployment-structure>"),
        "jboss-deployment-structure.xml");
    return ear;
  }

  private static String read(EnterpriseArchive ear, String path) {
    try (Scanner in =
        new Scanner(ear.get(path).getAsset().openStream(), StandardCharsets.UTF_8)
            .useDelimiter("\\A")) {
      return in.next();
    }
  }
}
