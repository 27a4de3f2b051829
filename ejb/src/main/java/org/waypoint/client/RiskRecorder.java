package org.waypoint.client;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.waypoint.risk.RiskAssessment;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.RiskSource;

/**
 * Saves a client's new risk level in the caller's transaction: the assessment, and the level kept
 * on the client for lists. Checks nothing: callers authorise first.
 */
@Dependent
public class RiskRecorder {

  @PersistenceContext private EntityManager em;

  /**
   * @param client the client
   * @param finding the level and its reasons
   * @param source what produced it
   * @param at when
   * @param by the username of the staff member who recorded it
   */
  public void record(Client client, RiskFinding finding, RiskSource source, Instant at, String by) {
    record(client, finding, source, at, by, false);
  }

  /**
   * Also sets when the client's next check-in is due, by the level's cadence.
   *
   * @param client the client
   * @param finding the level and its reasons
   * @param source what produced it
   * @param at when
   * @param by the username of the staff member who recorded it
   * @param rising whether this assessment marks the client as rising
   */
  public void record(
      Client client,
      RiskFinding finding,
      RiskSource source,
      Instant at,
      String by,
      boolean rising) {
    em.persist(new RiskAssessment(client.getId(), finding, source, at, by));
    client.assessedAs(finding.level(), at.plus(finding.level().checkInEvery()), rising);
  }
}
