package org.waypoint.checkin;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.SuicideScreening;
import org.waypoint.risk.WarningSign;

/**
 * A check-in as the chart shows it.
 *
 * @param id the check-in
 * @param recordedAt when
 * @param recordedBy who (name)
 * @param contact in session or by phone
 * @param selfHarm self-harm since the last check-in
 * @param selfHarmOn when, or {@code null}
 * @param medicalCare whether it needed medical care, or {@code null}
 * @param urge urge now, 0 to 10
 * @param signs each warning sign's rating
 * @param substanceUse substance use since the last check-in
 * @param meansAccess access to means
 * @param screening the screening answers (unasked items {@code null})
 * @param copingUsed the safety-plan strategies used
 * @param planVersion the plan version they were offered from, or {@code null}
 * @param supportContacted whether a support person was contacted
 * @param clientWords the client's own words, or {@code null}
 * @param computed the level the rules computed, with their reasons
 * @param level the level recorded
 * @param overrideReason the clinician's reason for a different level, or {@code null}
 * @param risingReason why this check-in marks the client as rising, or {@code null}
 * @param crisisSteps the crisis checklist steps ticked
 */
public record CheckInEntry(
    long id,
    Instant recordedAt,
    String recordedBy,
    ContactMode contact,
    boolean selfHarm,
    LocalDate selfHarmOn,
    Boolean medicalCare,
    int urge,
    Map<WarningSign, Integer> signs,
    SubstanceUse substanceUse,
    boolean meansAccess,
    SuicideScreening screening,
    List<String> copingUsed,
    Integer planVersion,
    boolean supportContacted,
    String clientWords,
    RiskFinding computed,
    RiskLevel level,
    String overrideReason,
    String risingReason,
    List<CrisisStep> crisisSteps)
    implements Serializable {

  public CheckInEntry {
    signs = Map.copyOf(signs);
    copingUsed = List.copyOf(copingUsed);
    crisisSteps = List.copyOf(crisisSteps);
  }

  static CheckInEntry of(CheckIn c, String recordedByName) {
    return new CheckInEntry(
        c.getId(),
        c.getRecordedAt(),
        recordedByName,
        c.getContact(),
        c.isSelfHarm(),
        c.getSelfHarmOn(),
        c.getMedicalCare(),
        c.getUrge(),
        c.signs(),
        c.getSubstanceUse(),
        c.isMeansAccess(),
        c.screening(),
        c.copingUsed(),
        c.getPlanVersion(),
        c.isSupportContacted(),
        c.getClientWords(),
        c.computed(),
        c.getLevel(),
        c.getOverrideReason(),
        c.getRisingReason(),
        c.crisisSteps());
  }

  /**
   * @return whether the clinician recorded a level other than the computed one
   */
  public boolean overridden() {
    return overrideReason != null;
  }

  /**
   * @return the six ratings added up, 0 to 24: the warning-sign score the trend chart draws
   */
  public int signScore() {
    return WarningSign.score(signs);
  }

  /**
   * @return the warning signs rated, in the form's order, as "Hopelessness 3"
   */
  public List<String> signLines() {
    return java.util.Arrays.stream(WarningSign.values())
        .map(s -> s.label() + " " + signs.getOrDefault(s, 0))
        .toList();
  }

  /**
   * @return the computed reasons in one line
   */
  public String reasonText() {
    return String.join("; ", computed.reasons());
  }

  /**
   * @return the computed level and reasons in one line
   */
  public String computedSummary() {
    return computed.summary();
  }
}
