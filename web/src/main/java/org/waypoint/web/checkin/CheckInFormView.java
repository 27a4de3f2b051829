package org.waypoint.web.checkin;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omnifaces.cdi.Param;
import org.waypoint.center.CenterSettings;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInService;
import org.waypoint.checkin.CheckInStart;
import org.waypoint.checkin.ContactMode;
import org.waypoint.checkin.CrisisStep;
import org.waypoint.checkin.RecordedCheckIn;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientService;
import org.waypoint.discharge.FollowUpCallItem;
import org.waypoint.discharge.FollowUpCallService;
import org.waypoint.discharge.RecordedCall;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.NotFoundException;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.RiskRules;
import org.waypoint.risk.ScreeningItems;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.submission.Submissions;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PageState;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/**
 * The check-in form at {@code /check-in/{clientId}}: every item on one page, the level and its
 * reasons updated as answers come in, the crisis checklist when the level is Imminent, and what is
 * typed kept as the user's draft as they go.
 */
@Named
@ViewScoped
public class CheckInFormView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(CheckInFormView.class.getName());
  private static final String FORM = "checkInForm";

  /** The text answers' limits, from the service's rule. */
  private static final Map<String, Integer> LIMITS =
      Map.of("clientWords", limitOf("clientWords"), "overrideReason", limitOf("overrideReason"));

  /**
   * A warning sign's field on the form.
   *
   * @param sign the sign
   * @param property the answers' property, also the field's id
   */
  public record SignField(WarningSign sign, String property) implements Serializable {}

  @EJB private ClientService clients;
  @EJB private CheckInService checkIns;
  @EJB private FollowUpCallService followUpCalls;
  @Inject private ScreeningItems screeningItems;
  @Inject private CenterSettings center;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  /** A follow-up call after discharge this check-in records (the client was reached), if any. */
  @Inject
  @Param(name = "call")
  private String callId;

  private PageState page;
  private FollowUpCallItem call;
  private boolean callUnavailable;
  private String nextStep;
  private ClientProfile client;
  private CheckInStart start;
  private CheckInAnswers answers = new CheckInAnswers();
  private boolean draftRestored;
  private Instant draftSavedAt;
  private String draftProblem;

  /**
   * This showing of the form: sent back with the form, so a replay of the same submission (a double
   * click, the browser resending) records the check-in once.
   */
  private String submission = Submissions.newToken();

  /** Loads the client and the user's draft, if any. */
  public void load() {
    page =
        PageState.open(
            () -> {
              client = clients.profile(PageState.id(id));
              start = checkIns.start(client.id());
              if (start.draft() != null) {
                answers = start.draft();
                draftRestored = true;
                draftSavedAt = start.draftSavedAt();
              }
              if (callId != null) {
                openCall();
              }
            },
            "checkIn.roleRefused");
  }

  /** The follow-up call named in the address, when it is the client's and still to record. */
  private void openCall() {
    try {
      FollowUpCallItem found = followUpCalls.call(client.id(), PageState.id(callId));
      if (found.recorded()) {
        callUnavailable = true;
      } else {
        call = found;
        answers.setContact(ContactMode.PHONE); // the call is recorded as a phone check-in
      }
    } catch (NumberFormatException | NotFoundException e) {
      callUnavailable = true;
    }
  }

  /** After every answer: keeps the draft (the level shown is worked out as the page renders). */
  public void changed() {
    try {
      draftSavedAt = checkIns.saveDraft(client.id(), answers);
      draftProblem = null;
    } catch (InvalidInputException e) {
      draftProblem = Text.of("checkIn.draft.refused", String.join(" ", e.fieldErrors().values()));
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Keeping a check-in draft failed", e);
      draftProblem = Text.of("checkIn.draft.failed");
    }
  }

  /** Records the check-in and returns to the chart's check-in section with what it set going. */
  public void save() throws IOException {
    if (call != null) {
      saveCall();
      return;
    }
    RecordedCheckIn[] recorded = new RecordedCheckIn[1];
    if (SaveAttempt.of(FORM, "checkIn.save")
        .run(() -> recorded[0] = checkIns.record(client.id(), submission, answers))) {
      FormMessages.redirectWithMessage(
          "/client/" + client.id() + "?section=check-ins", outcome(recorded[0]));
    }
  }

  /**
   * Records the follow-up call as reached, its risk check as a phone check-in, and returns to the
   * chart's Discharge section saying what it recorded and set going.
   */
  private void saveCall() throws IOException {
    RecordedCall[] recorded = new RecordedCall[1];
    boolean[] refused = {false};
    if (SaveAttempt.of(FORM, "checkIn.save")
            .run(
                () -> {
                  try {
                    recorded[0] =
                        followUpCalls.recordReached(
                            client.id(), call.id(), answers, nextStep, call.version());
                  } catch (ConflictException e) {
                    refused[0] = true;
                    FormMessages.showError(e.getMessage());
                  } catch (InvalidInputException e) {
                    if (!e.fieldErrors().containsKey("call")) {
                      throw e;
                    }
                    refused[0] = true;
                    FormMessages.showError(e.fieldErrors().get("call"));
                  }
                })
        && !refused[0]) {
      FormMessages.redirectWithMessage(
          "/client/" + client.id() + "?section=discharge",
          Text.of("discharge.call.recorded")
              + (recorded[0].checkIn() == null ? "" : " " + outcome(recorded[0].checkIn())));
    }
  }

  /** Throws the draft away and starts an empty form. */
  public void discardDraft() throws IOException {
    checkIns.discardDraft(client.id());
    FormMessages.redirectWithMessage(
        "/check-in/" + client.id(), Text.of("checkIn.draft.discarded"));
  }

  /**
   * @param r the check-in just recorded
   * @return the sentences saying what it recorded and what it set going
   */
  static String outcome(RecordedCheckIn r) {
    List<String> text = new ArrayList<>();
    text.add(
        Text.of(
            "checkIn.recorded",
            r.entry().level().label(),
            r.entry().overridden()
                ? Text.of("checkIn.recorded.overridden", r.entry().computed().summary())
                : Text.of(
                    "checkIn.recorded.reasons",
                    String.join(
                        Text.of("format.list.separator"), r.entry().computed().reasons()))));
    if (r.entry().risingReason() != null) {
      text.add(Text.of("checkIn.recorded.rising", r.entry().risingReason()));
    }
    if (r.alertRaised()) {
      text.add(Text.of("checkIn.recorded.alerted"));
    }
    if (r.taskOpened()) {
      text.add(Text.of("checkIn.recorded.reviewOpened"));
    } else if (r.reviewOwed()) {
      text.add(Text.of("checkIn.recorded.reviewOwed"));
    }
    text.add(Text.of("checkIn.recorded.next", r.entry().level().cadence()));
    return String.join(" ", text);
  }

  /**
   * @return the level the rules give for the answers so far, or {@code null} until enough is
   *     answered
   */
  public RiskFinding getPreview() {
    return answers.assessable() ? RiskRules.assess(answers.facts()) : null;
  }

  /**
   * @return the level that will be recorded: the user's when chosen, else the computed one
   */
  public RiskLevel getLevelShown() {
    if (answers.getOverrideLevel() != null) {
      return answers.getOverrideLevel();
    }
    RiskFinding preview = getPreview();
    return preview == null ? null : preview.level();
  }

  /**
   * @return whether to show the crisis checklist
   */
  public boolean isCrisis() {
    return getLevelShown() == RiskLevel.IMMINENT;
  }

  /**
   * @param key {@code period}, {@code item1} … {@code item6recent}
   * @return the screening item's wording (configuration)
   */
  public String item(String key) {
    return screeningItems.text(key);
  }

  /**
   * @return the warning signs' fields, in the form's order
   */
  public List<SignField> getSigns() {
    return Arrays.stream(WarningSign.values())
        .map(s -> new SignField(s, CheckInAnswers.property(s)))
        .toList();
  }

  /**
   * @return the center's date, the latest a self-harm date can be
   */
  public LocalDate getToday() {
    return LocalDate.now(center.timeZone());
  }

  /**
   * @return 0 to 10, the urge's buttons
   */
  public List<Integer> getUrgeScale() {
    return java.util.stream.IntStream.rangeClosed(0, RiskRules.MAX_URGE).boxed().toList();
  }

  /**
   * @return 0 to 4, a warning sign's buttons
   */
  public List<Integer> getSignScale() {
    return java.util.stream.IntStream.rangeClosed(0, WarningSign.MAX).boxed().toList();
  }

  public ContactMode[] getContactModes() {
    return ContactMode.values();
  }

  public SubstanceUse[] getSubstanceUses() {
    return SubstanceUse.values();
  }

  public RiskLevel[] getLevels() {
    return RiskLevel.values();
  }

  public CrisisStep[] getCrisisSteps() {
    return CrisisStep.values();
  }

  /**
   * @return the follow-up call this check-in records, or {@code null} for an ordinary check-in
   */
  public FollowUpCallItem getCall() {
    return call;
  }

  /**
   * @return whether the address named a call that is not the client's or is already recorded
   */
  public boolean isCallUnavailable() {
    return callUnavailable;
  }

  /**
   * @return the next step typed for the follow-up call
   */
  public String getNextStep() {
    return nextStep;
  }

  public void setNextStep(String nextStep) {
    this.nextStep = nextStep;
  }

  /**
   * @return the most characters of a follow-up call's next step
   */
  public int getNextStepLimit() {
    return org.waypoint.web.discharge.CallRow.nextStepLimit();
  }

  public CheckInAnswers getAnswers() {
    return answers;
  }

  public CheckInStart getStart() {
    return start;
  }

  public ClientProfile getClient() {
    return client;
  }

  /**
   * @return whether the client was found and may be checked in, or why not
   */
  public PageState getPage() {
    return page;
  }

  /**
   * @return whether this Ajax request's text was refused by its field's check (over its limit, or a
   *     control character): the draft then does not hold it, and the page says so
   */
  public boolean isTypingRefused() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.isValidationFailed()
        && faces.getPartialViewContext().isAjaxRequest()
        && !faces.getPartialViewContext().getExecuteIds().contains(FORM);
  }

  /**
   * @return the message for a date typed in a form the date field cannot read
   */
  public String getDateUnreadable() {
    return Text.of("checkIn.date.unreadable", Text.of("format.date").toUpperCase(Text.locale()));
  }

  /**
   * @return the most characters each text answer may hold, by the answers' property name: the
   *     service's own {@code @Size} rule, so page and service never disagree
   */
  public Map<String, Integer> getLimits() {
    return LIMITS;
  }

  public boolean isDraftRestored() {
    return draftRestored;
  }

  public Instant getDraftSavedAt() {
    return draftSavedAt;
  }

  public String getSubmission() {
    return submission;
  }

  /**
   * @param submission the token the form was shown with, as sent back
   */
  public void setSubmission(String submission) {
    this.submission = submission;
  }

  /**
   * @return why the draft could not be kept, or {@code null}
   */
  public String getDraftProblem() {
    return draftProblem;
  }

  /**
   * @param property a text property of {@link CheckInAnswers}
   * @return its {@code @Size} maximum
   */
  static int limitOf(String property) {
    try {
      return CheckInAnswers.class.getDeclaredField(property).getAnnotation(Size.class).max();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("CheckInAnswers has no text " + property, e);
    }
  }
}
