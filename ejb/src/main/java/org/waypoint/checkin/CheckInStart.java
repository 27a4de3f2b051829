package org.waypoint.checkin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.waypoint.risk.RiskLevel;

/**
 * What the check-in form starts from.
 *
 * @param copingStrategies the coping strategies and distractions of the client's current safety
 *     plan, in the plan's order; empty without a plan
 * @param planVersion the current plan version, or {@code null} without a plan
 * @param lastCheckInAt when the last check-in was, or {@code null} before the first
 * @param currentLevel the client's current risk level, or {@code null}
 * @param draft the caller's draft for this client, or {@code null}
 * @param draftSavedAt when the draft was kept, or {@code null}
 */
public record CheckInStart(
    List<String> copingStrategies,
    Integer planVersion,
    Instant lastCheckInAt,
    RiskLevel currentLevel,
    CheckInAnswers draft,
    Instant draftSavedAt)
    implements Serializable {

  public CheckInStart {
    copingStrategies = List.copyOf(copingStrategies);
  }
}
