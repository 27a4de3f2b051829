package org.waypoint.web.intake;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.omnifaces.cdi.Param;
import org.waypoint.center.CenterSettings;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientService;
import org.waypoint.client.Language;
import org.waypoint.intake.CoOccurringCondition;
import org.waypoint.intake.ConsentsSection;
import org.waypoint.intake.ContactsSection;
import org.waypoint.intake.DemographicsSection;
import org.waypoint.intake.DisclosureConsent;
import org.waypoint.intake.EmergencyContact;
import org.waypoint.intake.HistorySection;
import org.waypoint.intake.IntakeConflictException;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.intake.IntakeSection;
import org.waypoint.intake.IntakeService;
import org.waypoint.intake.IntakeStatus;
import org.waypoint.intake.IntakeStep;
import org.waypoint.intake.PayerSection;
import org.waypoint.intake.PayerType;
import org.waypoint.intake.PlacementSection;
import org.waypoint.intake.ReferralSection;
import org.waypoint.intake.ReferralSource;
import org.waypoint.intake.ScreeningSection;
import org.waypoint.intake.SelfHarmFrequency;
import org.waypoint.intake.SelfHarmMethod;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.risk.ScreeningItems;
import org.waypoint.security.StaffOption;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PageState;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/**
 * One intake at {@code /intake/{id}}, a step at a time ({@code ?step=demographics}); at {@code
 * /intake} itself, the list of intakes in progress ({@link IntakeListView}). Moving to another step
 * saves the one on screen first; a refused value keeps the user on the step with every entry as
 * typed. Every way of saving (a step, admitting, closing) goes through {@link SaveAttempt}; someone
 * else's save in between is said with who and when, and nothing of this user's is lost.
 */
@Named
@ViewScoped
public class IntakeFormView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final String FORM = "intakeForm";
  private static final String WITHDRAW_FORM = "withdrawForm";

  /** What the page shows when the intake opened (or the list, at {@code /intake}). */
  public enum State {
    LIST,
    EDITING,
    CLOSED
  }

  @EJB private IntakeService intakes;
  @EJB private ProgramService programService;
  @EJB private ClientService clients;
  @Inject private CenterSettings center;
  @Inject private ScreeningItems screeningItems;
  @Inject private Shown shown;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  @Inject
  @Param(name = "step")
  private String stepParam;

  private PageState page;
  private State state;
  private IntakeRecord record;
  private long version;
  private IntakeStep step = IntakeStep.REFERRAL;
  private boolean conflict;
  private LocalDate admissionDate;
  private String withdrawReason;
  private List<ProgramOption> programs;
  private List<StaffOption> clinicians;

  /** Loads the intake named in the URL at the step asked for, or the first step not complete. */
  public void load() {
    // an admitted client's intake follows the chart's access rules (not allowed)
    page = PageState.open(this::open, "intake.roleRefused");
  }

  private void open() {
    if (id == null || id.isBlank()) {
      state = State.LIST;
      return;
    }
    record = intakes.open(PageState.id(id));
    version = record.version();
    if (record.status() != IntakeStatus.IN_PROGRESS) {
      state = State.CLOSED;
      return;
    }
    state = State.EDITING;
    step = parseStep(stepParam);
    if (step == null) {
      List<IntakeStep> incomplete = record.incompleteSteps();
      step = incomplete.isEmpty() ? IntakeStep.ADMISSION : incomplete.get(0);
    }
    if (step != IntakeStep.ADMISSION && record.saved(step)) {
      warnMissing();
    }
    programs = programService.programs();
    clinicians = clients.clinicians();
    admissionDate = LocalDate.now(center.timeZone());
  }

  private static IntakeStep parseStep(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return IntakeStep.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Shows, next to each field, what the admission still needs from this step. */
  private void warnMissing() {
    FacesContext faces = FacesContext.getCurrentInstance();
    record
        .missing(step)
        .forEach(
            (field, message) ->
                faces.addMessage(
                    FORM + ":" + field,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, message, message)));
  }

  /**
   * Saves the step on screen and goes to another.
   *
   * @param next the step to go to
   */
  public void saveAndGo(IntakeStep next) throws IOException {
    if (step == IntakeStep.ADMISSION) {
      go(next, null);
      return;
    }
    IntakeSection section = section(step);
    IntakeRecord[] saved = new IntakeRecord[1];
    if (attempt(
        FORM, "intake.save", () -> saved[0] = intakes.save(record.id(), version, section))) {
      go(
          next,
          Text.of(
              saved[0].missing(step).isEmpty() ? "intake.saved" : "intake.savedIncomplete",
              step.label()));
    }
  }

  /** Saves the step on screen and stays on it. */
  public void save() throws IOException {
    saveAndGo(step);
  }

  /** Admits the client and opens the new chart. */
  public void admit() throws IOException {
    ClientProfile[] admitted = new ClientProfile[1];
    if (attempt(
        FORM,
        "intake.admit",
        () -> admitted[0] = intakes.admit(record.id(), version, admissionDate))) {
      ClientProfile client = admitted[0];
      FormMessages.redirectWithMessage(
          "/client/" + client.id(),
          Text.of("intake.admitted", client.legalName(), client.mrn(), client.riskLevel().label()));
    }
  }

  /** Closes the intake without admission, with the reason typed. */
  public void withdraw() throws IOException {
    if (attempt(
        WITHDRAW_FORM,
        "intake.withdraw",
        () -> intakes.withdraw(record.id(), version, withdrawReason))) {
      FormMessages.redirectWithMessage("/intake", Text.of("intake.withdrawn"));
    }
  }

  /**
   * Runs a save as {@link SaveAttempt} does; someone else's save in between is no failure but a
   * conflict, said with who and when.
   *
   * @return whether it was saved
   */
  private boolean attempt(String formId, String keyPrefix, SaveAttempt.Action action) {
    boolean[] conflicted = {false};
    boolean done =
        SaveAttempt.of(formId, keyPrefix)
            .run(
                () -> {
                  try {
                    action.run();
                  } catch (IntakeConflictException e) {
                    conflict(e);
                    conflicted[0] = true;
                  }
                });
    return done && !conflicted[0];
  }

  /** Adds an empty emergency contact row (keeping what was typed in the others). */
  public void addContact() {
    if (record.contacts().getContacts().size() < ContactsSection.MAX_CONTACTS) {
      record.contacts().getContacts().add(new EmergencyContact());
    }
  }

  /**
   * @param index the row to remove
   */
  public void removeContact(int index) {
    record.contacts().getContacts().remove(index);
  }

  /** Adds an empty disclosure consent row. */
  public void addDisclosure() {
    if (record.consents().getDisclosures().size() < ConsentsSection.MAX_DISCLOSURES) {
      record.consents().getDisclosures().add(new DisclosureConsent());
    }
  }

  /**
   * @param index the row to remove
   */
  public void removeDisclosure(int index) {
    record.consents().getDisclosures().remove(index);
  }

  private void conflict(IntakeConflictException e) {
    conflict = true;
    version = e.currentVersion();
    FormMessages.showError(Text.of("intake.conflict", e.getMessage()));
  }

  private void go(IntakeStep next, String message) throws IOException {
    String path = "/intake/" + record.id() + "?step=" + next.name().toLowerCase(Locale.ROOT);
    if (message == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + path);
    } else {
      FormMessages.redirectWithMessage(path, message);
    }
  }

  private IntakeSection section(IntakeStep of) {
    return switch (of) {
      case REFERRAL -> record.referral();
      case DEMOGRAPHICS -> record.demographics();
      case CONTACTS -> record.contacts();
      case PAYER -> record.payer();
      case CONSENTS -> record.consents();
      case HISTORY -> record.history();
      case SCREENING -> record.screening();
      case PLACEMENT -> record.placement();
      case ADMISSION -> throw new IllegalArgumentException("Admission is not a section");
    };
  }

  /**
   * @param of a step
   * @return "complete", "incomplete" (saved, something missing) or "new"
   */
  public String stepState(IntakeStep of) {
    if (of == IntakeStep.ADMISSION) {
      return record.incompleteSteps().isEmpty() ? "ready" : "new";
    }
    return record.complete(of) ? "complete" : record.saved(of) ? "incomplete" : "new";
  }

  /**
   * @return the step after this one, or {@code null} on the last
   */
  public IntakeStep getNextStep() {
    IntakeStep[] steps = IntakeStep.values();
    return step.ordinal() + 1 < steps.length ? steps[step.ordinal() + 1] : null;
  }

  /**
   * @return the step before this one, or {@code null} on the first
   */
  public IntakeStep getPreviousStep() {
    return step.ordinal() > 0 ? IntakeStep.values()[step.ordinal() - 1] : null;
  }

  /**
   * @param key a screening item key, e.g. {@code item3}
   * @return its wording
   */
  public String item(String key) {
    return screeningItems.text(key);
  }

  /**
   * @param clinicianId a clinician's id
   * @return the clinician's name, or "Not chosen yet"
   */
  public String clinicianName(Long clinicianId) {
    return clinicians.stream()
        .filter(c -> clinicianId != null && c.id() == clinicianId)
        .map(StaffOption::displayName)
        .findFirst()
        .orElseGet(() -> Text.of("intake.notChosen"));
  }

  /**
   * @param programId a program's id
   * @return the program's name, or "Not chosen yet"
   */
  public String programName(Long programId) {
    return programs.stream()
        .filter(p -> programId != null && p.id() == programId)
        .map(ProgramOption::name)
        .findFirst()
        .orElseGet(() -> Text.of("intake.notChosen"));
  }

  /**
   * @param pattern a refusal of an unreadable date from the bundle, e.g. "Enter the date as {0}."
   * @return it with the way dates are typed, e.g. MM/DD/YYYY
   */
  public String dateRefusal(String pattern) {
    return fill(pattern, shown.getDatePattern().toUpperCase(Text.locale()));
  }

  /**
   * @param pattern a text from the bundle with one placeholder, e.g. "Remove contact {0}"
   * @param argument its value
   * @return the text filled in
   */
  public String fill(String pattern, Object argument) {
    return new MessageFormat(pattern, Text.locale()).format(new Object[] {argument});
  }

  /**
   * @return the page's title: the step on screen, or the intakes
   */
  public String getTitle() {
    return state == State.EDITING
        ? Text.of("intake.title.step", step.label())
        : Text.of("intake.title");
  }

  /**
   * @return whether the intake opened, or why not
   */
  public PageState getPage() {
    return page;
  }

  public State getState() {
    return state;
  }

  public IntakeRecord getRecord() {
    return record;
  }

  public IntakeStep getStep() {
    return step;
  }

  public boolean isConflict() {
    return conflict;
  }

  public IntakeStep[] getSteps() {
    return IntakeStep.values();
  }

  public ReferralSection getReferral() {
    return record.referral();
  }

  public DemographicsSection getDemographics() {
    return record.demographics();
  }

  public ContactsSection getContacts() {
    return record.contacts();
  }

  public PayerSection getPayer() {
    return record.payer();
  }

  public ConsentsSection getConsents() {
    return record.consents();
  }

  public HistorySection getHistory() {
    return record.history();
  }

  public ScreeningSection getScreening() {
    return record.screening();
  }

  public PlacementSection getPlacement() {
    return record.placement();
  }

  public LocalDate getAdmissionDate() {
    return admissionDate;
  }

  public void setAdmissionDate(LocalDate admissionDate) {
    this.admissionDate = admissionDate;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }

  public List<StaffOption> getClinicians() {
    return clinicians;
  }

  public ReferralSource[] getReferralSources() {
    return ReferralSource.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public PayerType[] getPayerTypes() {
    return PayerType.values();
  }

  public SelfHarmMethod[] getSelfHarmMethods() {
    return SelfHarmMethod.values();
  }

  public SelfHarmFrequency[] getFrequencies() {
    return SelfHarmFrequency.values();
  }

  public CoOccurringCondition[] getConditions() {
    return CoOccurringCondition.values();
  }
}
