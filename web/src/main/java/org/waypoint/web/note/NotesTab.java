package org.waypoint.web.note;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.waypoint.center.CenterSettings;
import org.waypoint.chart.ChartPart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.NoteSection;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteFilter;
import org.waypoint.note.NoteService;
import org.waypoint.note.NoteState;
import org.waypoint.note.NoteSummary;
import org.waypoint.web.client.ClientChartView;
import org.waypoint.web.security.CurrentUser;
import org.waypoint.web.support.PagedList;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/**
 * The chart's session-notes section: the client's notes (that each exists, when, by whom, how, and
 * where it stands; never a word of a body), narrowed by author, period, modality and state, newest
 * contact first and paged in the database; the caller's unsigned drafts offered again; a new note,
 * or one started from the caller's last note. Intake staff see the same rows without links.
 */
@Named
@ViewScoped
public class NotesTab implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The form of the section, inside the chart's tab view. */
  static final String FORM = "sections:notesForm";

  @EJB private NoteService notes;
  @Inject private ClientChartView chart;
  @Inject private CurrentUser user;
  @Inject private CenterSettings center;
  @Inject private Shown shown;

  private boolean loaded;
  private long clientId;
  private List<NoteSummary> firstPage = List.of();
  private long total;
  private List<NoteSummary> myDrafts = List.of();
  private Map<String, String> authors = Map.of();
  private PagedList<NoteSummary> list;
  private NoteFilter applied = NoteFilter.ALL;

  private String author;
  private LocalDate from;
  private LocalDate to;
  private Modality modality;
  private NoteState state;

  /**
   * Takes the section from the chart's read of it, once the chart has read it (when the tab is
   * first shown): its first page of notes and the caller's drafts. Later pages, and filtered ones,
   * are read (and audited) as they are asked for.
   *
   * @return whether the section has been read
   */
  private boolean ensureLoaded() {
    if (loaded) {
      return true;
    }
    ChartPart part = chart.part(ChartSection.NOTES);
    if (part == null || part.notes() == null) {
      return false;
    }
    NoteSection section = part.notes();
    clientId = chart.getClient().id();
    firstPage = section.notes();
    total = section.count();
    myDrafts = section.myDrafts();
    authors = total == 0 ? Map.of() : notes.authors(clientId);
    list = listOf(NoteFilter.ALL);
    loaded = true;
    return true;
  }

  /**
   * Narrows the list to the filters chosen, from its first page; refuses a period that ends before
   * it starts, with a message next to its end.
   */
  public void apply() {
    if (from != null && to != null && to.isBefore(from)) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          FORM + ":to",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Text.of("chart.notes.filter.backwards"), null));
      faces.validationFailed();
      return;
    }
    applied = new NoteFilter(author, from, to, modality, state);
    list = listOf(applied);
    toFirstPage();
  }

  /** Shows every note again, from the first page. */
  public void clear() {
    author = null;
    from = null;
    to = null;
    modality = null;
    state = null;
    applied = NoteFilter.ALL;
    list = listOf(NoteFilter.ALL);
    toFirstPage();
  }

  private PagedList<NoteSummary> listOf(NoteFilter filter) {
    long id = clientId;
    NoteService service = notes;
    boolean all = NoteFilter.ALL.equals(filter);
    List<NoteSummary> known = firstPage;
    long knownCount = total;
    return new PagedList<>(
        () -> all ? knownCount : service.count(id, filter),
        (first, size) ->
            all && first == 0 && (size <= known.size() || known.size() == knownCount)
                ? List.copyOf(known.subList(0, Math.min(size, known.size())))
                : service.list(id, filter, first, size),
        n -> Long.toString(n.id()));
  }

  private static void toFirstPage() {
    UIComponent table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent(FORM + ":notes");
    if (table instanceof UIData data) {
      data.setFirst(0);
    }
  }

  /**
   * @param n a note
   * @return when its contact began, for {@code shown.time}, or {@code null} when it has no date or
   *     start yet
   */
  public Instant startOf(NoteSummary n) {
    return n.contactDate() == null || n.startTime() == null
        ? null
        : n.contactDate().atTime(n.startTime()).atZone(center.timeZone()).toInstant();
  }

  /**
   * @param n a note
   * @return its contact's date and start, e.g. "11/20/2026 10:00 AM", or its date alone, or words
   *     saying it is not dated yet
   */
  public String contactOf(NoteSummary n) {
    if (n.contactDate() == null) {
      return Text.of("chart.notes.undated");
    }
    Instant start = startOf(n);
    return start == null ? shown.date(n.contactDate()) : shown.time(start);
  }

  /**
   * @param n a note
   * @return how long its contact lasted, e.g. "50 min", or words saying it is not set
   */
  public String durationOf(NoteSummary n) {
    if (n.startTime() == null || n.endTime() == null || !n.endTime().isAfter(n.startTime())) {
      return Text.of("chart.notes.notSet");
    }
    return Text.of("chart.notes.minutes", Duration.between(n.startTime(), n.endTime()).toMinutes());
  }

  /**
   * @param draft one of the caller's drafts
   * @return the day it is about: its contact's date, else the day it was last saved
   */
  public String draftDateOf(NoteSummary draft) {
    return draft.contactDate() != null
        ? shown.date(draft.contactDate())
        : shown.date(LocalDate.ofInstant(draft.savedAt(), center.timeZone()));
  }

  /**
   * @return whether the user is on the care team, who open notes and write them (intake staff see
   *     only that notes exist)
   */
  public boolean isCareTeam() {
    return user.has("CLINICIAN") || user.has("SUPERVISOR");
  }

  /**
   * @return whether the user has written a note for this client, so a new one may start from it
   */
  public boolean isHasOwnNote() {
    var me = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return isCareTeam() && me != null && authors.containsKey(me.getName());
  }

  /**
   * @return whether the list is narrowed by any filter
   */
  public boolean isFiltered() {
    return !NoteFilter.ALL.equals(applied);
  }

  /**
   * @return what the date fields say when the text typed is not a date
   */
  public String getDateMessage() {
    return Text.of(
        "chart.notes.filter.dateFormat", shown.getDatePattern().toUpperCase(Text.locale()));
  }

  /**
   * @return whether the chart has read the section (its tab shown)
   */
  public boolean isLoaded() {
    return ensureLoaded();
  }

  public long getClientId() {
    return clientId;
  }

  public PagedList<NoteSummary> getList() {
    return list;
  }

  public List<NoteSummary> getMyDrafts() {
    return myDrafts;
  }

  /**
   * @return the authors of the client's notes, name by username
   */
  public Map<String, String> getAuthors() {
    return authors;
  }

  public Modality[] getModalities() {
    return Modality.values();
  }

  public NoteState[] getStates() {
    return NoteState.values();
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Modality getModality() {
    return modality;
  }

  public void setModality(Modality modality) {
    this.modality = modality;
  }

  public NoteState getState() {
    return state;
  }

  public void setState(NoteState state) {
    this.state = state;
  }
}
