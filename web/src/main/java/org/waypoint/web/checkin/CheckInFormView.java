package org.waypoint.web.checkin;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.risk.RiskFinding;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.RiskRules;
import org.waypoint.risk.ScreeningItems;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.web.support.FormMessages;

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

  /** What the page shows. */
  public enum State {
    EDITING,
    NOT_FOUND,
    NOT_ALLOWED
  }

  /**
   * A warning sign's field on the form.
   *
   * @param sign the sign
   * @param property the answers' property, also the field's id
   */
  public record SignField(WarningSign sign, String property) implements Serializable {}

  @EJB private ClientService clients;
  @EJB private CheckInService checkIns;
  @Inject private ScreeningItems screeningItems;
  @Inject private CenterSettings center;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  private State state = State.NOT_FOUND;
  private String refusal;
  private ClientProfile client;
  private CheckInStart start;
  private CheckInAnswers answers = new CheckInAnswers();
  private boolean draftRestored;
  private Instant draftSavedAt;
  private String draftProblem;

  /** Loads the client and the user's draft, if any. */
  public void load() {
    try {
      client = clients.profile(Long.parseLong(id == null ? "" : id.strip()));
      start = checkIns.start(client.id());
      if (start.draft() != null) {
        answers = start.draft();
        draftRestored = true;
        draftSavedAt = start.draftSavedAt();
      }
      state = State.EDITING;
    } catch (NumberFormatException | ClientNotFoundException e) {
      state = State.NOT_FOUND;
      status(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      state = State.NOT_ALLOWED;
      refusal = e.getMessage();
      status(HttpServletResponse.SC_FORBIDDEN);
    } catch (EJBAccessException e) {
      state = State.NOT_ALLOWED;
      refusal = "Your role does not include recording check-ins.";
      status(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /** After every answer: keeps the draft (the level shown is worked out as the page renders). */
  public void changed() {
    try {
      draftSavedAt = checkIns.saveDraft(client.id(), answers);
      draftProblem = null;
    } catch (InvalidInputException e) {
      draftProblem =
          "The draft could not be kept: "
              + String.join(" ", e.fieldErrors().values())
              + " Everything is still on screen.";
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Keeping a check-in draft failed", e);
      draftProblem =
          "Waypoint could not keep the draft just now. Everything is still on screen, and it tries"
              + " again with your next answer.";
    }
  }

  /** Records the check-in and returns to the chart's check-in section with what it set going. */
  public void save() throws IOException {
    try {
      RecordedCheckIn recorded = checkIns.record(client.id(), answers);
      FormMessages.redirectWithMessage(
          "/client/" + client.id() + "?section=check-ins", outcome(recorded));
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors(FORM, e.fieldErrors());
    } catch (EJBAccessException e) {
      FormMessages.showError("Your role does not allow recording check-ins. Nothing was saved.");
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "Recording a check-in failed", e);
      FormMessages.showError(
          "Waypoint could not record the check-in just now, so nothing was saved. Your answers are"
              + " still here and kept as your draft: try again in a moment.");
    }
  }

  /** Throws the draft away and starts an empty form. */
  public void discardDraft() throws IOException {
    checkIns.discardDraft(client.id());
    FormMessages.redirectWithMessage("/check-in/" + client.id(), "Draft discarded.");
  }

  private static String outcome(RecordedCheckIn r) {
    StringBuilder text =
        new StringBuilder("Check-in recorded. ").append(r.entry().level().label()).append(": ");
    text.append(
        r.entry().overridden()
            ? "your judgement (the rules gave " + r.entry().computed().summary() + ")."
            : String.join("; ", r.entry().computed().reasons()) + ".");
    if (r.entry().risingReason() != null) {
      text.append(" Rising: ").append(r.entry().risingReason()).append('.');
    }
    if (r.alertRaised()) {
      text.append(" The program's supervisors are alerted.");
    }
    if (r.taskOpened()) {
      text.append(" A safety-plan review is now on the clinician's list.");
    } else if (r.reviewOwed()) {
      text.append(" A safety-plan review is still owed.");
    }
    text.append(" Next check-in ").append(r.entry().level().cadence()).append('.');
    return text.toString();
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

  public CheckInAnswers getAnswers() {
    return answers;
  }

  public CheckInStart getStart() {
    return start;
  }

  public ClientProfile getClient() {
    return client;
  }

  public State getState() {
    return state;
  }

  public String getRefusal() {
    return refusal;
  }

  public boolean isDraftRestored() {
    return draftRestored;
  }

  public Instant getDraftSavedAt() {
    return draftSavedAt;
  }

  public String getDraftProblem() {
    return draftProblem;
  }

  private static void status(int code) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
  }
}
