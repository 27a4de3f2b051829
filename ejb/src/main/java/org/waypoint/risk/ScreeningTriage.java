package org.waypoint.risk;

import java.util.List;

/**
 * Turns a complete suicide screening into a risk level with its reasons, following the screening
 * rows of Waypoint's default rule table ({@link RiskRules}, which holds the logic):
 *
 * <table>
 *   <caption>Screening triage</caption>
 *   <tr><th>level</th><th>any of</th></tr>
 *   <tr><td>Imminent</td><td>intent (item 4); plan (item 5); suicidal behavior within the past 3
 *       months (item 6)</td></tr>
 *   <tr><td>High</td><td>thought about a method (item 3)</td></tr>
 *   <tr><td>Moderate</td><td>wish to be dead (item 1); suicidal thoughts (item 2); suicidal
 *       behavior more than 3 months ago</td></tr>
 *   <tr><td>Low</td><td>none of the above</td></tr>
 * </table>
 *
 * <p>The skip logic applies first ({@link SuicideScreening#asked()}): an answer to item 3, 4 or 5
 * after a no to item 2 is never counted. The level supports clinical judgement; it does not replace
 * it.
 */
public final class ScreeningTriage {

  private ScreeningTriage() {}

  /**
   * @param screening the answers
   * @return the level, with every reason at that level
   * @throws IllegalArgumentException when the screening is not complete
   */
  public static RiskFinding assess(SuicideScreening screening) {
    if (!screening.complete()) {
      throw new IllegalArgumentException("The screening is not complete");
    }
    RiskFinding finding = RiskRules.assess(CheckInFacts.screeningOnly(screening));
    return finding.level() == RiskLevel.LOW
        ? new RiskFinding(RiskLevel.LOW, List.of("no screening item answered yes"))
        : finding;
  }
}
