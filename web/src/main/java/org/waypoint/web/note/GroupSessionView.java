package org.waypoint.web.note;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.cdi.Param;
import org.primefaces.PrimeFaces;
import org.waypoint.center.CenterSettings;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.note.AttendeePart;
import org.waypoint.note.GroupContent;
import org.waypoint.note.GroupDetail;
import org.waypoint.note.GroupSaved;
import org.waypoint.note.GroupSession;
import org.waypoint.note.GroupSessionService;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFormat;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PageState;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/**
 * A group session's page, {@code /group/{id}}: its topic, date and times, facilitators, attendees,
 * the part written once for the whole group and each attendee's own part, kept as the facilitator
 * types; signed once for every attendee with the password. Once signed it is read-only, with a link
 * to each attendee's own note.
 */
@Named
@ViewScoped
public class GroupSessionView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(GroupSessionView.class.getName());
  private static final String FORM = "groupForm";
  private static final Pattern ROW = Pattern.compile("attendees\\[(\\d+)]\\.(.+)");

  @EJB private GroupSessionService groups;
  @Inject private CenterSettings center;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  private PageState page;
  private GroupDetail detail;
  private GroupContent form;
  private long version;
  private List<Long> attendeeIds = new ArrayList<>();
  private Instant savedAt;
  private String draftProblem;
  private boolean conflict;
  private String password;

  /** Opens the group session named in the address. */
  public void load() {
    page =
        PageState.open(
            () -> {
              detail = groups.open(PageState.id(id));
              form = detail.content();
              version = detail.version();
              attendeeIds =
                  new ArrayList<>(
                      form.getAttendees().stream().map(AttendeePart::getClientId).toList());
            },
            "group.roleRefused");
  }

  /**
   * Keeps what is typed; called as the facilitator types and after every change. A save the service
   * refuses keeps nothing new and says why, next to the fields and in the status line; the text
   * stays on screen.
   *
   * @return whether it was kept
   */
  public boolean autosave() {
    if (detail == null || detail.signed() || conflict) {
      return false;
    }
    try {
      GroupSaved saved = groups.save(detail.id(), version, form);
      version = saved.version();
      savedAt = saved.savedAt();
      draftProblem = null;
      return true;
    } catch (InvalidInputException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      componentIds(e.fieldErrors())
          .forEach(
              (field, message) ->
                  faces.addMessage(
                      field == null ? null : FORM + ":" + field,
                      new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
      draftProblem = Text.of("group.draft.refused", String.join(" ", e.fieldErrors().values()));
    } catch (ConflictException e) {
      conflict = true;
      draftProblem = e.getMessage();
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Autosaving a group session failed", e);
      draftProblem = Text.of("group.draft.failed");
    }
    return false;
  }

  /** Keeps what is typed (the fields' Ajax listener). */
  public void keep() {
    autosave();
  }

  /**
   * The attendees chosen changed: those still chosen keep their parts in order, newly chosen ones
   * follow with an empty part; then the group is kept, and each attendee's section shows.
   */
  public void attendeesChanged() {
    Map<Long, AttendeePart> current = new LinkedHashMap<>();
    form.getAttendees().forEach(a -> current.put(a.getClientId(), a));
    List<AttendeePart> next = new ArrayList<>();
    current.forEach(
        (clientId, part) -> {
          if (attendeeIds.contains(clientId)) {
            next.add(part);
          }
        });
    for (GroupDetail.ClientChoice c : detail.clientChoices()) {
      if (attendeeIds.contains(c.clientId()) && !current.containsKey(c.clientId())) {
        next.add(new AttendeePart(c.clientId(), new NoteContent()));
      }
    }
    form.setAttendees(next);
    if (autosave()) {
      // the new attendees' notes and safety-plan gates, as saved; what was typed stays
      GroupDetail reopened = groups.open(detail.id());
      detail = reopened;
    }
  }

  /**
   * Keeps the group, then asks for the password to sign it; a refusal of what was typed shows
   * instead.
   */
  public void prepareSign() {
    if (autosave()) {
      password = null;
      PrimeFaces.current().executeScript("PF('signDialog').show()");
    } else if (draftProblem != null) {
      FormMessages.showError(draftProblem);
    }
  }

  /** Signs the group for every attendee with the typed password, then shows it read-only. */
  public void sign() throws IOException {
    char[] typed = password == null ? new char[0] : password.toCharArray();
    password = null;
    boolean[] aboutPassword = {false};
    boolean done =
        SaveAttempt.of(FORM, "group.sign")
            .run(
                () -> {
                  try {
                    detail = groups.sign(detail.id(), version, typed);
                  } catch (InvalidInputException e) {
                    aboutPassword[0] = e.fieldErrors().containsKey("password");
                    throw new InvalidInputException(componentIds(e.fieldErrors()));
                  } catch (ConflictException e) {
                    conflict = true;
                    throw new InvalidInputException(Map.of("signFor", e.getMessage()));
                  } finally {
                    java.util.Arrays.fill(typed, '\0');
                  }
                });
    if (done) {
      FormMessages.redirectWithMessage(
          "/group/" + detail.id(), Text.of("group.signed", detail.attendees().size()));
    } else if (!aboutPassword[0]) {
      PrimeFaces.current().executeScript("PF('signDialog').hide()");
    }
  }

  /**
   * The service names an attendee's field by its row ({@code attendees[1].text.PLAN}); on the page
   * it is the box of that part in that attendee's section ({@code attendee:1:fields:3:text}).
   */
  private Map<String, String> componentIds(Map<String, String> errors) {
    Map<String, String> ids = new LinkedHashMap<>();
    errors.forEach(
        (field, message) -> {
          Matcher m = ROW.matcher(field);
          if (m.matches()) {
            int row = Integer.parseInt(m.group(1));
            String rest = m.group(2);
            if (rest.startsWith("text.") && row < form.getAttendees().size()) {
              NoteField part = NoteField.valueOf(rest.substring(5));
              int at = form.getAttendees().get(row).getContent().getFormat().fields().indexOf(part);
              ids.put(
                  "attendee:" + row + ":" + (at < 0 ? "format" : "fields:" + at + ":text"),
                  message);
            } else if (rest.equals("planGateReason") || rest.equals("format")) {
              ids.put("attendee:" + row + ":" + rest, message);
            } else {
              ids.put("attendee:" + row + ":format", message);
            }
          } else if (field.equals("group")) {
            ids.put("signFor", message);
          } else {
            ids.put(field, message);
          }
        });
    return ids;
  }

  /**
   * @return whether this Ajax request's typing was refused by its field's check (over its limit, or
   *     a control character): the group then does not hold it, and the page says so
   */
  public boolean isTypingRefused() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.isValidationFailed()
        && faces.getPartialViewContext().isAjaxRequest()
        && !faces.getPartialViewContext().getExecuteIds().contains(FORM);
  }

  /**
   * @param clientId an attendee
   * @return their name as the group page shows it, "Last, First · MRN"
   */
  public String attendeeName(long clientId) {
    for (GroupDetail.Attendee a : detail.attendees()) {
      if (a.clientId() == clientId) {
        return Text.of("group.attendee.name", a.name(), a.mrn());
      }
    }
    for (GroupDetail.ClientChoice c : detail.clientChoices()) {
      if (c.clientId() == clientId) {
        return Text.of("group.attendee.name", c.name(), c.mrn());
      }
    }
    return Long.toString(clientId);
  }

  /**
   * @param clientId an attendee
   * @return their safety-plan gate as last read, or {@code null} (a new attendee)
   */
  public org.waypoint.note.NoteDetail.PlanGate gateOf(long clientId) {
    return detail.attendees().stream()
        .filter(a -> a.clientId() == clientId)
        .map(GroupDetail.Attendee::planGate)
        .findFirst()
        .orElse(null);
  }

  /**
   * @param clientId an attendee
   * @return whether their part asks why their safety plan was not reviewed: the contact was High or
   *     Imminent and the plan was not reviewed, or a reason is written already
   */
  public boolean asksGateReason(long clientId) {
    org.waypoint.note.NoteDetail.PlanGate gate = gateOf(clientId);
    AttendeePart part =
        form.getAttendees().stream()
            .filter(a -> a.getClientId() == clientId)
            .findFirst()
            .orElse(null);
    return (gate != null && gate.applies() && !gate.reviewed())
        || (part != null && part.getContent().getPlanGateReason() != null);
  }

  /**
   * @param day a day
   * @param time a time of that day
   * @return that moment in the center's time zone, for {@code shown.clock}
   */
  public Instant at(LocalDate day, LocalTime time) {
    return day == null || time == null
        ? null
        : day.atTime(time).atZone(center.timeZone()).toInstant();
  }

  /**
   * @return the most characters each box holds, by name ({@code topic}, {@code shared}, {@code
   *     part}, {@code gateReason}): the service's limits, from one place
   */
  public Map<String, Integer> getLimits() {
    return Map.of(
        "topic", GroupSession.TOPIC_LIMIT,
        "shared", GroupSession.SHARED_LIMIT,
        "part", NoteField.LIMIT,
        "gateReason", NoteContent.GATE_REASON_LIMIT);
  }

  public NoteFormat[] getFormats() {
    return NoteFormat.values();
  }

  public PageState getPage() {
    return page;
  }

  public GroupDetail getDetail() {
    return detail;
  }

  public GroupContent getForm() {
    return form;
  }

  public List<Long> getAttendeeIds() {
    return attendeeIds;
  }

  public void setAttendeeIds(List<Long> attendeeIds) {
    this.attendeeIds = attendeeIds == null ? new ArrayList<>() : new ArrayList<>(attendeeIds);
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public String getDraftProblem() {
    return draftProblem;
  }

  public boolean isConflict() {
    return conflict;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
