package org.waypoint.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.security.StaffDirectory;

/**
 * Reads the intake that admitted a client without checking or auditing anything: for the services
 * that do both ({@link IntakeService}, the chart's one audited read). Never called from a page.
 */
@Dependent
public class IntakeReader {

  @PersistenceContext private EntityManager em;

  /**
   * @param clientId the client
   * @return the intake, or {@code null} when the client was registered without one
   */
  public IntakeRecord ofClient(long clientId) {
    return em.createQuery("select i from Intake i where i.client.id = :client", Intake.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst()
        .map(
            intake ->
                new IntakeRecord(
                    intake,
                    StaffDirectory.names(em, List.of(intake.getStartedBy(), intake.getUpdatedBy())),
                    null))
        .orElse(null);
  }
}
