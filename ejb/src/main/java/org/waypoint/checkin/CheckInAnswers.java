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
import org.waypoint.center.Wording;
import org.waypoint.kernel.PlainText;
import org.waypoint.risk.CheckInFacts;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.ScreeningAnswers;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.SuicideScreening;
import org.waypoint.risk.WarningSign;

/**
 * A check-in as the clinician types it, item by item; {@code null} is "not answered yet". Also what
 * a draft keeps, so it is a plain bean.
 */
public class CheckInAnswers implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String RATE_SIGN = "{checkin.sign.rate}";

  @NotNull(message = "{checkin.contact.required}")
  private ContactMode contact = ContactMode.IN_SESSION;

  @NotNull(message = "{checkin.selfHarm.required}")
  private Boolean selfHarm;

  private LocalDate selfHarmOn;
  private Boolean medicalCare;

  @NotNull(message = "{checkin.urge.rate}")
  @Min(value = 0, message = "{checkin.urge.rate}")
  @Max(value = 10, message = "{checkin.urge.rate}")
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

  @NotNull(message = "{checkin.substanceUse.required}")
  private SubstanceUse substanceUse;

  @NotNull(message = "{checkin.meansAccess.required}")
  private Boolean meansAccess;

  /**
   * Items 1 to 6 of the suicide screening, as at intake; not a property of its own. Items 1, 2 and
   * 6 are always asked, so their getters carry the constraint a form checks field by field.
   */
  private final ScreeningAnswers screening = new ScreeningAnswers();

  private List<@Size(max = 500, message = "{checkin.copingUsed.size}") String> copingUsed =
      new ArrayList<>();

  @NotNull(message = "{checkin.supportContacted.required}")
  private Boolean supportContacted;

  @Size(max = 4000, message = "{checkin.clientWords.size}")
  @PlainText
  private String clientWords;

  private RiskLevel overrideLevel;

  @Size(max = 1000, message = "{checkin.overrideReason.size}")
  @PlainText
  private String overrideReason;

  private List<CrisisStep> crisisSteps = new ArrayList<>();

  /**
   * The answers the skip logic needs beyond each item's own rule: the date and care after a
   * self-harm, the screening items it asks ({@link SuicideScreening#unanswered()}), and a reason
   * for a level other than the computed one.
   *
   * @param today the center's date
   * @return a message per field, in the form's order; empty when nothing is missing
   */
  public Map<String, String> followUpRefusals(LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (Boolean.TRUE.equals(selfHarm)) {
      if (selfHarmOn == null) {
        errors.put("selfHarmOn", Wording.text("checkin.selfHarmOn.required"));
      } else if (selfHarmOn.isAfter(today)) {
        errors.put("selfHarmOn", Wording.text("checkin.selfHarmOn.future"));
      }
      if (medicalCare == null) {
        errors.put("medicalCare", Wording.text("checkin.medicalCare.required"));
      }
    }
    errors.putAll(screening.unanswered());
    if (overrideLevel != null && (overrideReason == null || overrideReason.isBlank())) {
      errors.put("overrideReason", Wording.text("checkin.overrideReason.required"));
    }
    if (overrideLevel == null && overrideReason != null && !overrideReason.isBlank()) {
      errors.put("overrideLevel", Wording.text("checkin.overrideLevel.required"));
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
    return screening.screening();
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

  @NotNull(message = "{risk.screening.answer}")
  public Boolean getWishDead() {
    return screening.getWishDead();
  }

  public void setWishDead(Boolean wishDead) {
    screening.setWishDead(wishDead);
  }

  @NotNull(message = "{risk.screening.answer}")
  public Boolean getThoughts() {
    return screening.getThoughts();
  }

  public void setThoughts(Boolean thoughts) {
    screening.setThoughts(thoughts);
  }

  public Boolean getMethod() {
    return screening.getMethod();
  }

  public void setMethod(Boolean method) {
    screening.setMethod(method);
  }

  public Boolean getIntent() {
    return screening.getIntent();
  }

  public void setIntent(Boolean intent) {
    screening.setIntent(intent);
  }

  public Boolean getPlan() {
    return screening.getPlan();
  }

  public void setPlan(Boolean plan) {
    screening.setPlan(plan);
  }

  @NotNull(message = "{risk.screening.answer}")
  public Boolean getBehavior() {
    return screening.getBehavior();
  }

  public void setBehavior(Boolean behavior) {
    screening.setBehavior(behavior);
  }

  public Boolean getBehaviorRecent() {
    return screening.getBehaviorRecent();
  }

  public void setBehaviorRecent(Boolean behaviorRecent) {
    screening.setBehaviorRecent(behaviorRecent);
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
