package org.waypoint.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the screening triage, with the skip logic applied first. */
class ScreeningTriageTest {

  private static Boolean answer(String text) {
    return switch (text) {
      case "y" -> true;
      case "n" -> false;
      case "-" -> null;
      default -> throw new IllegalArgumentException(text);
    };
  }

  /**
   * Answers to items 1, 2, 3, 4, 5, 6 and "within 3 months" (y, n, - for not asked), the level, and
   * the first reason.
   */
  @ParameterizedTest(name = "{0}{1}{2}{3}{4}{5}{6} -> {7}")
  @CsvSource({
    // Low: nothing answered yes
    "n,n,-,-,-,n,-,LOW,no screening item answered yes",
    // Moderate: wish to be dead, suicidal thoughts, behavior more than 3 months ago
    "y,n,-,-,-,n,-,MODERATE,wished to be dead (item 1)",
    "n,y,n,n,n,n,-,MODERATE,suicidal thoughts (item 2)",
    "y,y,n,n,n,n,-,MODERATE,wished to be dead (item 1)",
    "n,n,-,-,-,y,n,MODERATE,suicidal behavior more than 3 months ago (item 6)",
    // High: a method
    "y,y,y,n,n,n,-,HIGH,has thought about a method (item 3)",
    "n,y,y,n,n,y,n,HIGH,has thought about a method (item 3)",
    // Imminent: intent, plan, behavior within 3 months
    "y,y,n,y,n,n,-,IMMINENT,intends to act on suicidal thoughts (item 4)",
    "y,y,n,n,y,n,-,IMMINENT,has a suicide plan (item 5)",
    "y,y,y,y,y,n,-,IMMINENT,intends to act on suicidal thoughts (item 4)",
    "n,n,-,-,-,y,y,IMMINENT,suicidal behavior within the past 3 months (item 6)",
    "y,y,y,n,n,y,y,IMMINENT,suicidal behavior within the past 3 months (item 6)",
    // skip logic: after a no to item 2, answers to 3-5 are not counted
    "n,n,y,y,y,n,-,LOW,no screening item answered yes",
    "y,n,y,y,y,n,-,MODERATE,wished to be dead (item 1)",
    // skip logic: "within 3 months" counts only after a yes to item 6
    "n,n,-,-,-,n,y,LOW,no screening item answered yes",
  })
  void triage(
      String q1,
      String q2,
      String q3,
      String q4,
      String q5,
      String q6,
      String recent,
      RiskLevel level,
      String firstReason) {
    SuicideScreening s =
        new SuicideScreening(
            answer(q1), answer(q2), answer(q3), answer(q4), answer(q5), answer(q6), answer(recent));
    RiskFinding finding = ScreeningTriage.assess(s);
    assertEquals(level, finding.level());
    assertEquals(firstReason, finding.reasons().get(0));
  }

  @Test
  void everyReasonAtTheLevelIsGiven() {
    RiskFinding f =
        ScreeningTriage.assess(new SuicideScreening(true, true, true, true, true, true, true));
    assertEquals(
        List.of(
            "intends to act on suicidal thoughts (item 4)",
            "has a suicide plan (item 5)",
            "suicidal behavior within the past 3 months (item 6)"),
        f.reasons());
    assertEquals(
        "Imminent: intends to act on suicidal thoughts (item 4); has a suicide plan (item 5);"
            + " suicidal behavior within the past 3 months (item 6)",
        f.summary());
  }

  @Test
  void aScreeningIsCompleteOnlyWhenEveryAskedItemIsAnswered() {
    assertTrue(new SuicideScreening(false, false, null, null, null, false, null).complete());
    assertFalse(new SuicideScreening(null, false, null, null, null, false, null).complete());
    assertFalse(new SuicideScreening(false, true, true, null, false, false, null).complete());
    assertFalse(new SuicideScreening(false, false, null, null, null, true, null).complete());
    assertTrue(new SuicideScreening(false, false, null, null, null, true, false).complete());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ScreeningTriage.assess(new SuicideScreening(true, null, null, null, null, null, null)));
  }

  @Test
  void theSkipLogicDropsAnswersToQuestionsNotAsked() {
    SuicideScreening asked =
        new SuicideScreening(true, false, true, true, true, false, true).asked();
    assertNull(asked.method());
    assertNull(asked.intent());
    assertNull(asked.plan());
    assertNull(asked.behaviorRecent());
    assertEquals(true, asked.wishDead());
  }

  @Test
  void theTrendComparesTheLatestLevelWithTheOneBefore() {
    assertEquals(RiskTrend.FIRST, RiskTrend.between(RiskLevel.HIGH, null));
    assertEquals(RiskTrend.RISING, RiskTrend.between(RiskLevel.HIGH, RiskLevel.MODERATE));
    assertEquals(RiskTrend.FALLING, RiskTrend.between(RiskLevel.LOW, RiskLevel.IMMINENT));
    assertEquals(RiskTrend.STEADY, RiskTrend.between(RiskLevel.LOW, RiskLevel.LOW));
  }
}
