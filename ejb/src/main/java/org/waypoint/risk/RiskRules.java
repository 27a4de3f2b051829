package org.waypoint.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Waypoint's default risk rules: one table that turns what a check-in found into a risk level and
 * the reasons for it, in words. The level is the highest row any rule matches; the reasons are
 * every rule that matched at that level, so a clinician reads exactly why ("High: self-harm since
 * last check-in; urge 8/10").
 *
 * <table>
 *   <caption>Default rules</caption>
 *   <tr><th>level</th><th>any of</th></tr>
 *   <tr><td>Imminent</td><td>self-harm since the last check-in that needed medical care; intent
 *       (screening item 4); a plan (item 5); suicidal behavior within the past 3 months (item
 *       6)</td></tr>
 *   <tr><td>High</td><td>self-harm since the last check-in; urge 8 or more; thought about a method
 *       (item 3); three or more warning signs at 3 or more together with access to means</td></tr>
 *   <tr><td>Moderate</td><td>urge 5 to 7; two or more warning signs at 3 or more; intoxicated or
 *       in withdrawal; wished to be dead (item 1); suicidal thoughts (item 2); suicidal behavior
 *       more than 3 months ago</td></tr>
 *   <tr><td>Low</td><td>none of the above</td></tr>
 * </table>
 *
 * <p>The screening's skip logic applies first ({@link SuicideScreening#asked()}). The rules support
 * clinical judgement; they do not replace it: a clinician may record a different level with a
 * reason. The wording of the screening items is configuration ({@link ScreeningItems}); this logic
 * is not.
 */
public final class RiskRules {

  /** The reason given when no rule above Low matches. */
  public static final String NOTHING_ABOVE_LOW = "no rule for a higher level applies";

  /** The highest urge rating. */
  public static final int MAX_URGE = 10;

  /** How many points above the mean of the last three urges marks a client rising. */
  public static final int URGE_RISE = 3;

  /** How many earlier check-ins the urge mean looks back over. */
  public static final int URGE_WINDOW = 3;

  private static final int SIGN_THRESHOLD = 3;

  /**
   * One row of the table.
   *
   * @param level the level the rule gives
   * @param reason the reason in words when the rule matches, else empty
   */
  private record Rule(RiskLevel level, Function<CheckInFacts, Optional<String>> reason) {}

  private static final List<Rule> TABLE =
      List.of(
          // Imminent
          when(
              RiskLevel.IMMINENT,
              f -> f.selfHarm() && f.medicalCare(),
              f -> "self-harm since last check-in that needed medical care"),
          when(
              RiskLevel.IMMINENT,
              f -> yes(f.screening().asked().intent()),
              f -> "intends to act on suicidal thoughts (item 4)"),
          when(
              RiskLevel.IMMINENT,
              f -> yes(f.screening().asked().plan()),
              f -> "has a suicide plan (item 5)"),
          when(
              RiskLevel.IMMINENT,
              f ->
                  yes(f.screening().asked().behavior())
                      && yes(f.screening().asked().behaviorRecent()),
              f -> "suicidal behavior within the past 3 months (item 6)"),
          // High
          when(RiskLevel.HIGH, CheckInFacts::selfHarm, f -> "self-harm since last check-in"),
          when(RiskLevel.HIGH, f -> f.urge() >= 8, f -> "urge " + f.urge() + "/10"),
          when(
              RiskLevel.HIGH,
              f -> yes(f.screening().asked().method()),
              f -> "has thought about a method (item 3)"),
          when(
              RiskLevel.HIGH,
              f -> f.meansAccess() && strongSigns(f).size() >= 3,
              f -> signs(f) + " with access to means"),
          // Moderate
          when(
              RiskLevel.MODERATE,
              f -> f.urge() >= 5 && f.urge() <= 7,
              f -> "urge " + f.urge() + "/10"),
          when(RiskLevel.MODERATE, f -> strongSigns(f).size() >= 2, RiskRules::signs),
          when(
              RiskLevel.MODERATE,
              f -> f.substanceUse() == SubstanceUse.INTOXICATED,
              f -> "intoxicated now"),
          when(
              RiskLevel.MODERATE,
              f -> f.substanceUse() == SubstanceUse.WITHDRAWAL,
              f -> "in withdrawal"),
          when(
              RiskLevel.MODERATE,
              f -> yes(f.screening().asked().wishDead()),
              f -> "wished to be dead (item 1)"),
          when(
              RiskLevel.MODERATE,
              f -> yes(f.screening().asked().thoughts()),
              f -> "suicidal thoughts (item 2)"),
          when(
              RiskLevel.MODERATE,
              f ->
                  yes(f.screening().asked().behavior())
                      && !yes(f.screening().asked().behaviorRecent()),
              f -> "suicidal behavior more than 3 months ago (item 6)"));

  private RiskRules() {}

  /**
   * @param facts what the check-in found, with a complete screening
   * @return the level, with the reason of every rule that matched at that level
   * @throws IllegalArgumentException when the screening is incomplete or a rating is out of range
   */
  public static RiskFinding assess(CheckInFacts facts) {
    check(facts);
    RiskLevel level = RiskLevel.LOW;
    List<String> reasons = new ArrayList<>();
    for (Rule rule : TABLE) {
      Optional<String> reason = rule.reason().apply(facts);
      if (reason.isEmpty() || level.isAbove(rule.level())) {
        continue;
      }
      if (rule.level().isAbove(level)) {
        level = rule.level();
        reasons.clear();
      }
      reasons.add(reason.get());
    }
    return reasons.isEmpty()
        ? new RiskFinding(RiskLevel.LOW, List.of(NOTHING_ABOVE_LOW))
        : new RiskFinding(level, reasons);
  }

  /**
   * Whether a check-in marks the client as rising: a higher level than the previous check-in, or an
   * urge {@value #URGE_RISE} or more points above the mean of the last {@value #URGE_WINDOW}
   * check-ins' urges (of as many as there are, when fewer).
   *
   * @param level the level recorded now (the clinician's, when they set a different one)
   * @param previousLevel the level recorded at the previous check-in (or the intake screening's
   *     before the first check-in), or {@code null}
   * @param urge the urge now
   * @param previousUrges the urges of earlier check-ins, newest first
   * @return why the client is rising, or empty when not
   */
  public static Optional<String> rising(
      RiskLevel level, RiskLevel previousLevel, int urge, List<Integer> previousUrges) {
    List<String> why = new ArrayList<>();
    if (previousLevel != null && level.isAbove(previousLevel)) {
      why.add("risk level up from " + previousLevel.label() + " to " + level.label());
    }
    List<Integer> window = previousUrges.subList(0, Math.min(URGE_WINDOW, previousUrges.size()));
    if (!window.isEmpty()) {
      int sum = window.stream().mapToInt(Integer::intValue).sum();
      // urge - sum / n >= 3, kept in whole numbers so a mean like 2.67 is exact
      if (urge * window.size() - sum >= URGE_RISE * window.size()) {
        why.add(
            "urge "
                + urge
                + "/10, "
                + URGE_RISE
                + " or more above the mean of the last "
                + (window.size() == 1 ? "check-in" : window.size() + " check-ins")
                + " ("
                + mean(sum, window.size())
                + ")");
      }
    }
    return why.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", why));
  }

  private static String mean(int sum, int count) {
    return sum % count == 0
        ? Integer.toString(sum / count)
        : String.format(java.util.Locale.ROOT, "%.1f", (double) sum / count);
  }

  private static Rule when(
      RiskLevel level,
      java.util.function.Predicate<CheckInFacts> matches,
      Function<CheckInFacts, String> reason) {
    return new Rule(level, f -> matches.test(f) ? Optional.of(reason.apply(f)) : Optional.empty());
  }

  private static List<WarningSign> strongSigns(CheckInFacts f) {
    return Arrays.stream(WarningSign.values())
        .filter(sign -> f.rating(sign) >= SIGN_THRESHOLD)
        .toList();
  }

  private static String signs(CheckInFacts f) {
    List<WarningSign> strong = strongSigns(f);
    return strong.size()
        + " warning signs at 3 or more ("
        + strong.stream()
            .map(s -> s.label().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static void check(CheckInFacts f) {
    if (!f.screening().complete()) {
      throw new IllegalArgumentException("The screening is not complete");
    }
    if (f.urge() < 0 || f.urge() > MAX_URGE) {
      throw new IllegalArgumentException("An urge is rated 0 to 10, not " + f.urge());
    }
    for (WarningSign sign : WarningSign.values()) {
      if (f.rating(sign) < 0 || f.rating(sign) > WarningSign.MAX) {
        throw new IllegalArgumentException("A warning sign is rated 0 to 4, not " + f.rating(sign));
      }
    }
  }

  private static boolean yes(Boolean answer) {
    return Boolean.TRUE.equals(answer);
  }
}
