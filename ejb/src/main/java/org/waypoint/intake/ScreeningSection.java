package org.waypoint.intake;

import java.util.Map;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.ScreeningAnswers;
import org.waypoint.risk.ScreeningTriage;
import org.waypoint.risk.SuicideScreening;

/**
 * Step 7: the six suicide-screening items. Items 3 to 5 are asked only after a yes to item 2, and
 * "within the past 3 months" only after a yes to item 6; answers to questions not asked are not
 * kept. The answers are the shared {@link ScreeningAnswers}, as in a check-in.
 */
public class ScreeningSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  private final ScreeningAnswers answers = new ScreeningAnswers();

  @Override
  public IntakeStep step() {
    return IntakeStep.SCREENING;
  }

  /**
   * @return the answers as asked, the skip logic applied
   */
  public SuicideScreening screening() {
    return answers.screening();
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
    answers.fill(
        new SuicideScreening(
            intake.screenWishDead,
            intake.screenThoughts,
            intake.screenMethod,
            intake.screenIntent,
            intake.screenPlan,
            intake.screenBehavior,
            intake.screenBehaviorRecent));
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
    missing.putAll(answers.unanswered());
  }

  public Boolean getWishDead() {
    return answers.getWishDead();
  }

  public void setWishDead(Boolean wishDead) {
    answers.setWishDead(wishDead);
  }

  public Boolean getThoughts() {
    return answers.getThoughts();
  }

  public void setThoughts(Boolean thoughts) {
    answers.setThoughts(thoughts);
  }

  public Boolean getMethod() {
    return answers.getMethod();
  }

  public void setMethod(Boolean method) {
    answers.setMethod(method);
  }

  public Boolean getIntent() {
    return answers.getIntent();
  }

  public void setIntent(Boolean intent) {
    answers.setIntent(intent);
  }

  public Boolean getPlan() {
    return answers.getPlan();
  }

  public void setPlan(Boolean plan) {
    answers.setPlan(plan);
  }

  public Boolean getBehavior() {
    return answers.getBehavior();
  }

  public void setBehavior(Boolean behavior) {
    answers.setBehavior(behavior);
  }

  public Boolean getBehaviorRecent() {
    return answers.getBehaviorRecent();
  }

  public void setBehaviorRecent(Boolean behaviorRecent) {
    answers.setBehaviorRecent(behaviorRecent);
  }
}
