package org.waypoint.risk;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a check-in found, as the risk rules read it.
 *
 * @param selfHarm self-harm since the last check-in
 * @param medicalCare whether that self-harm needed medical care
 * @param urge the urge to self-harm now, 0 to 10
 * @param warningSigns each warning sign's rating, 0 to 4; a sign not rated counts as 0
 * @param substanceUse substance use since the last check-in
 * @param meansAccess whether the client has access to means (sharps, stockpiled medication)
 * @param screening the suicide screening, complete
 */
public record CheckInFacts(
    boolean selfHarm,
    boolean medicalCare,
    int urge,
    Map<WarningSign, Integer> warningSigns,
    SubstanceUse substanceUse,
    boolean meansAccess,
    SuicideScreening screening)
    implements Serializable {

  public CheckInFacts {
    warningSigns = warningSigns.isEmpty() ? Map.of() : new EnumMap<>(warningSigns);
    Objects.requireNonNull(substanceUse);
    Objects.requireNonNull(screening);
  }

  /**
   * @param screening a complete suicide screening
   * @return the facts of a screening alone (as at intake), with nothing else reported
   */
  public static CheckInFacts screeningOnly(SuicideScreening screening) {
    return new CheckInFacts(false, false, 0, Map.of(), SubstanceUse.NONE, false, screening);
  }

  /**
   * @param sign a warning sign
   * @return its rating, 0 when not rated
   */
  public int rating(WarningSign sign) {
    Integer rating = warningSigns.get(sign);
    return rating == null ? 0 : rating;
  }
}
