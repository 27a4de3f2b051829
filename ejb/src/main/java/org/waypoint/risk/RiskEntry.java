package org.waypoint.risk;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A risk level as the chart shows it.
 *
 * @param level the level
 * @param reasons its reasons in words
 * @param source what produced it
 * @param assessedAt when
 * @param assessedBy who, by name
 */
public record RiskEntry(
    RiskLevel level, List<String> reasons, RiskSource source, Instant assessedAt, String assessedBy)
    implements Serializable {

  public RiskEntry {
    reasons = List.copyOf(reasons);
  }

  /**
   * @return the reasons in one line
   */
  public String reasonText() {
    return String.join("; ", reasons);
  }
}
