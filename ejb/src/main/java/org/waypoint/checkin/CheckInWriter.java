package org.waypoint.checkin;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.waypoint.client.Client;
import org.waypoint.client.RiskRecorder;
import org.waypoint.followup.FollowUps;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.RiskRules;
import org.waypoint.risk.RiskSource;

/**
 * Records a complete check-in in the caller's transaction: the level and reasons by {@link
 * RiskRules}, the rising mark against the client's earlier check-ins, the client's new level and
 * next due time, and the follow-up of a High or Imminent level. Checks nothing but completeness:
 * the service checks access and input first; demo data writes through here too.
 */
@Dependent
public class CheckInWriter {

  @PersistenceContext private EntityManager em;
  @Inject private RiskRecorder risks;
  @Inject private FollowUps followUps;

  /**
   * What was written.
   *
   * @param checkIn the check-in
   * @param raised the follow-up it set going
   */
  public record Written(CheckIn checkIn, FollowUps.Raised raised) {}

  private static String recordedWithRules(RiskFinding recorded, RiskFinding computed) {
    return computed.summary() + " (the clinician recorded " + recorded.level().label() + ")";
  }

  /**
   * @param client the client, locked by the caller when others may write at once
   * @param answers complete answers
   * @param planVersion the plan version the coping strategies came from, or {@code null}
   * @param at when
   * @param by the username of who recorded it
   * @param today the center's date
   * @return the check-in and its follow-up
   */
  public Written write(
      Client client,
      CheckInAnswers answers,
      Integer planVersion,
      Instant at,
      String by,
      LocalDate today) {
    RiskFinding computed = RiskRules.assess(answers.facts());
    List<CheckIn> earlier =
        em.createQuery(
                "select c from CheckIn c where c.clientId = :client"
                    + " order by c.recordedAt desc, c.id desc",
                CheckIn.class)
            .setParameter("client", client.getId())
            .setMaxResults(RiskRules.URGE_WINDOW)
            .getResultList();
    // before the first check-in, the level to compare with is the intake screening's
    RiskLevel previous = earlier.isEmpty() ? client.getRiskLevel() : earlier.get(0).getLevel();
    RiskLevel level =
        answers.getOverrideLevel() != null ? answers.getOverrideLevel() : computed.level();
    Optional<String> rising =
        RiskRules.rising(
            level, previous, answers.getUrge(), earlier.stream().map(CheckIn::getUrge).toList());
    Integer offeredFrom = answers.getCopingUsed().isEmpty() ? null : planVersion;
    CheckIn checkIn =
        new CheckIn(client.getId(), answers, computed, rising.orElse(null), offeredFrom, at, by);
    em.persist(checkIn);
    em.flush();
    RiskFinding recorded = checkIn.recorded();
    risks.record(client, recorded, RiskSource.CHECK_IN, at, by, rising.isPresent());
    String assignee =
        client.getPrimaryClinician() != null ? client.getPrimaryClinician().getUsername() : by;
    // the higher of the rules' level and the clinician's decides the follow-up: a supervisor
    // hears of every check-in either of them calls High or Imminent
    RiskFinding decisive = computed.level().isAbove(recorded.level()) ? computed : recorded;
    FollowUps.Raised raised =
        followUps.raise(
            client.getId(),
            checkIn.getId(),
            decisive.level(),
            decisive == recorded ? recorded.summary() : recordedWithRules(recorded, computed),
            assignee,
            at,
            today);
    em.createQuery("delete from CheckInDraft d where d.clientId = :client and d.username = :u")
        .setParameter("client", client.getId())
        .setParameter("u", by)
        .executeUpdate();
    return new Written(checkIn, raised);
  }
}
