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
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.waypoint.access.ClientAccessService;
import org.waypoint.access.ListScope;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.security.StaffDirectory;

/**
 * Co-signature, for supervisors: the queue of signed notes by clinicians in training that wait for
 * them (clients of their programs), and the decision on each — co-sign it, or return it to its
 * author with a comment. A returned note stays as it was, in the note's history; its author gets a
 * new draft carrying the comment. One decision per note, never changed.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
@DeclareRoles(Roles.SUPERVISOR)
public class CoSignatureService {

  /** The field a refusal of the decision itself (not of the comment) is about. */
  public static final String DECISION_FIELD = "review";

  /** The field of the return comment. */
  public static final String COMMENT_FIELD = "comment";

  /** The most characters of a return comment, for the screens. */
  public static final int COMMENT_LIMIT = NoteReview.COMMENT_LIMIT;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private CenterSettings center;
  @Inject private NoteReader reader;
  @EJB private ClientAccessService access;

  /**
   * The signed notes waiting for a co-signature, of the clients of the caller's programs, the
   * longest waiting first. The caller's own notes are not among them.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @Audited(AuditAction.CLIENT_SEARCH) // the list names clients
  public List<CoSignItem> queue(int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    List<Object[]> rows =
        queueQuery(
                "select n.id, c.id, concat(c.legalLastName, ', ', c.legalFirstName), c.mrn,"
                    + " n.author, n.contactDate, n.signedAt",
                " order by n.signedAt, n.id",
                Object[].class)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Map<String, String> names =
        StaffDirectory.names(em, rows.stream().map(r -> (String) r[4]).toList());
    return rows.stream()
        .map(
            r ->
                new CoSignItem(
                    (Long) r[0],
                    (Long) r[1],
                    (String) r[2],
                    (String) r[3],
                    names.getOrDefault((String) r[4], (String) r[4]),
                    (LocalDate) r[5],
                    (Instant) r[6]))
        .toList();
  }

  /**
   * @return how many notes {@link #queue} pages through
   */
  public long countQueue() {
    return queueQuery("select count(n)", "", Long.class).getSingleResult();
  }

  /**
   * Co-signs a note waiting for it: stamps who and when. The note itself stays as its author signed
   * it.
   *
   * @param noteId the note
   * @return the note, co-signed
   * @throws NoteNotFoundException when there is no such note
   * @throws org.waypoint.kernel.AccessDeniedException when its client is out of the caller's reach
   * @throws InvalidInputException when the note is not waiting for a co-signature, is the caller's
   *     own, or was decided on already (by another supervisor meanwhile)
   */
  @Audited(value = AuditAction.NOTE_CO_SIGN, recordType = RecordType.NOTE)
  public NoteDetail coSign(@RecordId long noteId) {
    SessionNote note = awaiting(noteId, Refusals.none());
    em.persist(new NoteReview(noteId, NoteReview.Decision.CO_SIGNED, caller(), now(), null));
    em.flush();
    return reader.detail(note, caller());
  }

  /**
   * Returns a note to its author with a comment. The returned note stays as it was (in the history
   * of the note); its author gets a new draft with the same content that revises it and carries the
   * comment.
   *
   * @param noteId the note
   * @param comment what the author should change, at most {@link NoteReview#COMMENT_LIMIT}
   *     characters
   * @return the returned note
   * @throws NoteNotFoundException when there is no such note
   * @throws org.waypoint.kernel.AccessDeniedException when its client is out of the caller's reach
   * @throws InvalidInputException when the comment is missing, too long or holds a control
   *     character (field {@value #COMMENT_FIELD}), or the note cannot be returned (field {@value
   *     #DECISION_FIELD}); nothing is saved
   */
  @Audited(value = AuditAction.NOTE_RETURN, recordType = RecordType.NOTE)
  public NoteDetail returnNote(@RecordId long noteId, String comment) {
    Refusals refused = Refusals.none();
    if (comment == null || comment.isBlank()) {
      refused.add(COMMENT_FIELD, Wording.text("note.return.comment.required"));
    } else if (comment.length() > NoteReview.COMMENT_LIMIT) {
      refused.add(
          COMMENT_FIELD,
          Wording.text("note.return.comment.tooLong", NoteReview.COMMENT_LIMIT, comment.length()));
    } else if (PlainText.Validator.hasControlCharacter(comment)) {
      refused.add(COMMENT_FIELD, Wording.text("kernel.text.control"));
    }
    SessionNote note = awaiting(noteId, refused);
    Instant now = now();
    em.persist(new NoteReview(noteId, NoteReview.Decision.RETURNED, caller(), now, comment));
    SessionNote next =
        new SessionNote(note.getClientId(), note.getAuthor(), now, null, note.getId(), null);
    next.write(note.content(center.timeZone()), center.timeZone(), now);
    em.persist(next);
    em.flush();
    return reader.detail(note, caller());
  }

  /**
   * The note, locked, when the caller may decide on it; else the refusal (with any already found).
   */
  private SessionNote awaiting(long noteId, Refusals refused) {
    SessionNote note = reader.find(noteId);
    if (note == null) {
      throw new NoteNotFoundException(noteId);
    }
    access.checkCaller(note.getClientId());
    // two supervisors at once: the second waits here, then sees the first one's decision
    em.lock(note, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(note);
    NoteReview review = reader.reviews(List.of(noteId)).get(noteId);
    if (review != null) {
      String by =
          StaffDirectory.names(em, List.of(review.getDecidedBy())).get(review.getDecidedBy());
      refused.add(
          DECISION_FIELD,
          Wording.text(
              review.getDecision() == NoteReview.Decision.CO_SIGNED
                  ? "note.review.alreadyCoSigned"
                  : "note.review.alreadyReturned",
              by == null ? review.getDecidedBy() : by));
    } else if (NoteReader.state(note, null) != NoteState.AWAITING_CO_SIGNATURE) {
      refused.add(DECISION_FIELD, Wording.text("note.review.notAwaiting"));
    } else if (note.getAuthor().equals(caller())) {
      refused.add(DECISION_FIELD, Wording.text("note.review.ownNote"));
    }
    refused.throwIfAny();
    return note;
  }

  private <T> TypedQuery<T> queueQuery(String select, String orderBy, Class<T> type) {
    return em.createQuery(
            select
                + " from SessionNote n, Client c where c.id = n.clientId"
                + " and n.status = org.waypoint.note.SessionNote.Status.SIGNED"
                + " and n.coSignRequired = true and n.author <> :me"
                // a count (an index lookup per note), not "not exists": PostgreSQL hashed every
                // review ever made for that
                + " and (select count(r) from NoteReview r where r.noteId = n.id) = 0"
                + ListScope.MY_PROGRAMS.condition("c", null)
                + orderBy,
            type)
        .setParameter("me", caller());
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
