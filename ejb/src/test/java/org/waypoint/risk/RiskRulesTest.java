package org.waypoint.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the default risk rules and its boundaries, and the "rising" mark. */
class RiskRulesTest {

  private static final String NO_SCREENING = "nn---n-";

  /**
   * @param selfHarm y or n
   * @param medical y, n or - (not asked)
   * @param urge 0 to 10
   * @param signs six digits, one rating per warning sign in {@link WarningSign} order
   * @param substance a {@link SubstanceUse}
   * @param means y or n
   * @param screening seven characters y, n or - for items 1 to 6 and "within 3 months"
   */
  private static CheckInFacts facts(
      String selfHarm,
      String medical,
      int urge,
      String signs,
      SubstanceUse substance,
      String means,
      String screening) {
    Map<WarningSign, Integer> ratings = new EnumMap<>(WarningSign.class);
    for (WarningSign sign : WarningSign.values()) {
      ratings.put(sign, signs.charAt(sign.ordinal()) - '0');
    }
    Boolean[] s = new Boolean[7];
    for (int i = 0; i < 7; i++) {
      s[i] = answer(screening.charAt(i));
    }
    return new CheckInFacts(
        "y".equals(selfHarm),
        "y".equals(medical),
        urge,
        ratings,
        substance,
        "y".equals(means),
        new SuicideScreening(s[0], s[1], s[2], s[3], s[4], s[5], s[6]));
  }

  private static Boolean answer(char c) {
    return switch (c) {
      case 'y' -> true;
      case 'n' -> false;
      case '-' -> null;
      default -> throw new IllegalArgumentException(String.valueOf(c));
    };
  }

  @ParameterizedTest(name = "[{index}] {7}: {8}")
  @CsvSource(
      delimiter = ';',
      value = {
        // Low: nothing above
        "n;-;0;000000;NONE;n;nn---n-;LOW;no rule for a higher level applies",
        "n;-;4;222222;USED;y;nn---n-;LOW;no rule for a higher level applies",
        // urge boundaries: 4 Low, 5 and 7 Moderate, 8 and 10 High
        "n;-;4;000000;NONE;n;nn---n-;LOW;no rule for a higher level applies",
        "n;-;5;000000;NONE;n;nn---n-;MODERATE;urge 5/10",
        "n;-;7;000000;NONE;n;nn---n-;MODERATE;urge 7/10",
        "n;-;8;000000;NONE;n;nn---n-;HIGH;urge 8/10",
        "n;-;10;000000;NONE;n;nn---n-;HIGH;urge 10/10",
        // warning signs: a rating of 2 does not count, 3 does; one sign is not enough
        "n;-;0;300000;NONE;n;nn---n-;LOW;no rule for a higher level applies",
        "n;-;0;322000;NONE;n;nn---n-;LOW;no rule for a higher level applies",
        "n;-;0;330000;NONE;n;nn---n-;MODERATE;2 warning signs at 3 or more (hopelessness,"
            + " preoccupied with thoughts of self-harm)",
        "n;-;0;004004;NONE;n;nn---n-;MODERATE;2 warning signs at 3 or more (avoiding people,"
            + " change in appetite)",
        // three strong signs: Moderate without access to means, High with it
        "n;-;0;333000;NONE;n;nn---n-;MODERATE;3 warning signs at 3 or more (hopelessness,"
            + " preoccupied with thoughts of self-harm, avoiding people)",
        "n;-;0;333000;NONE;y;nn---n-;HIGH;3 warning signs at 3 or more (hopelessness,"
            + " preoccupied with thoughts of self-harm, avoiding people) with access to means",
        "n;-;0;233200;NONE;y;nn---n-;MODERATE;2 warning signs at 3 or more (preoccupied with"
            + " thoughts of self-harm, avoiding people)",
        // substance use: using alone is not a rule; intoxicated or in withdrawal is Moderate
        "n;-;0;000000;USED;n;nn---n-;LOW;no rule for a higher level applies",
        "n;-;0;000000;INTOXICATED;n;nn---n-;MODERATE;intoxicated now",
        "n;-;0;000000;WITHDRAWAL;n;nn---n-;MODERATE;in withdrawal",
        // screening items 1 and 2 are Moderate, 3 High, 4 and 5 Imminent
        "n;-;0;000000;NONE;n;yn---n-;MODERATE;wished to be dead (item 1)",
        "n;-;0;000000;NONE;n;nynnnn-;MODERATE;suicidal thoughts (item 2)",
        "n;-;0;000000;NONE;n;nyynnn-;HIGH;has thought about a method (item 3)",
        "n;-;0;000000;NONE;n;nynynn-;IMMINENT;intends to act on suicidal thoughts (item 4)",
        "n;-;0;000000;NONE;n;nynnyn-;IMMINENT;has a suicide plan (item 5)",
        // skip logic: items 3 to 5 after a no to item 2 are not counted
        "n;-;0;000000;NONE;n;nnyyyn-;LOW;no rule for a higher level applies",
        // suicidal behavior: inside 3 months Imminent, outside Moderate
        "n;-;0;000000;NONE;n;nn---yy;IMMINENT;suicidal behavior within the past 3 months (item 6)",
        "n;-;0;000000;NONE;n;nn---yn;MODERATE;suicidal behavior more than 3 months ago (item 6)",
        // self-harm since the last check-in: High, Imminent when it needed medical care
        "y;n;0;000000;NONE;n;nn---n-;HIGH;self-harm since last check-in",
        "y;y;0;000000;NONE;n;nn---n-;IMMINENT;self-harm since last check-in that needed medical"
            + " care",
        // medical care without self-harm reported is not counted
        "n;y;0;000000;NONE;n;nn---n-;LOW;no rule for a higher level applies",
        // every reason at the winning level, in the table's order; lower ones are left out
        "y;n;8;330000;INTOXICATED;n;yn---n-;HIGH;self-harm since last check-in | urge 8/10",
        "n;-;6;000000;WITHDRAWAL;n;yynnnn-;MODERATE;urge 6/10 | in withdrawal | wished to be dead"
            + " (item 1) | suicidal thoughts (item 2)",
        "y;y;9;000000;NONE;n;yyyyyyy;IMMINENT;self-harm since last check-in that needed medical"
            + " care | intends to act on suicidal thoughts (item 4) | has a suicide plan (item 5)"
            + " | suicidal behavior within the past 3 months (item 6)",
      })
  void rule(
      String selfHarm,
      String medical,
      int urge,
      String signs,
      SubstanceUse substance,
      String means,
      String screening,
      RiskLevel level,
      String reasons) {
    RiskFinding finding =
        RiskRules.assess(facts(selfHarm, medical, urge, signs, substance, means, screening));
    assertEquals(level, finding.level());
    assertEquals(Arrays.asList(reasons.split(" \\| ")), finding.reasons());
  }

  @Test
  void theProductExampleReadsAsWritten() {
    RiskFinding finding =
        RiskRules.assess(facts("y", "n", 8, "000000", SubstanceUse.NONE, "n", NO_SCREENING));
    assertEquals("High: self-harm since last check-in; urge 8/10", finding.summary());
  }

  @Test
  void anIncompleteScreeningOrARatingOutOfRangeIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> RiskRules.assess(facts("n", "-", 0, "000000", SubstanceUse.NONE, "n", "ny---n-")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            RiskRules.assess(facts("n", "-", 11, "000000", SubstanceUse.NONE, "n", NO_SCREENING)));
    assertThrows(
        IllegalArgumentException.class,
        () -> RiskRules.assess(facts("n", "-", 0, "500000", SubstanceUse.NONE, "n", NO_SCREENING)));
  }

  /**
   * Level now, level before (- for none), urge now, earlier urges newest first (space separated, -
   * for none), and why the client is rising (- for not rising).
   */
  @ParameterizedTest(name = "[{index}] {0} after {1}, urge {2} after {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a higher level than before
        "HIGH|MODERATE|2|2|risk level up from Moderate to High",
        "MODERATE|LOW|0|-|risk level up from Low to Moderate",
        // the same or a lower level is not a rise
        "HIGH|HIGH|2|2|-",
        "LOW|HIGH|2|2|-",
        // no earlier level or urge: nothing to compare with
        "IMMINENT|-|9|-|-",
        // urge exactly 3 above the mean of the last three rises; 2 above does not
        "LOW|LOW|5|2 2 2|urge 5/10, 3 or more above the mean of the last 3 check-ins (2)",
        "LOW|LOW|4|2 2 2|-",
        // a fractional mean: 2.7 + 3 = 5.7, so 6 rises and 5 does not
        "MODERATE|MODERATE|6|2 3 3|urge 6/10, 3 or more above the mean of the last 3 check-ins"
            + " (2.7)",
        "MODERATE|MODERATE|5|2 3 3|-",
        // only the last three count: the older 9 is outside the window
        "LOW|LOW|4|1 1 1 9|urge 4/10, 3 or more above the mean of the last 3 check-ins (1)",
        // fewer than three earlier check-ins: the mean of those there are
        "LOW|LOW|4|1|urge 4/10, 3 or more above the mean of the last check-in (1)",
        // both at once
        "HIGH|LOW|8|2 2 2|risk level up from Low to High; urge 8/10, 3 or more above the mean of"
            + " the last 3 check-ins (2)",
      })
  void rising(String now, String before, int urge, String earlier, String why) {
    List<Integer> urges =
        "-".equals(earlier)
            ? List.of()
            : Arrays.stream(earlier.split(" ")).map(Integer::valueOf).toList();
    Optional<String> rising =
        RiskRules.rising(
            RiskLevel.valueOf(now),
            "-".equals(before) ? null : RiskLevel.valueOf(before),
            urge,
            urges);
    assertEquals("-".equals(why) ? Optional.empty() : Optional.of(why), rising);
  }
}
