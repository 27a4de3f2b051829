package org.waypoint.intake;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.center.Wording;
import org.waypoint.kernel.PlainText;

/**
 * Step 6: presenting concerns, self-harm history (method categories, frequency, most recent
 * episode, whether medical care was needed), co-occurring conditions, supports and strengths.
 */
public class HistorySection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  @Size(max = 2000, message = "{common.size.max}")
  @PlainText
  private String presentingConcerns;

  private Boolean selfHarmHistory;

  private Set<SelfHarmMethod> methods = EnumSet.noneOf(SelfHarmMethod.class);

  private SelfHarmFrequency frequency;

  @PastOrPresent(message = "{intake.lastEpisodeOn.notFuture}")
  private LocalDate lastEpisodeOn;

  private Boolean medicalCareNeeded;

  private Set<CoOccurringCondition> conditions = EnumSet.noneOf(CoOccurringCondition.class);

  @Size(max = 2000, message = "{common.size.max}")
  @PlainText
  private String supports;

  @Size(max = 2000, message = "{common.size.max}")
  @PlainText
  private String strengths;

  @Override
  public IntakeStep step() {
    return IntakeStep.HISTORY;
  }

  @Override
  void readFrom(Intake intake) {
    presentingConcerns = intake.presentingConcerns;
    selfHarmHistory = intake.selfHarmHistory;
    methods = copy(intake.selfHarmMethods, SelfHarmMethod.class);
    frequency = intake.selfHarmFrequency;
    lastEpisodeOn = intake.lastEpisodeOn;
    medicalCareNeeded = intake.medicalCareNeeded;
    conditions = copy(intake.conditions, CoOccurringCondition.class);
    supports = intake.supports;
    strengths = intake.strengths;
  }

  @Override
  void applyTo(Intake intake) {
    boolean history = Boolean.TRUE.equals(selfHarmHistory);
    intake.presentingConcerns = presentingConcerns;
    intake.selfHarmHistory = selfHarmHistory;
    intake.selfHarmMethods.clear();
    if (history) {
      intake.selfHarmMethods.addAll(methods);
    }
    intake.selfHarmFrequency = history ? frequency : null;
    intake.lastEpisodeOn = history ? lastEpisodeOn : null;
    intake.medicalCareNeeded = history ? medicalCareNeeded : null;
    intake.conditions.clear();
    intake.conditions.addAll(conditions);
    intake.supports = supports;
    intake.strengths = strengths;
  }

  @Override
  void refusals(Map<String, String> errors) {
    boolean detailsGiven =
        !methods.isEmpty()
            || frequency != null
            || lastEpisodeOn != null
            || medicalCareNeeded != null;
    if (Boolean.FALSE.equals(selfHarmHistory) && detailsGiven) {
      errors.put("selfHarmHistory", Wording.text("intake.selfHarmHistory.detailsWithoutYes"));
    }
  }

  @Override
  void missing(Map<String, String> missing) {
    if (presentingConcerns == null) {
      missing.put("presentingConcerns", Wording.text("intake.presentingConcerns.missing"));
    }
    if (selfHarmHistory == null) {
      missing.put("selfHarmHistory", Wording.text("intake.selfHarmHistory.missing"));
    } else if (selfHarmHistory) {
      if (methods.isEmpty()) {
        missing.put("methods", Wording.text("intake.methods.missing"));
      }
      if (frequency == null) {
        missing.put("frequency", Wording.text("intake.frequency.missing"));
      }
      if (lastEpisodeOn == null) {
        missing.put("lastEpisodeOn", Wording.text("intake.lastEpisodeOn.missing"));
      }
      if (medicalCareNeeded == null) {
        missing.put("medicalCareNeeded", Wording.text("intake.medicalCareNeeded.missing"));
      }
    }
  }

  /**
   * @return the kinds of self-harm, in words
   */
  public List<String> methodLabels() {
    return methods.stream().map(SelfHarmMethod::label).toList();
  }

  /**
   * @return the co-occurring conditions, in words
   */
  public List<String> conditionLabels() {
    return conditions.stream().map(CoOccurringCondition::label).toList();
  }

  private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
    Set<E> copy = EnumSet.noneOf(type);
    copy.addAll(set);
    return copy;
  }

  public String getPresentingConcerns() {
    return presentingConcerns;
  }

  public void setPresentingConcerns(String presentingConcerns) {
    this.presentingConcerns = Text.clean(presentingConcerns);
  }

  public Boolean getSelfHarmHistory() {
    return selfHarmHistory;
  }

  public void setSelfHarmHistory(Boolean selfHarmHistory) {
    this.selfHarmHistory = selfHarmHistory;
  }

  public Set<SelfHarmMethod> getMethods() {
    return methods;
  }

  public void setMethods(Set<SelfHarmMethod> methods) {
    this.methods =
        methods == null
            ? EnumSet.noneOf(SelfHarmMethod.class)
            : copy(methods, SelfHarmMethod.class);
  }

  public SelfHarmFrequency getFrequency() {
    return frequency;
  }

  public void setFrequency(SelfHarmFrequency frequency) {
    this.frequency = frequency;
  }

  public LocalDate getLastEpisodeOn() {
    return lastEpisodeOn;
  }

  public void setLastEpisodeOn(LocalDate lastEpisodeOn) {
    this.lastEpisodeOn = lastEpisodeOn;
  }

  public Boolean getMedicalCareNeeded() {
    return medicalCareNeeded;
  }

  public void setMedicalCareNeeded(Boolean medicalCareNeeded) {
    this.medicalCareNeeded = medicalCareNeeded;
  }

  public Set<CoOccurringCondition> getConditions() {
    return conditions;
  }

  public void setConditions(Set<CoOccurringCondition> conditions) {
    this.conditions =
        conditions == null
            ? EnumSet.noneOf(CoOccurringCondition.class)
            : copy(conditions, CoOccurringCondition.class);
  }

  public String getSupports() {
    return supports;
  }

  public void setSupports(String supports) {
    this.supports = Text.clean(supports);
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String strengths) {
    this.strengths = Text.clean(strengths);
  }
}
