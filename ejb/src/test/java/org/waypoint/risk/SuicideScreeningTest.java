package org.waypoint.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The screening's completeness rule, shared by intake and check-ins. */
class SuicideScreeningTest {

  @Test
  void followUpsAreAskedOnlyAfterAYes() {
    assertEquals(
        List.of("wishDead", "thoughts", "behavior"),
        new SuicideScreening(null, null, null, null, null, null, null).unanswered());
    assertEquals(
        List.of("method", "intent", "plan", "behaviorRecent"),
        new SuicideScreening(false, true, null, null, null, true, null).unanswered());
    assertTrue(new SuicideScreening(false, false, true, null, null, false, null).complete());
  }

  @Test
  void unansweredItemsAskForAnAnswer() {
    ScreeningAnswers answers = new ScreeningAnswers();
    answers.setWishDead(false);
    answers.setThoughts(true);
    answers.setMethod(false);
    answers.setIntent(false);
    answers.setBehavior(false);
    assertEquals(Map.of("plan", "Answer yes or no."), answers.unanswered());
  }
}
