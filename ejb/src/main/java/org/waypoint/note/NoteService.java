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
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.waypoint.access.ClientAccessService;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.checkin.CheckIn;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.security.Passwords;
import org.waypoint.security.StaffDirectory;
import org.waypoint.security.StaffUser;
import org.waypoint.submission.SubmissionKind;
import org.waypoint.submission.Submissions;

/**
 * Session notes, for the care team: start a draft, keep what is typed (never over a save made in
 * another window), sign it with the password, add addenda; read a note's body (audited) and list a
 * client's notes (intake staff see that notes exist, never a word of them). Access is checked on
 * every call; drafts are audited when they start and end, not on every autosave.
 */
@Stateless
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
public class NoteService {

  /** The most notes one page lists. */
  public static final int PAGE = 10;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private NoteReader reader;
  @Inject private Passwords passwords;
  @EJB private ClientAccessService access;
  @EJB private Submissions submissions;

  /**
   * Starts a draft for the client, dated today from the current time, linked to the client's latest
   * check-in of today when there is one.
   *
   * @param clientId the client
   * @param fromLast whether to copy the fields of the caller's last signed note for this client
   *     (the draft says so)
   * @return the new draft
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.NOTE_DRAFT_START)
  @ClientRecord
  public NoteDetail start(@ClientId long clientId, boolean fromLast) {
    String me = caller();
    Instant now = now();
    SessionNote last = fromLast ? lastNoteOf(clientId, me) : null;
    SessionNote note =
        new SessionNote(clientId, me, now, last == null ? null : last.getId(), null, null);
    NoteContent content = last == null ? new NoteContent() : copied(last.content(zone()));
    LocalDateTime local = LocalDateTime.ofInstant(now, zone());
    content.setContactDate(local.toLocalDate());
    content.setStartTime(local.toLocalTime().truncatedTo(ChronoUnit.MINUTES));
    content.setEndTime(null);
    note.write(content, zone(), now);
    em.persist(note);
    em.flush();
    List<NoteDetail.ContactCheckIn> today = reader.checkInsOn(note);
    if (!today.isEmpty()) {
      content.setCheckInId(today.get(0).id());
      content.setRiskLevel(today.get(0).level());
      note.write(content, zone(), now);
      em.flush();
    }
    return reader.detail(note, me);
  }

  /**
   * Reads a note with its body. On the audit trail as a read of the note.
   *
   * @param noteId the note
   * @return the note
   * @throws NoteNotFoundException when there is no such note
   * @throws org.waypoint.kernel.AccessDeniedException when its client is out of the caller's reach
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.NOTE_VIEW, recordType = RecordType.NOTE)
  public NoteDetail open(@RecordId long noteId) {
    return reader.detail(reachable(noteId), caller());
  }

  /**
   * Keeps what the author has typed. Saves nothing when the note was saved from another window or
   * device since the caller's version: the result then carries that save's content, to compare. Not
   * on the audit trail (the draft's start and end are); access is checked all the same.
   *
   * @param noteId the draft
   * @param version the version the caller's text is based on
   * @param content the content as typed
   * @return the note's version and save time, or the other save's content
   * @throws InvalidInputException with a message per refused field; nothing is saved
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public DraftSaved saveDraft(long noteId, long version, NoteContent content) {
    SessionNote note = ownDraft(noteId);
    if (note.getGroupSessionId() != null) {
      // the group's page writes it, with the group's date and times
      throw Refusals.refusal("note", Wording.text("note.group.signedWithGroup"));
    }
    refuseDraft(note, content);
    if (note.getVersion() != version) {
      return new DraftSaved(note.getVersion(), note.getSavedAt(), note.content(zone()));
    }
    Instant now = now();
    note.write(content, zone(), now);
    em.flush();
    return new DraftSaved(note.getVersion(), now, null);
  }

  /**
   * Throws the caller's draft away.
   *
   * @param noteId the draft
   * @param version the version the caller saw
   * @throws ConflictException when it was saved elsewhere since
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.NOTE_DRAFT_DISCARD, recordType = RecordType.NOTE)
  public void discard(@RecordId long noteId, long version) {
    SessionNote note = ownDraft(noteId);
    if (note.getRevisesId() != null) {
      throw Refusals.refusal("discard", Wording.text("note.discard.returned"));
    }
    if (note.getGroupSessionId() != null) {
      throw Refusals.refusal("discard", Wording.text("note.group.signedWithGroup"));
    }
    conflictUnless(note, version);
    em.remove(note);
  }

  /**
   * Signs the caller's draft with what they typed: checks their password, the content ({@link
   * NoteRules#signRefusals}) and the safety-plan gate, then stamps who and when. From then on the
   * note is final; a note signed more than 24 hours after the contact is a late entry, and a note
   * by a clinician who needs co-signature waits for a supervisor.
   *
   * @param noteId the draft
   * @param version the version the caller's text is based on
   * @param content the content as typed
   * @param password the caller's password, typed again
   * @return the signed note
   * @throws InvalidInputException naming each field that stops the signature; nothing is saved
   * @throws ConflictException when the draft was saved elsewhere since the caller's version
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.NOTE_SIGN, recordType = RecordType.NOTE)
  public NoteDetail sign(
      @RecordId long noteId, long version, NoteContent content, char[] password) {
    return signNow(noteId, version, content, password);
  }

  /**
   * Signs the draft once per submission of the form: as {@link #sign(long, long, NoteContent,
   * char[])}, except that a replay of the same submission (a double click, the browser resending, a
   * retry) signs nothing again and returns the note as the first one signed it, even when sent at
   * the same moment.
   *
   * @param noteId the draft
   * @param version the version the caller's text is based on
   * @param content the content as typed
   * @param password the caller's password, typed again
   * @param submission the token the form was shown with ({@link Submissions#newToken()})
   * @return the signed note
   * @throws InvalidInputException naming each field that stops the signature; nothing is saved
   * @throws ConflictException when the draft was saved elsewhere since the caller's version
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.NOTE_SIGN, recordType = RecordType.NOTE)
  public NoteDetail sign(
      @RecordId long noteId,
      long version,
      NoteContent content,
      char[] password,
      String submission) {
    OptionalLong done = submissions.begin(submission, SubmissionKind.NOTE_SIGNATURE);
    if (done.isPresent()) {
      if (done.getAsLong() != noteId) {
        throw Refusals.refusal(Submissions.FIELD, Wording.text("submission.token.invalid"));
      }
      return reader.detail(reachable(noteId), caller());
    }
    NoteDetail signed = signNow(noteId, version, content, password);
    submissions.recorded(submission, noteId);
    return signed;
  }

  private NoteDetail signNow(long noteId, long version, NoteContent content, char[] password) {
    SessionNote note = ownDraft(noteId);
    if (note.getGroupSessionId() != null) {
      throw Refusals.refusal("sign", Wording.text("note.group.signedWithGroup"));
    }
    em.lock(note, LockModeType.PESSIMISTIC_WRITE); // a second signature waits, then sees the first
    em.refresh(note);
    if (!note.isDraft()) {
      throw Refusals.refusal("sign", Wording.text("note.signed.final"));
    }
    StaffUser me = staff(caller());
    if (password == null || password.length == 0) {
      throw Refusals.refusal("password", Wording.text("note.password.required"));
    }
    if (!passwords.verify(password, me.getPasswordHash())) {
      throw Refusals.refusal("password", Wording.text("note.password.wrong"));
    }
    conflictUnless(note, version);
    Refusals refused =
        Refusals.of(validator.validate(content))
            .addAll(NoteRules.signRefusals(content, LocalDateTime.now(zone())))
            .addAll(checkInRefusal(note, content));
    NoteDetail.PlanGate gate =
        reader.planGate(note.getClientId(), content, reader.checkInsOn(note), zone());
    if (gate.applies() && !gate.reviewed() && content.getPlanGateReason() == null) {
      refused.add("planGateReason", Wording.text("note.gate.required", gate.level().label()));
    }
    refused.throwIfAny();
    Instant now = now();
    note.write(content, zone(), now);
    note.sign(
        me.getUsername(),
        now,
        NoteRules.lateEntry(content.getContactDate(), content.getEndTime(), now, zone()),
        me.isNeedsCoSignature());
    em.flush();
    return reader.detail(note, me.getUsername());
  }

  /**
   * Adds an addendum to a signed note: its text, why, who and when. The note itself stays as
   * signed.
   *
   * @param noteId a signed note
   * @param text the addendum
   * @param reason why it is added
   * @return the note with its addenda
   * @throws InvalidInputException when the text or reason is missing, too long or holds a control
   *     character, or the note is a draft
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.NOTE_ADDENDUM, recordType = RecordType.NOTE)
  public NoteDetail addAddendum(@RecordId long noteId, String text, String reason) {
    SessionNote note = reachable(noteId);
    Refusals refused = Refusals.none();
    if (note.isDraft()) {
      refused.add("text", Wording.text("note.addendum.draft"));
    }
    checkText(refused, "text", text, NoteAddendum.TEXT_LIMIT, "note.addendum.text.required");
    checkText(
        refused, "reason", reason, NoteAddendum.REASON_LIMIT, "note.addendum.reason.required");
    refused.throwIfAny();
    // addenda are numbered in order; two at once wait for each other on the note
    em.lock(note, LockModeType.PESSIMISTIC_READ);
    Integer last =
        em.createQuery(
                "select max(a.position) from NoteAddendum a where a.noteId = :note", Integer.class)
            .setParameter("note", noteId)
            .getSingleResult();
    em.persist(
        new NoteAddendum(noteId, last == null ? 1 : last + 1, text, reason, caller(), now()));
    em.flush();
    return reader.detail(note, caller());
  }

  /**
   * A page of the client's notes: that each exists, its date, author, modality and state, never its
   * body. Intake staff may list them too.
   *
   * @param clientId the client
   * @param filter what to narrow to
   * @param first the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.NOTE_LIST)
  @ClientRecord
  public List<NoteSummary> list(
      @ClientId long clientId, NoteFilter filter, int first, int pageSize) {
    return reader.summaries(clientId, filter, PageRequest.of(first, pageSize));
  }

  /**
   * @param clientId the client
   * @param filter what to narrow to
   * @return how many notes {@link #list} pages through
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord
  public long count(@ClientId long clientId, NoteFilter filter) {
    return reader.count(clientId, filter);
  }

  /**
   * The members of staff who wrote the client's notes, drafts included: for narrowing the list by
   * author, and for offering "start from my last note" to an author. Names only, never a word of a
   * note; intake staff may read them too. Not on the audit trail (the chart's read is).
   *
   * @param clientId the client
   * @return display name by username, in the order of the names
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord
  public Map<String, String> authors(@ClientId long clientId) {
    List<String> usernames =
        em.createQuery(
                "select distinct n.author from SessionNote n where n.clientId = :client",
                String.class)
            .setParameter("client", clientId)
            .getResultList();
    Map<String, String> names = StaffDirectory.names(em, usernames);
    Map<String, String> authors = new LinkedHashMap<>();
    usernames.stream()
        .sorted(
            Comparator.comparing((String u) -> names.getOrDefault(u, u))
                .thenComparing(Comparator.naturalOrder()))
        .forEach(u -> authors.put(u, names.getOrDefault(u, u)));
    return authors;
  }

  /**
   * @param noteId a note
   * @return the note's client, for a screen that needs it before reading the note
   * @throws NoteNotFoundException when there is no such note
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  public long clientOf(long noteId) {
    return reachable(noteId).getClientId();
  }

  private SessionNote reachable(long noteId) {
    SessionNote note = reader.find(noteId);
    if (note == null) {
      throw new NoteNotFoundException(noteId);
    }
    access.checkCaller(note.getClientId());
    return note;
  }

  private SessionNote ownDraft(long noteId) {
    SessionNote note = reachable(noteId);
    if (!note.isDraft()) {
      throw Refusals.refusal("note", Wording.text("note.signed.final"));
    }
    if (!note.getAuthor().equals(caller())) {
      throw Refusals.refusal("note", Wording.text("note.notAuthor"));
    }
    return note;
  }

  private void refuseDraft(SessionNote note, NoteContent content) {
    Refusals.of(validator.validate(content))
        .addAll(NoteRules.draftRefusals(content, LocalDateTime.now(zone())))
        .addAll(checkInRefusal(note, content))
        .throwIfAny();
  }

  private java.util.Map<String, String> checkInRefusal(SessionNote note, NoteContent content) {
    if (content.getCheckInId() == null) {
      return java.util.Map.of();
    }
    CheckIn checkIn = em.find(CheckIn.class, content.getCheckInId());
    return checkIn != null && checkIn.getClientId() == note.getClientId()
        ? java.util.Map.of()
        : java.util.Map.of("checkInId", Wording.text("note.checkIn.notThisClient"));
  }

  private void conflictUnless(SessionNote note, long version) {
    if (note.getVersion() != version) {
      throw new ConflictException(Wording.text("note.conflict"), note.getVersion());
    }
  }

  private static void checkText(
      Refusals refused, String field, String text, int limit, String requiredKey) {
    if (text == null || text.isBlank()) {
      refused.add(field, Wording.text(requiredKey));
    } else if (text.length() > limit) {
      refused.add(field, Wording.text("note.text.tooLong", limit, text.length()));
    } else if (PlainText.Validator.hasControlCharacter(text)) {
      refused.add(field, Wording.text("kernel.text.control"));
    }
  }

  /**
   * The caller's last signed note for the client: a draft is not a note yet (and one copied from
   * could not be discarded).
   */
  private SessionNote lastNoteOf(long clientId, String author) {
    return em.createQuery(
            "select n from SessionNote n where n.clientId = :client and n.author = :me"
                + " and n.status = org.waypoint.note.SessionNote.Status.SIGNED"
                + " and n.groupSessionId is null order by n.createdAt desc, n.id desc",
            SessionNote.class)
        .setParameter("client", clientId)
        .setParameter("me", author)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** A copy's fields, without what belongs to that other contact: its check-in, risk and gate. */
  private static NoteContent copied(NoteContent from) {
    NoteContent c = from.copy();
    c.setCheckInId(null);
    c.setRiskLevel(null);
    c.setPlanGateReason(null);
    c.setNextAppointmentDate(null);
    c.setNextAppointmentTime(null);
    c.setStartTime((LocalTime) null);
    return c;
  }

  StaffUser staff(String username) {
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
