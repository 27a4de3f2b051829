package org.waypoint.intake;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.audit.RecordReference;
import org.waypoint.risk.RiskFinding;

/**
 * An intake with every section as saved, what each step still needs, and who worked on it. The
 * sections are the caller's own copies: a screen edits them and hands one back to save.
 */
public final class IntakeRecord implements Serializable, RecordReference {
  private static final long serialVersionUID = 1L;

  private final long id;
  private final long version;
  private final IntakeStatus status;
  private final Instant startedAt;
  private final String startedBy;
  private final Instant updatedAt;
  private final String updatedBy;
  private final Set<IntakeStep> savedSteps;
  private final Long clientId;
  private final LocalDate admissionDate;
  private final String withdrawnReason;
  private final String auditDetail;
  private final Map<IntakeStep, IntakeSection> sections = new EnumMap<>(IntakeStep.class);
  private final Map<IntakeStep, Map<String, String>> missing = new EnumMap<>(IntakeStep.class);

  IntakeRecord(Intake intake, Map<String, String> names, String auditDetail) {
    this.id = intake.getId();
    this.version = intake.getVersion();
    this.status = intake.getStatus();
    this.startedAt = intake.getStartedAt();
    this.startedBy = names.getOrDefault(intake.getStartedBy(), intake.getStartedBy());
    this.updatedAt = intake.getUpdatedAt();
    this.updatedBy = names.getOrDefault(intake.getUpdatedBy(), intake.getUpdatedBy());
    this.savedSteps = intake.getSavedSteps();
    this.clientId = intake.getClient() == null ? null : intake.getClient().getId();
    this.admissionDate = intake.getAdmissionDate();
    this.withdrawnReason = intake.getWithdrawnReason();
    this.auditDetail = auditDetail;
    for (IntakeSection section : IntakeSections.all()) {
      section.readFrom(intake);
      sections.put(section.step(), section);
      Map<String, String> needs = new LinkedHashMap<>();
      section.missing(needs);
      missing.put(section.step(), Collections.unmodifiableMap(needs));
    }
  }

  @Override
  public long recordId() {
    return id;
  }

  @Override
  public String auditDetail() {
    return auditDetail;
  }

  @Override
  public Long concernedClientId() {
    return clientId;
  }

  public long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public IntakeStatus status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  /**
   * @param step a step
   * @return whether the step was saved at least once
   */
  public boolean saved(IntakeStep step) {
    return savedSteps.contains(step);
  }

  /**
   * @param step a step
   * @return whether the step is saved with nothing missing
   */
  public boolean complete(IntakeStep step) {
    return savedSteps.contains(step) && missing(step).isEmpty();
  }

  /**
   * @return the steps before admission that are not complete, in order
   */
  public List<IntakeStep> incompleteSteps() {
    return IntakeStep.sections().stream().filter(s -> !complete(s)).toList();
  }

  /**
   * @param step a step
   * @return message per property that the admission still needs
   */
  public Map<String, String> missing(IntakeStep step) {
    return missing.getOrDefault(step, Map.of());
  }

  /**
   * @return the client made by the admission, or {@code null}
   */
  public Long clientId() {
    return clientId;
  }

  public LocalDate admissionDate() {
    return admissionDate;
  }

  public String withdrawnReason() {
    return withdrawnReason;
  }

  /**
   * @return the client's legal name as "Last, First", or {@code null} before it was entered
   */
  public String clientName() {
    return legalName(demographics().getLegalFirstName(), demographics().getLegalLastName());
  }

  /**
   * @param first a legal first name, or {@code null}
   * @param last a legal last name, or {@code null}
   * @return "Last, First" with whichever part is known, or {@code null} when neither is
   */
  static String legalName(String first, String last) {
    if (first == null && last == null) {
      return null;
    }
    return first == null ? last : last == null ? first : last + ", " + first;
  }

  /**
   * @return the screening's triage, or {@code null} until the screening is complete
   */
  public RiskFinding screeningFinding() {
    return screening().finding();
  }

  public ReferralSection referral() {
    return (ReferralSection) sections.get(IntakeStep.REFERRAL);
  }

  public DemographicsSection demographics() {
    return (DemographicsSection) sections.get(IntakeStep.DEMOGRAPHICS);
  }

  public ContactsSection contacts() {
    return (ContactsSection) sections.get(IntakeStep.CONTACTS);
  }

  public PayerSection payer() {
    return (PayerSection) sections.get(IntakeStep.PAYER);
  }

  public ConsentsSection consents() {
    return (ConsentsSection) sections.get(IntakeStep.CONSENTS);
  }

  public HistorySection history() {
    return (HistorySection) sections.get(IntakeStep.HISTORY);
  }

  public ScreeningSection screening() {
    return (ScreeningSection) sections.get(IntakeStep.SCREENING);
  }

  public PlacementSection placement() {
    return (PlacementSection) sections.get(IntakeStep.PLACEMENT);
  }
}
