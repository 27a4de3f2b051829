package org.waypoint.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.risk.CheckInFacts;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.SuicideScreening;
import org.waypoint.risk.WarningSign;

/**
 * A check-in as the clinician types it, item by item; {@code null} is "not answered yet". Also what
 * a draft keeps, so it is a plain bean.
 */
public class CheckInAnswers implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String RATE_SIGN = "Rate this sign from 0 (not at all) to 4 (extremely).";
  private static final String ANSWER = "Answer yes or no.";

  @NotNull(message = "Choose how the check-in is done.")
  private ContactMode contact = ContactMode.IN_SESSION;

  @NotNull(message = "Answer whether there was self-harm since the last check-in.")
  private Boolean selfHarm;

  private LocalDate selfHarmOn;
  private Boolean medicalCare;

  @NotNull(message = "Rate the urge from 0 to 10.")
  @Min(value = 0, message = "Rate the urge from 0 to 10.")
  @Max(value = 10, message = "Rate the urge from 0 to 10.")
  private Integer urge;

  @NotNull(message = RATE_SIGN)
  @Min(value = 0, message = RATE_SIGN)
  @Max(value = 4, message = RATE_SIGN)
  private Integer hopelessness;

  @NotNull(message = RATE_SIGN)
  @Min(value = 0, message = RATE_SIGN)
  @Max(value = 4, message = RATE_SIGN)
  private Integer selfHarmThoughts;

  @NotNull(message = RATE_SIGN)
  @Min(value = 0, message = RATE_SIGN)
  @Max(value = 4, message = RATE_SIGN)
  private Integer avoidingPeople;

  @NotNull(message = RATE_SIGN)
  @Min(value = 0, message = RATE_SIGN)
  @Max(value = 4, message = RATE_SIGN)
  private Integer harshSelfTalk;

  @NotNull(message = RATE_SIGN)
  @Min(value = 0, message = RATE_SIGN)
  @Max(value = 4, message = RATE_SIGN)
  private Integer sleepChange;

  @NotNull(message = RATE_SIGN)
  @Min(value = 0, message = RATE_SIGN)
  @Max(value = 4, message = RATE_SIGN)
  private Integer appetiteChange;

  @NotNull(message = "Choose the client's substance use since the last check-in.")
  private SubstanceUse substanceUse;

  @NotNull(message = "Answer whether the client can get to sharps or stockpiled medication.")
  private Boolean meansAccess;

  @NotNull(message = ANSWER)
  private Boolean wishDead;

  @NotNull(message = ANSWER)
  private Boolean thoughts;

  private Boolean method;
  private Boolean intent;
  private Boolean plan;

  @NotNull(message = ANSWER)
  private Boolean behavior;

  private Boolean behaviorRecent;

  private List<@Size(max = 500, message = "A strategy is at most 500 characters.") String>
      copingUsed = new ArrayList<>();

  @NotNull(message = "Answer whether the client contacted a support person.")
  private Boolean supportContacted;

  @Size(max = 4000, message = "Keep the client's words to 4,000 characters.")
  private String clientWords;

  private RiskLevel overrideLevel;

  @Size(max = 1000, message = "Keep the reason to 1,000 characters.")
  private String overrideReason;

  private List<CrisisStep> crisisSteps = new ArrayList<>();

  /**
   * The answers the skip logic needs beyond each item's own rule: the follow-up questions after a
   * yes, and a reason for a level other than the computed one.
   *
   * @param today the center's date
   * @return a message per field, in the form's order; empty when nothing is missing
   */
  public Map<String, String> followUpRefusals(LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (Boolean.TRUE.equals(selfHarm)) {
      if (selfHarmOn == null) {
        errors.put("selfHarmOn", "Enter when the self-harm happened, as MM/DD/YYYY.");
      } else if (selfHarmOn.isAfter(today)) {
        errors.put("selfHarmOn", "The date is in the future. Enter when it happened.");
      }
      if (medicalCare == null) {
        errors.put("medicalCare", "Answer whether it needed medical care.");
      }
    }
    if (Boolean.TRUE.equals(thoughts)) {
      if (method == null) {
        errors.put("method", ANSWER);
      }
      if (intent == null) {
        errors.put("intent", ANSWER);
      }
      if (plan == null) {
        errors.put("plan", ANSWER);
      }
    }
    if (Boolean.TRUE.equals(behavior) && behaviorRecent == null) {
      errors.put("behaviorRecent", ANSWER);
    }
    if (overrideLevel != null && (overrideReason == null || overrideReason.isBlank())) {
      errors.put(
          "overrideReason",
          "Say why you record a different level; the computed level is kept beside yours.");
    }
    if (overrideLevel == null && overrideReason != null && !overrideReason.isBlank()) {
      errors.put("overrideLevel", "Choose the level you record, or clear the reason.");
    }
    return errors;
  }

  /**
   * @return whether every item the risk rules read is answered, so a level can be computed
   */
  public boolean assessable() {
    return selfHarm != null
        && (!selfHarm || medicalCare != null)
        && urge != null
        && urge >= 0
        && urge <= 10
        && signs().values().stream().allMatch(r -> r != null && r >= 0 && r <= WarningSign.MAX)
        && substanceUse != null
        && meansAccess != null
        && screening().complete();
  }

  /**
   * @return the facts the risk rules read
   * @throws IllegalStateException when not {@link #assessable()}
   */
  public CheckInFacts facts() {
    if (!assessable()) {
      throw new IllegalStateException("The check-in is not complete");
    }
    return new CheckInFacts(
        selfHarm, selfHarm && medicalCare, urge, signs(), substanceUse, meansAccess, screening());
  }

  /**
   * @return the screening answers, with the skip logic applied
   */
  public SuicideScreening screening() {
    return new SuicideScreening(wishDead, thoughts, method, intent, plan, behavior, behaviorRecent)
        .asked();
  }

  /**
   * @return each warning sign's rating as typed, {@code null} when not rated yet
   */
  public Map<WarningSign, Integer> signs() {
    return WarningSign.ratings(
        hopelessness, selfHarmThoughts, avoidingPeople, harshSelfTalk, sleepChange, appetiteChange);
  }

  /**
   * @param sign a warning sign
   * @param rating its rating
   */
  public void rate(WarningSign sign, Integer rating) {
    switch (sign) {
      case HOPELESSNESS -> hopelessness = rating;
      case SELF_HARM_THOUGHTS -> selfHarmThoughts = rating;
      case AVOIDING_PEOPLE -> avoidingPeople = rating;
      case HARSH_SELF_TALK -> harshSelfTalk = rating;
      case SLEEP_CHANGE -> sleepChange = rating;
      case APPETITE_CHANGE -> appetiteChange = rating;
    }
  }

  /**
   * @param sign a warning sign
   * @return the property of this bean that holds its rating, as forms name their fields
   */
  public static String property(WarningSign sign) {
    return switch (sign) {
      case HOPELESSNESS -> "hopelessness";
      case SELF_HARM_THOUGHTS -> "selfHarmThoughts";
      case AVOIDING_PEOPLE -> "avoidingPeople";
      case HARSH_SELF_TALK -> "harshSelfTalk";
      case SLEEP_CHANGE -> "sleepChange";
      case APPETITE_CHANGE -> "appetiteChange";
    };
  }

  public ContactMode getContact() {
    return contact;
  }

  public void setContact(ContactMode contact) {
    this.contact = contact;
  }

  public Boolean getSelfHarm() {
    return selfHarm;
  }

  public void setSelfHarm(Boolean selfHarm) {
    this.selfHarm = selfHarm;
  }

  public LocalDate getSelfHarmOn() {
    return selfHarmOn;
  }

  public void setSelfHarmOn(LocalDate selfHarmOn) {
    this.selfHarmOn = selfHarmOn;
  }

  public Boolean getMedicalCare() {
    return medicalCare;
  }

  public void setMedicalCare(Boolean medicalCare) {
    this.medicalCare = medicalCare;
  }

  public Integer getUrge() {
    return urge;
  }

  public void setUrge(Integer urge) {
    this.urge = urge;
  }

  public Integer getHopelessness() {
    return hopelessness;
  }

  public void setHopelessness(Integer hopelessness) {
    this.hopelessness = hopelessness;
  }

  public Integer getSelfHarmThoughts() {
    return selfHarmThoughts;
  }

  public void setSelfHarmThoughts(Integer selfHarmThoughts) {
    this.selfHarmThoughts = selfHarmThoughts;
  }

  public Integer getAvoidingPeople() {
    return avoidingPeople;
  }

  public void setAvoidingPeople(Integer avoidingPeople) {
    this.avoidingPeople = avoidingPeople;
  }

  public Integer getHarshSelfTalk() {
    return harshSelfTalk;
  }

  public void setHarshSelfTalk(Integer harshSelfTalk) {
    this.harshSelfTalk = harshSelfTalk;
  }

  public Integer getSleepChange() {
    return sleepChange;
  }

  public void setSleepChange(Integer sleepChange) {
    this.sleepChange = sleepChange;
  }

  public Integer getAppetiteChange() {
    return appetiteChange;
  }

  public void setAppetiteChange(Integer appetiteChange) {
    this.appetiteChange = appetiteChange;
  }

  public SubstanceUse getSubstanceUse() {
    return substanceUse;
  }

  public void setSubstanceUse(SubstanceUse substanceUse) {
    this.substanceUse = substanceUse;
  }

  public Boolean getMeansAccess() {
    return meansAccess;
  }

  public void setMeansAccess(Boolean meansAccess) {
    this.meansAccess = meansAccess;
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

  public List<String> getCopingUsed() {
    return copingUsed;
  }

  public void setCopingUsed(List<String> copingUsed) {
    this.copingUsed = copingUsed == null ? new ArrayList<>() : new ArrayList<>(copingUsed);
  }

  public Boolean getSupportContacted() {
    return supportContacted;
  }

  public void setSupportContacted(Boolean supportContacted) {
    this.supportContacted = supportContacted;
  }

  public String getClientWords() {
    return clientWords;
  }

  public void setClientWords(String clientWords) {
    this.clientWords = clientWords;
  }

  public RiskLevel getOverrideLevel() {
    return overrideLevel;
  }

  public void setOverrideLevel(RiskLevel overrideLevel) {
    this.overrideLevel = overrideLevel;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }

  public List<CrisisStep> getCrisisSteps() {
    return crisisSteps;
  }

  public void setCrisisSteps(List<CrisisStep> crisisSteps) {
    this.crisisSteps = crisisSteps == null ? new ArrayList<>() : new ArrayList<>(crisisSteps);
  }
}
