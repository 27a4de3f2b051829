package org.waypoint.risk;

import java.io.Serializable;
import java.util.List;

/**
 * A risk level with the reasons that produced it, in words.
 *
 * @param level the level
 * @param reasons why, most serious first; "no risk factor answered yes" when none
 */
public record RiskFinding(RiskLevel level, List<String> reasons) implements Serializable {

  public RiskFinding {
    reasons = List.copyOf(reasons);
  }

  /**
   * @return the level and its reasons in one line, e.g. "High: thought about a method"
   */
  public String summary() {
    return level.label() + ": " + String.join("; ", reasons);
  }
}
