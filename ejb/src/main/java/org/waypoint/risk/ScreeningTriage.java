package org.waypoint.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a complete suicide screening into a risk level with its reasons, following the screening
 * rows of Waypoint's default rule table:
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
    SuicideScreening s = screening.asked();
    List<String> imminent = new ArrayList<>();
    if (yes(s.intent())) {
      imminent.add("intends to act on suicidal thoughts (item 4)");
    }
    if (yes(s.plan())) {
      imminent.add("has a suicide plan (item 5)");
    }
    if (yes(s.behavior()) && yes(s.behaviorRecent())) {
      imminent.add("suicidal behavior within the past 3 months (item 6)");
    }
    if (!imminent.isEmpty()) {
      return new RiskFinding(RiskLevel.IMMINENT, imminent);
    }
    if (yes(s.method())) {
      return new RiskFinding(RiskLevel.HIGH, List.of("has thought about a method (item 3)"));
    }
    List<String> moderate = new ArrayList<>();
    if (yes(s.wishDead())) {
      moderate.add("wished to be dead (item 1)");
    }
    if (yes(s.thoughts())) {
      moderate.add("suicidal thoughts (item 2)");
    }
    if (yes(s.behavior())) {
      moderate.add("suicidal behavior more than 3 months ago (item 6)");
    }
    if (!moderate.isEmpty()) {
      return new RiskFinding(RiskLevel.MODERATE, moderate);
    }
    return new RiskFinding(RiskLevel.LOW, List.of("no screening item answered yes"));
  }

  private static boolean yes(Boolean answer) {
    return Boolean.TRUE.equals(answer);
  }
}
