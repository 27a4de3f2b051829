package org.waypoint.web.safetyplan;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import org.waypoint.center.CenterSettings;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientService;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.EntryChange;
import org.waypoint.safetyplan.PlanComparison;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanDraftView;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.SaveOutcome;
import org.waypoint.safetyplan.VersionDetails;
import org.waypoint.safetyplan.VersionSummary;
import org.waypoint.web.security.CurrentUser;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PageState;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/**
 * The safety-plan editor at {@code /safety-plan/{clientId}}, used with the client during a session:
 * the seven parts as lists of entries, saved as a draft while the user types (a closed browser
 * loses nothing), and saved as a new version when the plan is agreed. A save that meets a version
 * someone else saved meanwhile saves nothing and shows both revisions merged.
 */
@Named
@ViewScoped
public class SafetyPlanEditorView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(SafetyPlanEditorView.class.getName());
  private static final String FORM = "planForm";

  /** The boxes' limits: an entry's from {@link EditableEntry}, the version details' own rules. */
  private static final Map<String, Integer> LIMITS =
      Map.of(
          "text", EditableEntry.TEXT_LIMIT,
          "relationship", EditableEntry.RELATIONSHIP_LIMIT,
          "phone", EditableEntry.PHONE_LIMIT,
          "heldBy", EditableEntry.HELD_BY_LIMIT,
          "acknowledgedWith", limitOf("acknowledgedWith"),
          "note", limitOf("note"));

  /** The number of the 988 entry offered ready-made. */
  static final String LIFELINE_NUMBER = "988";

  @EJB private ClientService clients;
  @EJB private SafetyPlanService plans;
  @Inject private CenterSettings center;
  @Inject private CurrentUser currentUser;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  private PageState page;
  private ClientProfile client;
  private List<VersionSummary> versions = List.of();
  private Integer basedOn;
  private final List<EditableEntry> entries = new ArrayList<>();
  private VersionDetails details = new VersionDetails();
  private String signatureLines;
  private Instant draftSavedAt;
  private boolean draftRestored;
  private String draftProblem;
  private VersionSummary metVersion;
  private List<EntryChange> meanwhile = List.of();
  private int conflictCount;

  /** Loads the client's plan: the user's own draft if there is one, else the latest version. */
  public void load() {
    page =
        PageState.open(
            () -> {
              client = clients.profile(PageState.id(id));
              versions = plans.versions(client.id());
              SafetyPlanDraftView draft = plans.draft(client.id());
              entries.clear();
              if (draft != null) {
                draft.entries().forEach(e -> entries.add(EditableEntry.of(e)));
                basedOn = draft.basedOn();
                draftSavedAt = draft.savedAt();
                draftRestored = true;
              } else if (!versions.isEmpty()) {
                versions.get(0).entries().forEach(e -> entries.add(EditableEntry.of(e)));
                basedOn = versions.get(0).number();
              }
              details.setAcknowledgedWith(currentUser.getDisplayName());
            },
            "plan.roleRefused");
  }

  /**
   * Keeps what is typed as the user's draft; called as they type and after every change. A draft
   * the service refuses (an entry over its limit) keeps nothing new and says why; the text stays on
   * screen.
   */
  public void autosave() {
    try {
      draftSavedAt = plans.saveDraft(client.id(), basedOn, planEntries());
      draftProblem = null;
    } catch (InvalidInputException e) {
      draftProblem = Text.of("plan.draft.refused", String.join(" ", e.fieldErrors().values()));
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Autosaving a safety-plan draft failed", e);
      draftProblem = Text.of("plan.draft.failed");
    }
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
   * Adds an empty entry at the end of a part.
   *
   * @param part the part
   */
  public void add(PlanPart part) {
    insert(new EditableEntry(SafetyPlanService.newKey(), part));
    autosave();
  }

  /** Adds the center's 24-hour line to the professionals and services. */
  public void addCrisisLine() {
    if (!isCrisisLineListed() && center.crisisLine() != null) {
      EditableEntry e = new EditableEntry(SafetyPlanService.newKey(), PlanPart.PROFESSIONALS);
      e.setText(getCrisisLineName());
      e.setPhone(center.crisisLine());
      insert(e);
      autosave();
    }
  }

  /** Adds 988 to the professionals and services. */
  public void addLifeline() {
    if (!isLifelineListed()) {
      EditableEntry e = new EditableEntry(SafetyPlanService.newKey(), PlanPart.PROFESSIONALS);
      e.setText(Text.of("plan.lifeline"));
      e.setPhone(LIFELINE_NUMBER);
      insert(e);
      autosave();
    }
  }

  /**
   * @param entry an entry
   */
  public void remove(EditableEntry entry) {
    entries.remove(entry);
    autosave();
  }

  /**
   * Moves an entry one place up within its part.
   *
   * @param entry the entry
   */
  public void moveUp(EditableEntry entry) {
    move(entry, -1);
  }

  /**
   * Moves an entry one place down within its part.
   *
   * @param entry the entry
   */
  public void moveDown(EditableEntry entry) {
    move(entry, 1);
  }

  /**
   * Saves the plan as a new version and goes back to the chart; or, when someone saved a version
   * meanwhile, saves nothing and shows both revisions merged, to look over and save.
   */
  public void save() throws IOException {
    List<EditableEntry> typed = entries.stream().filter(e -> !e.isEmpty()).toList();
    entries.retainAll(typed); // rows added and left empty are not entries
    SaveOutcome[] outcome = new SaveOutcome[1];
    boolean done =
        SaveAttempt.of(FORM, "plan.save")
            .run(
                () -> {
                  try {
                    outcome[0] = plans.save(client.id(), basedOn, planEntries(), details);
                  } catch (InvalidInputException e) {
                    // the service names entries by their place in the plan; the page by their part
                    throw new InvalidInputException(fieldIds(e.fieldErrors()));
                  }
                });
    if (!done) {
      return;
    }
    if (outcome[0].isSaved()) {
      FormMessages.redirectWithMessage(
          "/client/" + client.id() + "?section=safety-plan",
          Text.of("plan.saved", outcome[0].saved().number()));
      return;
    }
    showMerge(outcome[0]);
  }

  /** Throws away the user's draft and starts again from the latest version. */
  public void discardDraft() throws IOException {
    plans.discardDraft(client.id());
    FormMessages.redirectWithMessage(
        "/safety-plan/" + client.id(),
        versions.isEmpty()
            ? Text.of("plan.draft.discarded")
            : Text.of("plan.draft.discardedToVersion", versions.get(0).number()));
  }

  private void showMerge(SaveOutcome outcome) {
    // one read of the versions: the one the user started from, and the one saved meanwhile
    versions = plans.versions(client.id());
    VersionSummary started = getBase();
    List<PlanEntry> base = started == null ? List.of() : started.entries();
    metVersion = outcome.latest();
    meanwhile =
        PlanComparison.between(base, metVersion.entries()).stream()
            .filter(c -> c.kind() != EntryChange.Kind.UNCHANGED)
            .toList();
    Set<String> conflictKeys =
        outcome.conflicts().stream()
            .flatMap(c -> java.util.stream.Stream.of(c.before(), c.after()))
            .filter(java.util.Objects::nonNull)
            .map(PlanEntry::key)
            .collect(Collectors.toSet());
    conflictCount = outcome.conflicts().size();
    entries.clear();
    for (PlanEntry e : outcome.merged()) {
      EditableEntry editable = EditableEntry.of(e);
      editable.setConflict(conflictKeys.contains(e.key()));
      entries.add(editable);
    }
    basedOn = metVersion.number();
    autosave(); // the merge is the user's draft now, so it survives a closed browser too
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                Text.of("plan.merged.message", metVersion.savedBy(), metVersion.number()),
                null));
  }

  private void insert(EditableEntry entry) {
    // entries stay grouped in plan order: the new one goes after the last of its part
    int at = 0;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).getPart().compareTo(entry.getPart()) <= 0) {
        at = i + 1;
      }
    }
    entries.add(at, entry);
  }

  private void move(EditableEntry entry, int by) {
    List<EditableEntry> part = entriesOf(entry.getPart());
    int from = part.indexOf(entry);
    int to = from + by;
    if (from < 0 || to < 0 || to >= part.size()) {
      return;
    }
    int a = entries.indexOf(entry);
    int b = entries.indexOf(part.get(to));
    entries.set(a, part.get(to));
    entries.set(b, entry);
    autosave();
  }

  private List<PlanEntry> planEntries() {
    return entries.stream()
        .sorted(Comparator.comparing(EditableEntry::getPart))
        .map(EditableEntry::toEntry)
        .toList();
  }

  /**
   * The service names a refused entry by its place in the whole plan ({@code entries[7].phone}); on
   * screen it is the input of that entry in its part's list ({@code parts:3:entries:1:phone}).
   */
  private Map<String, String> fieldIds(Map<String, String> errors) {
    List<PlanEntry> sent = planEntries();
    Map<String, String> ids = new LinkedHashMap<>();
    errors.forEach(
        (field, message) -> {
          java.util.regex.Matcher m =
              java.util.regex.Pattern.compile("entries\\[(\\d+)]\\.(\\w+)").matcher(field);
          if (m.matches()) {
            PlanEntry e = sent.get(Integer.parseInt(m.group(1)));
            int inPart =
                entriesOf(e.part()).stream().map(EditableEntry::getKey).toList().indexOf(e.key());
            ids.put(
                "parts:" + e.part().ordinal() + ":entries:" + inPart + ":" + m.group(2), message);
          } else if (field.startsWith("part.")) {
            ids.put(
                "parts:" + PlanPart.valueOf(field.substring(5)).ordinal() + ":addEntry", message);
          } else if (field.equals("entries")) {
            ids.put("parts:0:addEntry", message);
          } else {
            ids.put(field, message);
          }
        });
    return ids;
  }

  /**
   * @param property a text property of {@link VersionDetails}
   * @return its {@code @Size} maximum, the service's rule
   */
  static int limitOf(String property) {
    try {
      return VersionDetails.class.getDeclaredField(property).getAnnotation(Size.class).max();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("VersionDetails has no text " + property, e);
    }
  }

  /**
   * @param part a part
   * @return its entries in order
   */
  public List<EditableEntry> entriesOf(PlanPart part) {
    return entries.stream().filter(e -> e.getPart() == part).toList();
  }

  /**
   * @return how many entries the plan has in all
   */
  public int getEntryCount() {
    return (int) entries.stream().filter(e -> !e.isEmpty()).count();
  }

  public int getReviewDays() {
    return SafetyPlanService.REVIEW_DAYS;
  }

  public PlanPart[] getParts() {
    return PlanPart.values();
  }

  public Acknowledgement[] getAcknowledgements() {
    return Acknowledgement.values();
  }

  public String getCrisisLine() {
    return center.crisisLine();
  }

  public String getCrisisLineName() {
    return Text.of("plan.crisisLine", center.centerName());
  }

  /**
   * @return the words of the button that adds the center's 24-hour line
   */
  public String getAddCrisisLineLabel() {
    return Text.of("plan.addCrisisLine", getCrisisLineName(), center.crisisLine());
  }

  /**
   * @param part a part
   * @param index an entry's place in the part, from 0
   * @return the label of the entry's main box: "Name" for a contact, what was secured for the
   *     surroundings, else "Entry 1", "Entry 2"…
   */
  public String entryLabel(PlanPart part, int index) {
    return switch (part.shape()) {
      case CONTACT -> Text.of("plan.entry.name");
      case MEANS -> Text.of("plan.entry.means");
      default -> Text.of("plan.entry.numbered", index + 1);
    };
  }

  /**
   * @return the most characters each box of an entry and of the version's details may hold, by
   *     field name ({@code text}, {@code relationship}, {@code phone}, {@code heldBy}, {@code
   *     acknowledgedWith}, {@code note}): the service's rules, from one place
   */
  public Map<String, Integer> getLimits() {
    return LIMITS;
  }

  public boolean isCrisisLineListed() {
    return center.crisisLine() != null && listed(center.crisisLine());
  }

  public boolean isLifelineListed() {
    return listed(LIFELINE_NUMBER);
  }

  /** Whether an entry already dials this number, however either is written. */
  private boolean listed(String number) {
    String digits = number.replaceAll("[^0-9]", "");
    return entries.stream()
        .anyMatch(
            e -> e.getPhone() != null && e.getPhone().replaceAll("[^0-9]", "").equals(digits));
  }

  /**
   * @return whether the client was found and their plan may be edited, or why not
   */
  public PageState getPage() {
    return page;
  }

  public ClientProfile getClient() {
    return client;
  }

  public Integer getBasedOn() {
    return basedOn;
  }

  /**
   * @return the version the editor started from, or {@code null} for a first plan
   */
  public VersionSummary getBase() {
    return versions.stream()
        .filter(v -> basedOn != null && v.number() == basedOn)
        .findFirst()
        .orElse(null);
  }

  /**
   * @return the latest version when it is newer than the one the draft started from, else {@code
   *     null}
   */
  public VersionSummary getNewerVersion() {
    if (versions.isEmpty() || metVersion != null) {
      return null;
    }
    VersionSummary latest = versions.get(0);
    return basedOn == null || latest.number() > basedOn ? latest : null;
  }

  public VersionDetails getDetails() {
    return details;
  }

  public String getSignatureLines() {
    return signatureLines;
  }

  public void setSignatureLines(String signatureLines) {
    this.signatureLines = signatureLines;
  }

  public Instant getDraftSavedAt() {
    return draftSavedAt;
  }

  public boolean isDraftRestored() {
    return draftRestored;
  }

  public String getDraftProblem() {
    return draftProblem;
  }

  public VersionSummary getMetVersion() {
    return metVersion;
  }

  public List<EntryChange> getMeanwhile() {
    return meanwhile;
  }

  public int getConflictCount() {
    return conflictCount;
  }
}
