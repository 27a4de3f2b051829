package org.waypoint.web.handover;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.omnifaces.cdi.Param;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Shift;
import org.waypoint.center.ShiftSchedule;
import org.waypoint.handover.HandoverProgram;
import org.waypoint.handover.HandoverService;
import org.waypoint.handover.HandoverSummary;
import org.waypoint.handover.HandoverView;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.NotFoundException;
import org.waypoint.report.HandoverData;
import org.waypoint.submission.Submissions;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PageState;
import org.waypoint.web.support.PagedList;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/**
 * The shift handover screen: a program of the caller's and a shift (the current one unless the
 * address names another), its contents in I-PASS blocks, Give, Acknowledge with an optional
 * synthesis line, and the program's past handovers. Reading it is one audited view of the handover.
 */
@Named("handoverPage")
@ViewScoped
public class HandoverPageView implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String FORM = "handoverForm";

  @EJB private HandoverService handovers;
  @Inject private CenterSettings center;
  @Inject private ShiftLabels shiftLabels;

  @Inject
  @Param(name = "program")
  private String programParam;

  @Inject
  @Param(name = "shift")
  private String shiftParam;

  private List<HandoverProgram> programs = List.of();
  private Long programId;
  private String shiftKey;
  private final List<ShiftChoice> shiftChoices = new ArrayList<>();
  private PageState page;
  private HandoverView handover;
  private String synthesis;

  /** This showing of the handover: a replayed acknowledgement acknowledges once. */
  private String submission = Submissions.newToken();

  private PagedList<HandoverSummary> history;

  /** Opens the handover the address names (the caller's first program, the current shift). */
  public void load() {
    programs = handovers.programs();
    page =
        PageState.open(
            () -> {
              if (programs.isEmpty()) {
                return;
              }
              long id =
                  programParam == null || programParam.isBlank()
                      ? programs.get(0).id()
                      : PageState.id(programParam);
              programId = id;
              try {
                handover = handovers.read(id, blankToNull(shiftParam));
              } catch (InvalidInputException e) {
                throw new UnknownShift();
              }
              shiftKey = handover.shift().key();
              long shownProgram = id;
              HandoverService service = handovers;
              history =
                  new PagedList<>(
                      () -> service.countHistory(shownProgram),
                      (first, size) -> service.history(shownProgram, first, size),
                      row -> Long.toString(row.id()));
            },
            "handover.roleRefused");
    choices();
  }

  /** The previous, current and next shifts, and the one shown when it is none of those. */
  private void choices() {
    ShiftSchedule schedule = center.shifts();
    Shift current = schedule.current(Instant.now());
    Shift previous = schedule.previous(current);
    Shift next = schedule.next(current);
    shiftChoices.clear();
    if (handover != null
        && !List.of(previous.key(), current.key(), next.key()).contains(shiftKey)) {
      shiftChoices.add(
          new ShiftChoice(shiftKey, Text.of("handover.shift.other", label(handover.shift()))));
    }
    shiftChoices.add(new ShiftChoice(next.key(), Text.of("handover.shift.next", label(next))));
    shiftChoices.add(
        new ShiftChoice(current.key(), Text.of("handover.shift.current", label(current))));
    shiftChoices.add(
        new ShiftChoice(previous.key(), Text.of("handover.shift.previous", label(previous))));
    if (shiftKey == null) {
      shiftKey = current.key();
    }
  }

  /** Shows the program and shift chosen in the lists (a new address, so it can be bookmarked). */
  public void show() throws IOException {
    FacesContext.getCurrentInstance().getExternalContext().redirect(address(programId, shiftKey));
  }

  /** Gives the handover shown; a refusal shows next to the button. */
  public void give() throws IOException {
    AtomicBoolean given = new AtomicBoolean();
    long program = handover.programId();
    String key = handover.shift().key();
    SaveAttempt.of(FORM, "handover.give")
        .run(
            () -> {
              try {
                handover = handovers.give(program, key);
                given.set(true);
              } catch (InvalidInputException e) {
                refused(e, "give");
              } catch (ConflictException e) {
                besideControl("give", e.getMessage());
                handover = handovers.read(program, key);
              }
            });
    if (given.get()) {
      FormMessages.redirectWithMessage(
          path(program, key),
          Text.of("handover.give.done", handover.programName(), getShiftLabel()));
    }
  }

  public String getSubmission() {
    return submission;
  }

  /**
   * @param submission the token the page was shown with, as sent back
   */
  public void setSubmission(String submission) {
    this.submission = submission;
  }

  /**
   * Acknowledges the handover shown with the synthesis typed. The giver's own acknowledgement, or
   * one after someone else's, is refused next to the button; the synthesis stays in its box.
   */
  public void acknowledge() {
    long id = handover.handoverId();
    SaveAttempt.of(FORM, "handover.acknowledge")
        .run(
            () -> {
              try {
                handover = handovers.acknowledge(id, synthesis, submission);
                synthesis = null;
                FacesContext.getCurrentInstance()
                    .addMessage(
                        null,
                        new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            Text.of(
                                "handover.acknowledge.done",
                                handover.programName(),
                                getShiftLabel()),
                            null));
              } catch (InvalidInputException e) {
                refused(e, "acknowledge");
              } catch (ConflictException e) {
                besideControl("acknowledge", e.getMessage());
                handover = handovers.read(handover.programId(), handover.shift().key());
              }
            });
  }

  /**
   * Places a refusal: a refused synthesis next to its box (with the form's summary at the top), a
   * form tampered with (its hidden submission token, no one's to fill in) at the top of the page, a
   * refusal of the handover itself (the giver acknowledging, a shift no longer open) next to the
   * button that asked.
   */
  private static void refused(InvalidInputException e, String button) {
    String tampered = e.fieldErrors().get(Submissions.FIELD);
    if (tampered != null) {
      FormMessages.showError(tampered);
    } else if (e.fieldErrors().containsKey(HandoverService.SYNTHESIS_FIELD)) {
      FormMessages.showFieldErrors(FORM, besideButton(e, button));
    } else {
      besideControl(button, String.join(" ", e.fieldErrors().values()));
    }
  }

  /** A refusal of the handover itself (not of a field) goes next to the button that asked. */
  private static Map<String, String> besideButton(InvalidInputException e, String button) {
    Map<String, String> placed = new LinkedHashMap<>();
    e.fieldErrors()
        .forEach(
            (field, message) ->
                placed.merge(
                    HandoverService.SYNTHESIS_FIELD.equals(field) ? field : button,
                    message,
                    (a, b) -> a + " " + b));
    return placed;
  }

  private static void besideControl(String control, String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        FORM + ":" + control, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    faces.validationFailed();
  }

  /**
   * @param due when an action is due
   * @return whether it was overdue when the contents were read
   */
  public boolean overdue(ZonedDateTime due) {
    HandoverData data = getData();
    Instant then =
        data == null || data.preparedAt() == null ? Instant.now() : data.preparedAt().toInstant();
    return due != null && due.toInstant().isBefore(then);
  }

  /**
   * @param row a past handover
   * @return its shift, as the screen writes shifts
   */
  public String shiftLabelOf(HandoverSummary row) {
    return label(row.shift());
  }

  private String label(Shift shift) {
    return shiftLabels.of(shift);
  }

  private static String address(Long program, String key) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + path(program, key);
  }

  private static String path(Long program, String key) {
    StringBuilder path = new StringBuilder("/handover");
    String sep = "?";
    if (program != null) {
      path.append(sep).append("program=").append(program);
      sep = "&";
    }
    if (key != null) {
      path.append(sep).append("shift=").append(URLEncoder.encode(key, StandardCharsets.UTF_8));
    }
    return path.toString();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A shift key that names none of the center's shifts: the page says "not found". */
  private static final class UnknownShift extends NotFoundException {
    private static final long serialVersionUID = 1L;

    UnknownShift() {
      super("No such shift");
    }
  }

  /**
   * @return the PDF's address, from the application's root
   */
  public String getPrintPath() {
    return "/reports/handover/"
        + handover.programId()
        + "?shift="
        + URLEncoder.encode(handover.shift().key(), StandardCharsets.UTF_8);
  }

  /**
   * @return {@code LIVE}, {@code GIVEN} or {@code ACKNOWLEDGED}
   */
  public String getState() {
    if (handover == null || !handover.given()) {
      return "LIVE";
    }
    return handover.acknowledged() ? "ACKNOWLEDGED" : "GIVEN";
  }

  /**
   * @return the shift shown, e.g. "11/30/2026, 3:00 PM to 11:00 PM"
   */
  public String getShiftLabel() {
    return handover == null ? "" : label(handover.shift());
  }

  /**
   * @return the name of the program shown, for the history's heading
   */
  public String getProgramName() {
    if (handover != null) {
      return handover.programName();
    }
    return programs.stream()
        .filter(p -> programId != null && p.id() == programId)
        .map(HandoverProgram::name)
        .findFirst()
        .orElse("");
  }

  public HandoverData getData() {
    return handover == null ? null : handover.data();
  }

  public HandoverView getHandover() {
    return handover;
  }

  public boolean isGiven() {
    return handover != null && handover.given();
  }

  public int getSynthesisLimit() {
    return HandoverService.SYNTHESIS_LIMIT;
  }

  public PageState getPage() {
    return page;
  }

  public List<HandoverProgram> getPrograms() {
    return programs;
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public String getShiftKey() {
    return shiftKey;
  }

  public void setShiftKey(String shiftKey) {
    this.shiftKey = shiftKey;
  }

  public List<ShiftChoice> getShiftChoices() {
    return shiftChoices;
  }

  public String getSynthesis() {
    return synthesis;
  }

  public void setSynthesis(String synthesis) {
    this.synthesis = synthesis;
  }

  public PagedList<HandoverSummary> getHistory() {
    return history;
  }
}
