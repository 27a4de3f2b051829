package org.waypoint.risk;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.center.Wording;

/**
 * The suicide-screening answers as staff type them, item by item ({@code null} is "not answered
 * yet"): the one model behind the intake's screening step and a check-in's screening items. Its
 * properties keep the names the forms, the intake's columns and a check-in draft's JSON use; what
 * is asked and what is complete is {@link SuicideScreening}'s rule.
 */
public class ScreeningAnswers implements Serializable {
  private static final long serialVersionUID = 1L;

  private Boolean wishDead;
  private Boolean thoughts;
  private Boolean method;
  private Boolean intent;
  private Boolean plan;
  private Boolean behavior;
  private Boolean behaviorRecent;

  /**
   * @return the answers as asked, the skip logic applied
   */
  public SuicideScreening screening() {
    return new SuicideScreening(wishDead, thoughts, method, intent, plan, behavior, behaviorRecent)
        .asked();
  }

  /**
   * @param screening answers as kept
   */
  public void fill(SuicideScreening screening) {
    wishDead = screening.wishDead();
    thoughts = screening.thoughts();
    method = screening.method();
    intent = screening.intent();
    plan = screening.plan();
    behavior = screening.behavior();
    behaviorRecent = screening.behaviorRecent();
  }

  /**
   * @return a message per item the skip logic asks that has no answer yet, in the order asked
   */
  public Map<String, String> unanswered() {
    Map<String, String> missing = new LinkedHashMap<>();
    for (String item : screening().unanswered()) {
      missing.put(item, Wording.text("risk.screening.answer"));
    }
    return missing;
  }

  public Boolean getWishDead() {
    return wishDead;
  }

  public void setWishDead(Boolean wishDead) {
    this.wishDead = wishDead;
  }

  public Boolean getThoughts() {
    return thoughts;
  }

  public void setThoughts(Boolean thoughts) {
    this.thoughts = thoughts;
  }

  public Boolean getMethod() {
    return method;
  }

  public void setMethod(Boolean method) {
    this.method = method;
  }

  public Boolean getIntent() {
    return intent;
  }

  public void setIntent(Boolean intent) {
    this.intent = intent;
  }

  public Boolean getPlan() {
    return plan;
  }

  public void setPlan(Boolean plan) {
    this.plan = plan;
  }

  public Boolean getBehavior() {
    return behavior;
  }

  public void setBehavior(Boolean behavior) {
    this.behavior = behavior;
  }

  public Boolean getBehaviorRecent() {
    return behaviorRecent;
  }

  public void setBehaviorRecent(Boolean behaviorRecent) {
    this.behaviorRecent = behaviorRecent;
  }
}
