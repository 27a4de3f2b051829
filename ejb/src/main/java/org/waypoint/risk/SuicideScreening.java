package org.waypoint.risk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers to the six screening items, structured like the C-SSRS screener: items 3 to 5 are
 * asked only after a yes to item 2, and "within the past 3 months" only after a yes to item 6. An
 * item not (yet) answered is {@code null}.
 *
 * @param wishDead item 1: wished to be dead
 * @param thoughts item 2: thoughts of ending their life
 * @param method item 3: thought about how
 * @param intent item 4: some intention of acting on the thoughts
 * @param plan item 5: worked out a plan, intending to carry it out
 * @param behavior item 6: ever did, began or prepared anything to end their life
 * @param behaviorRecent item 6, when yes: within the past 3 months
 */
public record SuicideScreening(
    Boolean wishDead,
    Boolean thoughts,
    Boolean method,
    Boolean intent,
    Boolean plan,
    Boolean behavior,
    Boolean behaviorRecent)
    implements Serializable {

  /**
   * Applies the skip logic: answers to questions that are not asked are dropped.
   *
   * @return these answers without the ones the skip logic leaves out
   */
  public SuicideScreening asked() {
    boolean followUps = Boolean.TRUE.equals(thoughts);
    return new SuicideScreening(
        wishDead,
        thoughts,
        followUps ? method : null,
        followUps ? intent : null,
        followUps ? plan : null,
        behavior,
        Boolean.TRUE.equals(behavior) ? behaviorRecent : null);
  }

  /**
   * The completeness rule of the screening, for intake and check-ins alike.
   *
   * @return the items the skip logic asks that have no answer yet, by their property names ({@code
   *     wishDead}, {@code thoughts}, {@code method}, {@code intent}, {@code plan}, {@code
   *     behavior}, {@code behaviorRecent}), in the order they are asked
   */
  public List<String> unanswered() {
    SuicideScreening s = asked();
    List<String> missing = new ArrayList<>();
    if (s.wishDead == null) {
      missing.add("wishDead");
    }
    if (s.thoughts == null) {
      missing.add("thoughts");
    }
    if (Boolean.TRUE.equals(s.thoughts)) {
      if (s.method == null) {
        missing.add("method");
      }
      if (s.intent == null) {
        missing.add("intent");
      }
      if (s.plan == null) {
        missing.add("plan");
      }
    }
    if (s.behavior == null) {
      missing.add("behavior");
    }
    if (Boolean.TRUE.equals(s.behavior) && s.behaviorRecent == null) {
      missing.add("behaviorRecent");
    }
    return missing;
  }

  /**
   * @return whether every item that the skip logic asks has an answer
   */
  public boolean complete() {
    return unanswered().isEmpty();
  }
}
