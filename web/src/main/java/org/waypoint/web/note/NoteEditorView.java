package org.waypoint.web.note;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import org.primefaces.PrimeFaces;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.note.DraftSaved;
import org.waypoint.note.Intervention;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteAddendum;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFormat;
import org.waypoint.note.NoteRules;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteState;
import org.waypoint.risk.RiskLevel;
import org.waypoint.submission.Submissions;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PageState;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/**
 * The session note at {@code /note/{id}}: its author's draft as an editor, saved a moment after
 * typing stops (and by the page's script when it is hidden or closed, or when a lost connection
 * comes back), signed with the password; any other note, or a signed one, read-only with its
 * addenda. {@code /note/new?client={id}} (and {@code &fromLast=true}) starts a draft and goes to
 * it. A save that meets a save from another window or device saves nothing and shows both texts.
 */
@Named
@ViewScoped
public class NoteEditorView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(NoteEditorView.class.getName());

  /** The editor's form. */
  static final String FORM = "noteForm";

  /** The addendum's form. */
  static final String ADDENDUM_FORM = "addendumForm";

  /** The address segment that starts a new note instead of opening one. */
  static final String NEW = "new";

  /** The limits of the boxes, by field name: the service's rules, from one place. */
  private static final Map<String, Integer> LIMITS =
      Map.of(
          "text", NoteField.LIMIT,
          "riskObserved", NoteContent.RISK_OBSERVED_LIMIT,
          "otherInterventions", NoteContent.OTHER_INTERVENTIONS_LIMIT,
          "planGateReason", NoteContent.GATE_REASON_LIMIT,
          "addendumText", NoteAddendum.TEXT_LIMIT,
          "addendumReason", NoteAddendum.REASON_LIMIT);

  @EJB private NoteService notes;
  @Inject private Shown shown;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  @Inject
  @Param(name = "client")
  private String clientParam;

  @Inject
  @Param(name = "fromLast")
  private String fromLastParam;

  private PageState page;
  private NoteDetail note;
  private NoteContent content;
  private NoteContent base;
  private long version;
  private Instant savedAt;
  private String draftProblem;
  private final String token = UUID.randomUUID().toString();

  private NoteContent theirs;
  private long theirVersion;
  private Instant theirSavedAt;

  private String password;

  /**
   * This showing of the editor: sent back with the signature, so a replay of the same submission (a
   * double click, the browser resending) signs once and is answered as the first was.
   */
  private String submission = Submissions.newToken();

  private String addendumText;
  private String addendumReason;

  /**
   * Opens the note; or, at {@code /note/new?client=}, starts a draft for that client and goes to
   * it.
   */
  public void load() throws IOException {
    if (NEW.equals(id == null ? null : id.strip())) {
      NoteDetail[] started = new NoteDetail[1];
      page =
          PageState.open(
              () ->
                  started[0] = notes.start(PageState.id(clientParam), "true".equals(fromLastParam)),
              "note.roleRefused");
      if (page.isReady()) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/note/" + started[0].id());
        faces.responseComplete();
      }
      return;
    }
    page =
        PageState.open(
            () -> {
              note = notes.open(PageState.id(id));
              content = note.content().copy();
              base = note.content().copy();
              version = note.version();
              savedAt = note.savedAt();
            },
            "note.roleRefused");
  }

  /**
   * Keeps what is typed; called a moment after typing stops and after every change. A refused field
   * keeps nothing new and says why next to it; a save from another window or device since this
   * page's version saves nothing and shows both texts.
   */
  public void autosave() {
    if (!isEditable() || theirs != null) {
      return;
    }
    try {
      DraftSaved saved = notes.saveDraft(note.id(), version, content);
      if (saved.conflict() && savedByThisPage(saved.version())) {
        // this page's own script kept every field when the page was hidden: go on from there,
        // with what was typed here since the last save
        content = NoteMerge.merge(saved.theirs(), base, content);
        base = saved.theirs().copy();
        version = saved.version();
        saved = notes.saveDraft(note.id(), version, content);
      }
      if (saved.conflict()) {
        theirs = saved.theirs();
        theirVersion = saved.version();
        theirSavedAt = saved.savedAt();
        draftProblem = null;
        return;
      }
      version = saved.version();
      savedAt = saved.savedAt();
      base = content.copy();
      draftProblem = null;
      markSaved();
    } catch (InvalidInputException e) {
      draftProblem = Text.of("note.draft.refused", String.join(" ", e.fieldErrors().values()));
      fieldMessages(e.fieldErrors());
    } catch (AccessDeniedException e) {
      draftProblem = Text.of("note.draft.refused", e.getMessage());
    } catch (EJBAccessException e) {
      draftProblem = Text.of("note.draft.refused", Text.of("note.roleRefused"));
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Autosaving a session note failed", e);
      draftProblem = Text.of("note.draft.failed");
    }
  }

  /** After a conflict: saves this page's text over the other save, which the user has seen. */
  public void keepMine() {
    if (theirs == null) {
      return;
    }
    version = theirVersion;
    theirs = null;
    autosave();
  }

  /** After a conflict: takes the other save's text into the page, and saves nothing. */
  public void useTheirs() {
    if (theirs == null) {
      return;
    }
    content = theirs.copy();
    base = theirs.copy();
    version = theirVersion;
    savedAt = theirSavedAt;
    theirs = null;
    draftProblem = null;
  }

  /**
   * Signs the draft with the password typed again. Refusals go next to their fields (the password's
   * under the password box); a save from elsewhere since this page's version says so and changes
   * nothing.
   */
  public void sign() throws IOException {
    char[] typed = password == null ? new char[0] : password.toCharArray();
    password = null;
    boolean[] conflict = new boolean[1];
    boolean done =
        SaveAttempt.of(FORM, "note.sign")
            .run(
                () -> {
                  try {
                    notes.sign(note.id(), version, content, typed, submission);
                  } catch (ConflictException e) {
                    conflict[0] = true;
                    FormMessages.showError(e.getMessage());
                  } catch (InvalidInputException e) {
                    throw new InvalidInputException(fieldIds(e.fieldErrors()));
                  } finally {
                    Arrays.fill(typed, '\0');
                  }
                });
    if (done && !conflict[0]) {
      FormMessages.redirectWithMessage("/note/" + note.id(), Text.of("note.signed"));
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean passwordRefused = faces.getMessageList(FORM + ":password").size() > 0;
    PrimeFaces.current().ajax().addCallbackParam("passwordRefused", passwordRefused);
  }

  /** Throws the draft away and goes back to the chart's notes. */
  public void discard() throws IOException {
    if (SaveAttempt.of(FORM, "note.discard").run(() -> notes.discard(note.id(), version))) {
      FormMessages.redirectWithMessage(
          "/client/" + note.clientId() + "?section=notes", Text.of("note.discarded"));
    }
  }

  /** Adds an addendum to the signed note and shows it under the note. */
  public void addAddendum() throws IOException {
    if (SaveAttempt.of(ADDENDUM_FORM, "note.addendum")
        .run(() -> notes.addAddendum(note.id(), addendumText, addendumReason))) {
      FormMessages.redirectWithMessage("/note/" + note.id(), Text.of("note.addendum.added"));
    }
  }

  /** Whether this page saved this version itself, by its script (the beacon servlet's mark). */
  private boolean savedByThisPage(long savedVersion) {
    Object mark =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSessionMap()
            .get(NoteDraftBeaconServlet.SAVED_BY_PAGE + note.id());
    return (token + " " + savedVersion).equals(mark);
  }

  /**
   * Marks the version just saved as this page's: a beacon the page sends a moment later (while this
   * save was on its way) then goes on from it instead of meeting it as someone else's.
   */
  private void markSaved() {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .getSessionMap()
        .put(NoteDraftBeaconServlet.SAVED_BY_PAGE + note.id(), token + " " + version);
  }

  /** Shows an autosave's refusals next to their fields, without a summary at the top. */
  private void fieldMessages(Map<String, String> errors) {
    FacesContext faces = FacesContext.getCurrentInstance();
    fieldIds(errors)
        .forEach(
            (field, message) -> {
              if (!ON_PAGE.equals(field)) { // the status line says it already
                faces.addMessage(
                    FORM + ":" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
              }
            });
  }

  /** The inputs that carry a message of their own. */
  private static final List<String> FIELDS =
      List.of(
          "contactDate",
          "startTime",
          "endTime",
          "modality",
          "format",
          "checkInId",
          "riskLevel",
          "riskObserved",
          "interventions",
          "otherInterventions",
          "nextAppointmentDate",
          "nextAppointmentTime",
          "planGateReason",
          "password");

  /** What {@link #fieldIds} calls a refusal that names no input: shown beside the sign button. */
  static final String ON_PAGE = "signNote";

  /**
   * The service names a part's text {@code text.SUBJECTIVE}; on the page it is the box {@code
   * parts:0:text} of the repeat over every part. A refusal of the note as a whole (already signed,
   * not the author's) goes beside the sign button.
   */
  static Map<String, String> fieldIds(Map<String, String> errors) {
    Map<String, String> ids = new LinkedHashMap<>();
    errors.forEach(
        (field, message) -> {
          String id = ON_PAGE;
          if (field.startsWith("text.")) {
            try {
              id = "parts:" + NoteField.valueOf(field.substring(5)).ordinal() + ":text";
            } catch (IllegalArgumentException e) {
              // not a part
            }
          } else if (FIELDS.contains(field)) {
            id = field;
          }
          ids.merge(id, message, (a, b) -> a + " " + b);
        });
    return ids;
  }

  /**
   * @return whether this Ajax request's typing was refused by its field's check (over its limit, or
   *     a control character): the draft then does not hold it, and the page says so
   */
  public boolean isTypingRefused() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.isValidationFailed()
        && faces.getPartialViewContext().isAjaxRequest()
        && !faces.getPartialViewContext().getExecuteIds().contains(FORM);
  }

  /**
   * @return whether the page is the author's draft, to write
   */
  public boolean isEditable() {
    // a group attendee's draft is written on the group's page and signed with the group
    return note != null && note.draft() && note.mine() && note.group() == null;
  }

  /**
   * @param field a part
   * @return whether the note's current format has it
   */
  public boolean inFormat(NoteField field) {
    return content.getFormat().fields().contains(field);
  }

  /**
   * @return the parts shown when reading: the format's, in order
   */
  public List<NoteField> getFormatFields() {
    return content.getFormat().fields();
  }

  /**
   * @return the level that decides the safety-plan gate: the linked check-in's, else the one chosen
   */
  public RiskLevel getContactLevel() {
    if (content.getCheckInId() != null) {
      return note.checkIns().stream()
          .filter(c -> c.id() == content.getCheckInId())
          .map(NoteDetail.ContactCheckIn::level)
          .findFirst()
          .orElse(content.getRiskLevel());
    }
    return content.getRiskLevel();
  }

  /**
   * @return whether signing needs the plan reviewed in this contact, or a reason why not
   */
  public boolean isGateApplies() {
    return NoteRules.planGateApplies(getContactLevel());
  }

  /**
   * @return whether the plan was found reviewed in this contact when the page opened
   */
  public boolean isGateReviewed() {
    return note.planGate().applies() && note.planGate().reviewed();
  }

  /**
   * @return the interventions chosen, by name (for the checkboxes)
   */
  public List<String> getInterventionNames() {
    // a list Faces can copy: it instantiates the getter's class for the submitted values
    return content.getInterventions().stream()
        .map(Enum::name)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * @param names the interventions chosen, by name
   */
  public void setInterventionNames(List<String> names) {
    EnumSet<Intervention> chosen = EnumSet.noneOf(Intervention.class);
    if (names != null) {
      names.forEach(n -> chosen.add(Intervention.valueOf(n)));
    }
    content.setInterventions(chosen);
  }

  /**
   * @param interventions some interventions
   * @return their names in words, joined
   */
  public List<String> labels(java.util.Collection<Intervention> interventions) {
    return interventions.stream().sorted().map(Intervention::label).toList();
  }

  /**
   * @param time a time of day, or {@code null}
   * @return it as the bundle's {@code format.time} writes it; empty for {@code null}
   */
  public String clock(LocalTime time) {
    return time == null
        ? ""
        : DateTimeFormatter.ofPattern(Text.of("format.time"), Text.locale()).format(time);
  }

  /**
   * @param day a day, or {@code null}
   * @param time its time, or {@code null}
   * @return them written as the bundle writes a date and a time
   */
  public String when(LocalDate day, LocalTime time) {
    if (day == null) {
      return "";
    }
    String date = DateTimeFormatter.ofPattern(Text.of("format.date"), Text.locale()).format(day);
    return time == null ? date : date + " " + clock(time);
  }

  /**
   * @return each way this page's text differs from the other save's, part by part and field by
   *     field, for the conflict panel; empty without a conflict
   */
  public List<Difference> getDifferences() {
    List<Difference> found = new ArrayList<>();
    if (theirs == null) {
      return found;
    }
    for (NoteField f : NoteField.values()) {
      if (!Objects.equals(norm(theirs.text(f)), norm(content.text(f)))) {
        found.add(new Difference(f.label(), theirs.text(f), content.text(f), true));
      }
    }
    differ(
        found,
        "note.field.contactDate",
        when(theirs.getContactDate(), null),
        when(content.getContactDate(), null));
    differ(
        found, "note.field.startTime", clock(theirs.getStartTime()), clock(content.getStartTime()));
    differ(found, "note.field.endTime", clock(theirs.getEndTime()), clock(content.getEndTime()));
    differ(found, "note.field.modality", label(theirs.getModality()), label(content.getModality()));
    differ(found, "note.field.format", theirs.getFormat().label(), content.getFormat().label());
    differ(
        found, "note.field.riskLevel", label(theirs.getRiskLevel()), label(content.getRiskLevel()));
    differ(
        found,
        "note.field.checkIn",
        checkIn(theirs.getCheckInId()),
        checkIn(content.getCheckInId()));
    differ(found, "note.field.riskObserved", theirs.getRiskObserved(), content.getRiskObserved());
    differ(
        found,
        "note.field.interventions",
        String.join(", ", labels(theirs.getInterventions())),
        String.join(", ", labels(content.getInterventions())));
    differ(
        found,
        "note.field.otherInterventions",
        theirs.getOtherInterventions(),
        content.getOtherInterventions());
    differ(
        found,
        "note.field.nextAppointment",
        when(theirs.getNextAppointmentDate(), theirs.getNextAppointmentTime()),
        when(content.getNextAppointmentDate(), content.getNextAppointmentTime()));
    differ(
        found,
        "note.field.planGateReason",
        theirs.getPlanGateReason(),
        content.getPlanGateReason());
    return found;
  }

  private String checkIn(Long checkInId) {
    return checkInId == null
        ? null
        : note.checkIns().stream()
            .filter(c -> c.id() == checkInId)
            .map(this::checkInLabel)
            .findFirst()
            .orElse(String.valueOf(checkInId));
  }

  /**
   * @param checkIn a check-in of the contact's day
   * @return its time and level in words, for the list to link one
   */
  public String checkInLabel(NoteDetail.ContactCheckIn checkIn) {
    return Text.of("note.checkIn.item", shown.clock(checkIn.recordedAt()), checkIn.level().label());
  }

  private static void differ(List<Difference> found, String key, String theirs, String mine) {
    if (!Objects.equals(norm(theirs), norm(mine))) {
      found.add(new Difference(Text.of(key), theirs, mine, false));
    }
  }

  private static String norm(String text) {
    return text == null || text.isBlank() ? "" : text.replace("\r\n", "\n");
  }

  private static String label(Enum<?> value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Modality m) {
      return m.label();
    }
    return value instanceof RiskLevel r ? r.label() : value.name();
  }

  /**
   * One way two saves of a draft differ.
   *
   * @param field the field's name
   * @param theirs the other save's value
   * @param mine this page's value
   * @param text whether it is a part's text (shown side by side in full)
   */
  public record Difference(String field, String theirs, String mine, boolean text)
      implements Serializable {}

  /**
   * @return the most characters each box may hold, by field: {@code text}, {@code riskObserved},
   *     {@code otherInterventions}, {@code planGateReason}, {@code addendumText}, {@code
   *     addendumReason}
   */
  public Map<String, Integer> getLimits() {
    return LIMITS;
  }

  public NoteField[] getFields() {
    return NoteField.values();
  }

  public Modality[] getModalities() {
    return Modality.values();
  }

  public NoteFormat[] getFormats() {
    return NoteFormat.values();
  }

  public RiskLevel[] getRiskLevels() {
    return RiskLevel.values();
  }

  public Intervention[] getInterventions() {
    return Intervention.values();
  }

  /**
   * @return whether the note was found and may be read, or why not
   */
  public PageState getPage() {
    return page;
  }

  public NoteDetail getNote() {
    return note;
  }

  public NoteContent getContent() {
    return content;
  }

  /**
   * @return the note's version this page's text is based on (the page's script sends it)
   */
  public long getVersion() {
    return version;
  }

  /**
   * @return this page's token: the page's script sends it with a draft, so the page knows that save
   *     as its own
   */
  public String getToken() {
    return token;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public String getDraftProblem() {
    return draftProblem;
  }

  /**
   * @return the other save's content after a conflict, else {@code null}
   */
  public NoteContent getTheirs() {
    return theirs;
  }

  public Instant getTheirSavedAt() {
    return theirSavedAt;
  }

  /**
   * @return whether the note waits for a supervisor's co-signature
   */
  public boolean isAwaitingCoSignature() {
    return note.state() == NoteState.AWAITING_CO_SIGNATURE;
  }

  public String getSubmission() {
    return submission;
  }

  /**
   * @param submission the token the editor was shown with, as sent back
   */
  public void setSubmission(String submission) {
    this.submission = submission;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getAddendumText() {
    return addendumText;
  }

  public void setAddendumText(String addendumText) {
    this.addendumText = addendumText;
  }

  public String getAddendumReason() {
    return addendumReason;
  }

  public void setAddendumReason(String addendumReason) {
    this.addendumReason = addendumReason;
  }
}
