package org.waypoint.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.waypoint.kernel.PlainText;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.SuicideScreening;
import org.waypoint.risk.WarningSign;

/**
 * One relapse-risk check-in: what the client reported, the level the rules computed with their
 * reasons, and the level recorded (the clinician's, with a reason, when different). Never changed
 * once saved; the database refuses it too.
 */
@Entity
@Immutable
@Table(name = "check_in")
public class CheckIn {

  private static final String LINE = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private long clientId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 60)
  private String recordedBy;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private ContactMode contact;

  @Column(name = "self_harm", nullable = false)
  private boolean selfHarm;

  @Column(name = "self_harm_on")
  private LocalDate selfHarmOn;

  @Column(name = "medical_care")
  private Boolean medicalCare;

  @Column(nullable = false)
  private int urge;

  @Column(nullable = false)
  private int hopelessness;

  @Column(name = "self_harm_thoughts", nullable = false)
  private int selfHarmThoughts;

  @Column(name = "avoiding_people", nullable = false)
  private int avoidingPeople;

  @Column(name = "harsh_self_talk", nullable = false)
  private int harshSelfTalk;

  @Column(name = "sleep_change", nullable = false)
  private int sleepChange;

  @Column(name = "appetite_change", nullable = false)
  private int appetiteChange;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "substance_use", nullable = false, length = 20)
  private SubstanceUse substanceUse;

  @Column(name = "means_access", nullable = false)
  private boolean meansAccess;

  @Column(name = "wish_dead", nullable = false)
  private boolean wishDead;

  @Column(name = "suicidal_thoughts", nullable = false)
  private boolean thoughts;

  private Boolean method;
  private Boolean intent;

  @Column(name = "suicide_plan")
  private Boolean plan;

  @Column(nullable = false)
  private boolean behavior;

  @Column(name = "behavior_recent")
  private Boolean behaviorRecent;

  @Column(name = "coping_used", length = 4000)
  private String copingUsed;

  @Column(name = "plan_version")
  private Integer planVersion;

  @Column(name = "support_contacted", nullable = false)
  private boolean supportContacted;

  @Column(name = "client_words", length = 4000)
  private String clientWords;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "computed_level", nullable = false, length = 10)
  private RiskLevel computedLevel;

  @Column(name = "computed_reasons", nullable = false, length = 2000)
  private String computedReasons;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private RiskLevel level;

  @Column(name = "override_reason", length = 1000)
  private String overrideReason;

  @Column(name = "rising_reason", length = 500)
  private String risingReason;

  @Column(name = "crisis_steps", length = 500)
  private String crisisSteps;

  protected CheckIn() {}

  /**
   * @param clientId the client
   * @param a the answers, complete and checked
   * @param computed what the risk rules made of them
   * @param rising why the client is rising, or {@code null}
   * @param planVersion the plan version the coping strategies were offered from, or {@code null}
   * @param at when
   * @param by the username of who recorded it
   */
  CheckIn(
      long clientId,
      CheckInAnswers a,
      RiskFinding computed,
      String rising,
      Integer planVersion,
      Instant at,
      String by) {
    this.clientId = clientId;
    this.recordedAt = at;
    this.recordedBy = by;
    this.contact = a.getContact();
    this.selfHarm = a.getSelfHarm();
    this.selfHarmOn = selfHarm ? a.getSelfHarmOn() : null;
    this.medicalCare = selfHarm ? a.getMedicalCare() : null;
    this.urge = a.getUrge();
    this.hopelessness = a.getHopelessness();
    this.selfHarmThoughts = a.getSelfHarmThoughts();
    this.avoidingPeople = a.getAvoidingPeople();
    this.harshSelfTalk = a.getHarshSelfTalk();
    this.sleepChange = a.getSleepChange();
    this.appetiteChange = a.getAppetiteChange();
    this.substanceUse = a.getSubstanceUse();
    this.meansAccess = a.getMeansAccess();
    SuicideScreening s = a.screening();
    this.wishDead = s.wishDead();
    this.thoughts = s.thoughts();
    this.method = s.method();
    this.intent = s.intent();
    this.plan = s.plan();
    this.behavior = s.behavior();
    this.behaviorRecent = s.behaviorRecent();
    this.copingUsed = a.getCopingUsed().isEmpty() ? null : String.join(LINE, a.getCopingUsed());
    this.planVersion = planVersion;
    this.supportContacted = a.getSupportContacted();
    this.clientWords = blankToNull(a.getClientWords());
    this.computedLevel = computed.level();
    this.computedReasons = String.join(LINE, computed.reasons());
    // a level the clinician chose is kept with their reason, even when the rules agree
    boolean overridden = a.getOverrideLevel() != null;
    this.level = overridden ? a.getOverrideLevel() : computed.level();
    this.overrideReason = overridden ? a.getOverrideReason() : null;
    this.risingReason = rising;
    this.crisisSteps =
        level == RiskLevel.IMMINENT && !a.getCrisisSteps().isEmpty()
            ? String.join(
                LINE, a.getCrisisSteps().stream().distinct().sorted().map(Enum::name).toList())
            : null;
  }

  private static String blankToNull(String text) {
    return PlainText.Validator.asTyped(text);
  }

  /**
   * @return the level the rules computed, with their reasons
   */
  public RiskFinding computed() {
    return new RiskFinding(computedLevel, Arrays.asList(computedReasons.split(LINE)));
  }

  /**
   * @return the level recorded with its reasons: the computed ones, or the clinician's reason
   */
  public RiskFinding recorded() {
    return overrideReason == null
        ? computed()
        : new RiskFinding(
            level,
            List.of(
                "clinician's judgement: "
                    + overrideReason
                    + " (the rules gave "
                    + computed().summary()
                    + ")"));
  }

  /**
   * @return each warning sign's rating
   */
  public Map<WarningSign, Integer> signs() {
    return WarningSign.ratings(
        hopelessness, selfHarmThoughts, avoidingPeople, harshSelfTalk, sleepChange, appetiteChange);
  }

  /**
   * @return the screening answers (unasked items {@code null})
   */
  public SuicideScreening screening() {
    return new SuicideScreening(wishDead, thoughts, method, intent, plan, behavior, behaviorRecent);
  }

  /**
   * @return the coping strategies used, as worded in the plan
   */
  public List<String> copingUsed() {
    return copingUsed == null ? List.of() : Arrays.asList(copingUsed.split(LINE));
  }

  /**
   * @return the crisis checklist steps ticked
   */
  public List<CrisisStep> crisisSteps() {
    return crisisSteps == null
        ? List.of()
        : Arrays.stream(crisisSteps.split(LINE)).map(CrisisStep::valueOf).toList();
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public ContactMode getContact() {
    return contact;
  }

  public boolean isSelfHarm() {
    return selfHarm;
  }

  public LocalDate getSelfHarmOn() {
    return selfHarmOn;
  }

  public Boolean getMedicalCare() {
    return medicalCare;
  }

  public int getUrge() {
    return urge;
  }

  public SubstanceUse getSubstanceUse() {
    return substanceUse;
  }

  public boolean isMeansAccess() {
    return meansAccess;
  }

  public Integer getPlanVersion() {
    return planVersion;
  }

  public boolean isSupportContacted() {
    return supportContacted;
  }

  public String getClientWords() {
    return clientWords;
  }

  public RiskLevel getLevel() {
    return level;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getRisingReason() {
    return risingReason;
  }
}
