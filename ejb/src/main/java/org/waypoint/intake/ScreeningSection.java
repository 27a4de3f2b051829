package org.waypoint.intake;

import java.util.Map;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.ScreeningTriage;
import org.waypoint.risk.SuicideScreening;

/**
 * Step 7: the six suicide-screening items. Items 3 to 5 are asked only after a yes to item 2, and
 * "within the past 3 months" only after a yes to item 6; answers to questions not asked are not
 * kept.
 */
public class ScreeningSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  private Boolean wishDead;
  private Boolean thoughts;
  private Boolean method;
  private Boolean intent;
  private Boolean plan;
  private Boolean behavior;
  private Boolean behaviorRecent;

  @Override
  public IntakeStep step() {
    return IntakeStep.SCREENING;
  }

  /**
   * @return the answers as asked, the skip logic applied
   */
  public SuicideScreening screening() {
    return new SuicideScreening(wishDead, thoughts, method, intent, plan, behavior, behaviorRecent)
        .asked();
  }

  /**
   * @return the triage result, or {@code null} while an asked item has no answer
   */
  public RiskFinding finding() {
    SuicideScreening s = screening();
    return s.complete() ? ScreeningTriage.assess(s) : null;
  }

  @Override
  void readFrom(Intake intake) {
    wishDead = intake.screenWishDead;
    thoughts = intake.screenThoughts;
    method = intake.screenMethod;
    intent = intake.screenIntent;
    plan = intake.screenPlan;
    behavior = intake.screenBehavior;
    behaviorRecent = intake.screenBehaviorRecent;
  }

  @Override
  void applyTo(Intake intake) {
    SuicideScreening s = screening();
    intake.screenWishDead = s.wishDead();
    intake.screenThoughts = s.thoughts();
    intake.screenMethod = s.method();
    intake.screenIntent = s.intent();
    intake.screenPlan = s.plan();
    intake.screenBehavior = s.behavior();
    intake.screenBehaviorRecent = s.behaviorRecent();
  }

  @Override
  void missing(Map<String, String> missing) {
    SuicideScreening s = screening();
    String answer = "Answer yes or no.";
    if (s.wishDead() == null) {
      missing.put("wishDead", answer);
    }
    if (s.thoughts() == null) {
      missing.put("thoughts", answer);
    }
    if (Boolean.TRUE.equals(s.thoughts())) {
      if (s.method() == null) {
        missing.put("method", answer);
      }
      if (s.intent() == null) {
        missing.put("intent", answer);
      }
      if (s.plan() == null) {
        missing.put("plan", answer);
      }
    }
    if (s.behavior() == null) {
      missing.put("behavior", answer);
    }
    if (Boolean.TRUE.equals(s.behavior()) && s.behaviorRecent() == null) {
      missing.put("behaviorRecent", answer);
    }
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
