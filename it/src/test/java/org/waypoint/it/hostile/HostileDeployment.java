package org.waypoint.it.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.waypoint.it.support.Deployments;

/**
 * The EAR as built plus one small web module, {@code /waypoint-probe}, that reads the database's
 * fingerprint ({@link DatabaseFingerprintServlet}). The product never holds it.
 */
final class HostileDeployment {

  static final String PROBE = "waypoint-probe.war";

  private HostileDeployment() {}

  static EnterpriseArchive waypointWithProbe() {
    EnterpriseArchive ear = Deployments.waypoint();
    ear.addAsModule(
        ShrinkWrap.create(WebArchive.class, PROBE)
            .addClasses(
                DatabaseFingerprintServlet.class,
                ProbeAuthentication.class,
                ShiftSetupServlet.class,
                DischargeCallsServlet.class));
    String applicationXml;
    try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
      applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    ear.setApplicationXML(
        new StringAsset(
            applicationXml.replace(
                "<library-directory>",
                "<module><web><web-uri>"
                    + PROBE
                    + "</web-uri><context-root>/waypoint-probe</context-root></web></module>\n"
                    + "  <library-directory>")));
    return ear;
  }
}
