package org.waypoint.note;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.waypoint.access.ClientAccess;
import org.waypoint.access.ClientAccessService;
import org.waypoint.access.ClientFacts;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.checkin.CheckIn;
import org.waypoint.client.ClientStatus;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Role;
import org.waypoint.kernel.Roles;
import org.waypoint.program.Program;
import org.waypoint.program.ProgramOption;
import org.waypoint.security.Passwords;
import org.waypoint.security.StaffDirectory;
import org.waypoint.security.StaffUser;

/**
 * Group sessions, for their facilitators: start one in a program, write it as it goes (topic, date
 * and times, the part written once for the whole group, facilitators, attendees and each attendee's
 * own part, kept in that attendee's own {@link SessionNote}), and sign it once for every attendee.
 * The group's screen is the one place its attendees are listed together; each client's chart and
 * notes show only their own note and the group's shared part.
 *
 * <p>Refusals are keyed by the group form's fields: {@code program}, {@code topic}, {@code
 * contactDate}, {@code startTime}, {@code endTime}, {@code sharedPart}, {@code facilitators},
 * {@code attendees}, {@code password}, and for an attendee's row {@code attendees[i].text.<PART>},
 * {@code attendees[i].format}, {@code attendees[i].planGateReason} ({@code i} counts the attendees
 * in the order they were added, as {@link GroupDetail#attendees()} lists them).
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class GroupSessionService {

  /** The most group sessions one page lists. */
  public static final int PAGE = 10;

  /** The most clients a group's attendee choice offers. */
  static final int CLIENT_CHOICES = 500;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private NoteReader reader;
  @Inject private Passwords passwords;
  @EJB private ClientAccessService access;

  /**
   * @return the programs the caller may start a group session in: the ones they are assigned to
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public List<ProgramOption> programs() {
    return em.createQuery(
            "select p from StaffUser u join u.programs p where u.username = :me", Program.class)
        .setParameter("me", caller())
        .getResultStream()
        .map(p -> new ProgramOption(p.getId(), p.getName(), p.getLevelOfCare()))
        .sorted(Comparator.comparing(ProgramOption::levelOfCare).thenComparing(ProgramOption::name))
        .toList();
  }

  /**
   * Starts a group session's draft in one of the caller's programs, dated today; the caller is its
   * first facilitator.
   *
   * @param programId a program the caller is assigned to
   * @param topic its topic, or {@code null}
   * @return the new draft
   * @throws InvalidInputException when the program is not one of the caller's, or the topic is too
   *     long or holds a control character
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.GROUP_SESSION_START, recordType = RecordType.GROUP_SESSION)
  public GroupDetail start(long programId, String topic) {
    Refusals refused = Refusals.none();
    if (programs().stream().noneMatch(p -> p.id() == programId)) {
      refused.add("program", Wording.text("note.group.program.notYours"));
    }
    String typed = topic == null || topic.isBlank() ? null : topic;
    if (typed != null && typed.length() > GroupSession.TOPIC_LIMIT) {
      refused.add("topic", Wording.text("note.group.tooLong", GroupSession.TOPIC_LIMIT));
    } else if (typed != null && PlainText.Validator.hasControlCharacter(typed)) {
      refused.add("topic", Wording.text("kernel.text.control"));
    }
    refused.throwIfAny();
    String me = caller();
    Instant now = now();
    GroupSession group = new GroupSession(programId, me, now);
    group.describe(typed, LocalDate.now(zone()), null, null, null, Set.of(me));
    em.persist(group);
    em.flush();
    return detail(group);
  }

  /**
   * Reads a group session with its attendees and each one's own part. Only its facilitators and the
   * supervisors of its program may; on the audit trail as a view of the group session.
   *
   * @param groupId the group session
   * @return the group session
   * @throws NoteNotFoundException when there is no such group session
   * @throws AccessDeniedException when the caller neither facilitates it nor supervises its program
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.GROUP_SESSION_VIEW, recordType = RecordType.GROUP_SESSION)
  public GroupDetail open(@RecordId long groupId) {
    return detail(visible(groupId));
  }

  /**
   * Keeps what the facilitators have typed, as a draft: the group's own fields, its facilitators,
   * its attendees (an added attendee gets a draft note of their own, dated and timed as the group;
   * a removed one's draft is deleted) and each attendee's part, written into their note. Not on the
   * audit trail (the group's start, views and signature are); access is checked all the same.
   *
   * @param groupId a draft group session
   * @param version the version the caller's text is based on
   * @param content the group as typed
   * @return the group's new version and the save's time
   * @throws InvalidInputException with a message per refused field (an attendee who is not an
   *     active client of the program within the caller's reach is refused next to the attendees,
   *     naming no client); nothing is saved
   * @throws ConflictException when the group was saved elsewhere since the caller's version
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public GroupSaved save(long groupId, long version, GroupContent content) {
    GroupSession group = editable(groupId);
    conflictUnless(group, version);
    List<SessionNote> notes = notesOf(group);
    draftRefusals(group, notes, content).throwIfAny();
    Instant now = now();
    write(group, notes, content, now);
    em.flush();
    return new GroupSaved(group.getVersion(), now);
  }

  /**
   * Signs the group session once for every attendee: checks the caller's password, that the topic,
   * date, times and shared part are written and each attendee's part has its format's parts, and
   * each attendee's safety-plan gate (a High or Imminent contact needs the plan reviewed, or the
   * reason why not in that attendee's part). Then the group and every attendee's note are signed
   * together; from then on they are final, and each note takes addenda of its own.
   *
   * @param groupId a draft group session the caller facilitates
   * @param version the version the caller saw
   * @param password the caller's password, typed again
   * @return the signed group session
   * @throws InvalidInputException naming each field that stops the signature; nothing is signed
   * @throws ConflictException when the group was saved elsewhere since the caller's version
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.GROUP_SESSION_SIGN, recordType = RecordType.GROUP_SESSION)
  public GroupDetail sign(@RecordId long groupId, long version, char[] password) {
    GroupSession group = editable(groupId);
    String me = caller();
    if (!group.getFacilitators().contains(me)) {
      throw Refusals.refusal("group", Wording.text("note.group.sign.notFacilitator"));
    }
    StaffUser signer = staff(me);
    if (password == null || password.length == 0) {
      throw Refusals.refusal("password", Wording.text("note.password.required"));
    }
    if (!passwords.verify(password, signer.getPasswordHash())) {
      throw Refusals.refusal("password", Wording.text("note.group.password.wrong"));
    }
    conflictUnless(group, version);
    List<SessionNote> notes = notesOf(group);
    LocalDateTime localNow = LocalDateTime.now(zone());
    Refusals refused = Refusals.none();
    if (group.getTopic() == null) {
      refused.add("topic", Wording.text("note.group.topic.required"));
    }
    NoteContent contact = contactOf(group);
    NoteRules.signRefusals(contact, localNow).entrySet().stream()
        .filter(e -> GROUP_FIELDS.contains(e.getKey()))
        .forEach(e -> refused.add(e.getKey(), e.getValue()));
    if (group.getSharedPart() == null) {
      refused.add("sharedPart", Wording.text("note.group.shared.required"));
    }
    if (notes.isEmpty()) {
      refused.add("attendees", Wording.text("note.group.attendees.required"));
    }
    List<NoteContent> contents = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      SessionNote note = notes.get(i);
      NoteContent c = withContact(note.content(zone()), group);
      contents.add(c);
      String row = "attendees[" + i + "].";
      NoteRules.signRefusals(c, localNow).entrySet().stream()
          .filter(e -> !GROUP_FIELDS.contains(e.getKey()) && !e.getKey().equals("modality"))
          .forEach(e -> refused.add(row + e.getKey(), e.getValue()));
      NoteDetail.PlanGate gate =
          reader.planGate(note.getClientId(), c, reader.checkInsOn(note), zone());
      if (gate.applies() && !gate.reviewed() && c.getPlanGateReason() == null) {
        refused.add(
            row + "planGateReason", Wording.text("note.gate.required", gate.level().label()));
      }
    }
    refused.throwIfAny();
    Instant now = now();
    group.sign(me, now);
    Map<String, Boolean> coSign = new HashMap<>();
    for (int i = 0; i < notes.size(); i++) {
      SessionNote note = notes.get(i);
      NoteContent c = contents.get(i);
      note.write(c, zone(), now);
      boolean needsCoSignature =
          coSign.computeIfAbsent(note.getAuthor(), a -> staff(a).isNeedsCoSignature());
      note.sign(
          me,
          now,
          NoteRules.lateEntry(c.getContactDate(), c.getEndTime(), now, zone()),
          needsCoSignature);
    }
    em.flush();
    return detail(group);
  }

  /**
   * A page of the group sessions the caller facilitates, newest first: drafts and signed ones,
   * never their attendees' names.
   *
   * @param first the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public List<GroupSummary> mine(int first, int pageSize) {
    List<GroupSession> groups =
        PageRequest.of(first, pageSize)
            .applyTo(
                em.createQuery(
                        "select g from GroupSession g where :me member of g.facilitators"
                            + " order by g.createdAt desc, g.id desc",
                        GroupSession.class)
                    .setParameter("me", caller()))
            .getResultList();
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Long> ids = groups.stream().map(GroupSession::getId).toList();
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "select n.groupSessionId, count(n) from SessionNote n"
                + " where n.groupSessionId in :ids group by n.groupSessionId",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    Map<Long, String> programNames =
        em.createQuery("select p from Program p", Program.class)
            .getResultStream()
            .collect(Collectors.toMap(Program::getId, Program::getName));
    return groups.stream()
        .map(
            g ->
                new GroupSummary(
                    g.getId(),
                    programNames.get(g.getProgramId()),
                    g.getTopic(),
                    g.getContactDate(),
                    g.getStartTime(),
                    g.getEndTime(),
                    counts.getOrDefault(g.getId(), 0L),
                    g.getCreatedAt(),
                    g.getSignedAt()))
        .toList();
  }

  /**
   * @return how many group sessions {@link #mine} pages through
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countMine() {
    return em.createQuery(
            "select count(g) from GroupSession g where :me member of g.facilitators", Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  /** The refusals about the contact itself, shown once at the group's fields. */
  private static final Set<String> GROUP_FIELDS = Set.of("contactDate", "startTime", "endTime");

  private Refusals draftRefusals(
      GroupSession group, List<SessionNote> notes, GroupContent content) {
    Refusals refused =
        Refusals.of(validator.validate(content))
            .addAll(NoteRules.draftRefusals(content.contact(), LocalDateTime.now(zone())));
    // facilitators: the program's clinicians and supervisors; the caller keeps their access
    Set<String> staff =
        eligibleStaff(group).stream()
            .map(GroupDetail.StaffChoice::username)
            .collect(Collectors.toSet());
    Set<String> wantedStaff = new LinkedHashSet<>(content.getFacilitators());
    if (wantedStaff.isEmpty()) {
      refused.add("facilitators", Wording.text("note.group.facilitators.required"));
    } else if (wantedStaff.stream()
        .anyMatch(u -> !staff.contains(u) && !group.getFacilitators().contains(u))) {
      refused.add("facilitators", Wording.text("note.group.facilitators.notEligible"));
    } else if (!wantedStaff.contains(caller()) && !supervises(group)) {
      refused.add("facilitators", Wording.text("note.group.facilitators.keepYourself"));
    }
    // attendees: active clients of the program within the caller's reach, each once
    Set<Long> present = notes.stream().map(SessionNote::getClientId).collect(Collectors.toSet());
    Set<Long> eligible = eligibleClients(group.getProgramId(), Set.of()).keySet();
    Set<Long> seen = new HashSet<>();
    for (AttendeePart a : content.getAttendees()) {
      if (a == null || !seen.add(a.getClientId())) {
        refused.add("attendees", Wording.text("note.group.attendees.twice"));
      } else if (!present.contains(a.getClientId()) && !eligible.contains(a.getClientId())) {
        refused.add("attendees", Wording.text("note.group.attendees.notEligible"));
      }
    }
    for (int i = 0; i < content.getAttendees().size(); i++) {
      AttendeePart a = content.getAttendees().get(i);
      if (a == null) {
        continue;
      }
      String row = "attendees[" + i + "].";
      NoteContent part = partOf(a);
      refused.add(validator.validate(part), field -> row + field);
      NoteRules.draftRefusals(part, LocalDateTime.now(zone()))
          .forEach((field, message) -> refused.add(row + field, message));
    }
    return refused;
  }

  /** An attendee's part as typed: only what the group's form writes for them. */
  private static NoteContent partOf(AttendeePart a) {
    NoteContent typed = a.getContent();
    NoteContent part = new NoteContent();
    part.setFormat(typed.getFormat());
    for (NoteField field : NoteField.values()) {
      part.setText(field, typed.text(field));
    }
    part.setPlanGateReason(typed.getPlanGateReason());
    return part;
  }

  private void write(
      GroupSession group, List<SessionNote> notes, GroupContent content, Instant now) {
    // every save moves the group's version on, whichever of its notes it changes
    em.lock(group, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    group.describe(
        content.getTopic(),
        content.getContactDate(),
        content.getStartTime(),
        content.getEndTime(),
        content.getSharedPart(),
        new LinkedHashSet<>(content.getFacilitators()));
    Map<Long, SessionNote> byClient =
        notes.stream().collect(Collectors.toMap(SessionNote::getClientId, Function.identity()));
    Set<Long> wanted =
        content.getAttendees().stream().map(AttendeePart::getClientId).collect(Collectors.toSet());
    for (SessionNote note : notes) {
      if (!wanted.contains(note.getClientId())) {
        em.remove(note);
      }
    }
    for (AttendeePart a : content.getAttendees()) {
      SessionNote note = byClient.get(a.getClientId());
      NoteContent c;
      if (note == null) {
        note = new SessionNote(a.getClientId(), caller(), now, null, null, group.getId());
        c = new NoteContent();
      } else {
        c = note.content(zone());
      }
      NoteContent part = partOf(a);
      c.setFormat(part.getFormat());
      for (NoteField field : NoteField.values()) {
        c.setText(field, part.text(field));
      }
      c.setPlanGateReason(part.getPlanGateReason());
      withContact(c, group);
      linkCheckIn(a.getClientId(), c);
      note.write(c, zone(), now);
      if (note.getId() == null) {
        em.persist(note);
      }
    }
  }

  /** The content with the group's date, times and the group modality. */
  private static NoteContent withContact(NoteContent c, GroupSession group) {
    c.setContactDate(group.getContactDate());
    c.setStartTime(group.getStartTime());
    c.setEndTime(group.getEndTime());
    c.setModality(Modality.GROUP);
    return c;
  }

  private static NoteContent contactOf(GroupSession group) {
    return withContact(new NoteContent(), group);
  }

  /**
   * Links the client's newest check-in of the group's date, as a note started that day would be,
   * unless the note is linked to one of that day already.
   */
  private void linkCheckIn(long clientId, NoteContent c) {
    if (c.getContactDate() == null) {
      return;
    }
    Instant from = c.getContactDate().atStartOfDay(zone()).toInstant();
    Instant to = c.getContactDate().plusDays(1).atStartOfDay(zone()).toInstant();
    List<CheckIn> sameDay =
        em.createQuery(
                "select c from CheckIn c where c.clientId = :client"
                    + " and c.recordedAt >= :from and c.recordedAt < :to"
                    + " order by c.recordedAt desc",
                CheckIn.class)
            .setParameter("client", clientId)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(20)
            .getResultList();
    Long linked = c.getCheckInId();
    if (linked != null && sameDay.stream().anyMatch(x -> x.getId().equals(linked))) {
      return;
    }
    if (!sameDay.isEmpty()) {
      c.setCheckInId(sameDay.get(0).getId());
      c.setRiskLevel(sameDay.get(0).getLevel());
    } else if (linked != null) {
      c.setCheckInId(null);
      c.setRiskLevel(null);
    }
  }

  private GroupDetail detail(GroupSession group) {
    ZoneId zone = zone();
    List<SessionNote> notes = notesOf(group);
    Map<Long, NoteReview> reviews = reader.reviews(notes.stream().map(SessionNote::getId).toList());
    boolean signed = group.getSignedAt() != null;
    List<GroupDetail.StaffChoice> staffChoices = signed ? List.of() : staffChoices(group);
    Set<String> people = new HashSet<>(group.getFacilitators());
    people.add(group.getCreatedBy());
    people.add(group.getSignedBy());
    Map<String, String> names = StaffDirectory.names(em, people);
    // the attendees' names and check-ins in one query each, not one per attendee
    Map<Long, Object[]> clients = new HashMap<>();
    if (!notes.isEmpty()) {
      em.createQuery(
              "select c.id, c.legalLastName, c.legalFirstName, c.mrn from Client c"
                  + " where c.id in :ids",
              Object[].class)
          .setParameter("ids", notes.stream().map(SessionNote::getClientId).distinct().toList())
          .getResultList()
          .forEach(r -> clients.put((Long) r[0], r));
    }
    Map<Long, List<NoteDetail.ContactCheckIn>> checkIns = reader.checkInsOn(notes);
    Map<Long, NoteContent> parts = new HashMap<>();
    notes.forEach(note -> parts.put(note.getId(), note.content(zone)));
    Map<Long, NoteDetail.PlanGate> gates = reader.planGates(notes, parts, checkIns, zone);
    List<GroupDetail.Attendee> attendees = new ArrayList<>();
    for (SessionNote note : notes) {
      Object[] client = clients.get(note.getClientId());
      NoteContent part = parts.get(note.getId());
      attendees.add(
          new GroupDetail.Attendee(
              note.getClientId(),
              client[1] + ", " + client[2],
              (String) client[3],
              note.getId(),
              NoteReader.state(note, reviews.get(note.getId())),
              part,
              gates.get(note.getId())));
    }
    List<GroupDetail.ClientChoice> clientChoices = List.of();
    if (!signed) {
      Map<Long, GroupDetail.ClientChoice> choices =
          eligibleClients(
              group.getProgramId(),
              notes.stream().map(SessionNote::getClientId).collect(Collectors.toSet()));
      for (GroupDetail.Attendee a : attendees) {
        choices.putIfAbsent(
            a.clientId(), new GroupDetail.ClientChoice(a.clientId(), a.name(), a.mrn()));
      }
      clientChoices =
          choices.values().stream()
              .sorted(
                  Comparator.comparing(GroupDetail.ClientChoice::name)
                      .thenComparing(GroupDetail.ClientChoice::mrn))
              .toList();
    }
    Program program = em.find(Program.class, group.getProgramId());
    return new GroupDetail(
        group.getId(),
        group.getProgramId(),
        program.getName(),
        group.getVersion(),
        group.getTopic(),
        group.getContactDate(),
        group.getStartTime(),
        group.getEndTime(),
        group.getSharedPart(),
        List.copyOf(group.getFacilitators()),
        group.getFacilitators().stream().map(u -> names.getOrDefault(u, u)).sorted().toList(),
        names.getOrDefault(group.getCreatedBy(), group.getCreatedBy()),
        group.getCreatedAt(),
        group.getSignedAt(),
        group.getSignedBy() == null
            ? null
            : names.getOrDefault(group.getSignedBy(), group.getSignedBy()),
        List.copyOf(attendees),
        staffChoices,
        clientChoices,
        !signed && group.getFacilitators().contains(caller()));
  }

  /** The program's clinicians and supervisors, and the group's facilitators, by name. */
  private List<GroupDetail.StaffChoice> staffChoices(GroupSession group) {
    Map<String, GroupDetail.StaffChoice> choices = new LinkedHashMap<>();
    eligibleStaff(group).forEach(s -> choices.put(s.username(), s));
    Map<String, String> names = StaffDirectory.names(em, group.getFacilitators());
    group
        .getFacilitators()
        .forEach(
            u -> choices.putIfAbsent(u, new GroupDetail.StaffChoice(u, names.getOrDefault(u, u))));
    return choices.values().stream()
        .sorted(Comparator.comparing(GroupDetail.StaffChoice::name))
        .toList();
  }

  private List<GroupDetail.StaffChoice> eligibleStaff(GroupSession group) {
    return em.createQuery(
            "select distinct u from StaffUser u join u.programs p"
                + " where p.id = :program and u.enabled = true",
            StaffUser.class)
        .setParameter("program", group.getProgramId())
        .getResultStream()
        .filter(
            u -> u.getRoles().contains(Role.CLINICIAN) || u.getRoles().contains(Role.SUPERVISOR))
        .map(u -> new GroupDetail.StaffChoice(u.getUsername(), u.getDisplayName()))
        .toList();
  }

  /**
   * @param programId the group's program
   * @param except clients to leave out (the attendees already there)
   * @return the program's active clients within the caller's reach, by id
   */
  private Map<Long, GroupDetail.ClientChoice> eligibleClients(long programId, Set<Long> except) {
    ClientAccess reach = access.forCaller();
    Map<Long, GroupDetail.ClientChoice> found = new LinkedHashMap<>();
    em.createQuery(
            "select c.id, c.legalLastName, c.legalFirstName, c.mrn, u.username from Client c"
                + " left join c.primaryClinician u where c.program.id = :program"
                + " and c.status = :active order by c.legalLastName, c.legalFirstName, c.id",
            Object[].class)
        .setParameter("program", programId)
        .setParameter("active", ClientStatus.ACTIVE)
        .setMaxResults(CLIENT_CHOICES)
        .getResultStream()
        .filter(row -> !except.contains((Long) row[0]))
        .filter(row -> reach.reaches(new ClientFacts((Long) row[0], programId, (String) row[4])))
        .forEach(
            row ->
                found.put(
                    (Long) row[0],
                    new GroupDetail.ClientChoice(
                        (Long) row[0], row[1] + ", " + row[2], (String) row[3])));
    return found;
  }

  private List<SessionNote> notesOf(GroupSession group) {
    return em.createQuery(
            "select n from SessionNote n where n.groupSessionId = :group order by n.id",
            SessionNote.class)
        .setParameter("group", group.getId())
        .getResultList();
  }

  /** The group, when the caller facilitates it or supervises its program. */
  private GroupSession visible(long groupId) {
    GroupSession group = em.find(GroupSession.class, groupId);
    if (group == null) {
      throw new NoteNotFoundException(groupId);
    }
    if (!group.getFacilitators().contains(caller()) && !supervises(group)) {
      throw new AccessDeniedException(Wording.text("note.group.notFacilitator"));
    }
    return group;
  }

  /** The group, locked for this call, when the caller may change it and it is a draft. */
  private GroupSession editable(long groupId) {
    GroupSession group = visible(groupId);
    em.lock(group, LockModeType.PESSIMISTIC_WRITE); // a second save or signature waits
    em.refresh(group);
    if (group.getSignedAt() != null) {
      throw Refusals.refusal("group", Wording.text("note.group.signed"));
    }
    return group;
  }

  private boolean supervises(GroupSession group) {
    return session.isCallerInRole(Roles.SUPERVISOR)
        && programs().stream().anyMatch(p -> p.id() == group.getProgramId());
  }

  private void conflictUnless(GroupSession group, long version) {
    if (group.getVersion() != version) {
      throw new ConflictException(Wording.text("note.group.conflict"), group.getVersion());
    }
  }

  private StaffUser staff(String username) {
    return em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private ZoneId zone() {
    return center.timeZone();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
