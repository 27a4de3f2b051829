package org.waypoint.note;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.waypoint.center.CenterSettings;
import org.waypoint.security.StaffUser;

/**
 * Writes notes as they stand at a given time, in the caller's transaction: a draft, a signed note,
 * an addendum, a supervisor's review, a signed group session with its attendees' notes. Checks no
 * access, no password and writes no audit row (its callers do); it does hold every note to {@link
 * NoteRules}, so what it writes is a note the service could have written. Demo data writes through
 * here.
 */
@Dependent
public class NoteWriter {

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;

  /**
   * A draft, started and last saved at the given time.
   *
   * @param clientId the client
   * @param author the username of the clinician writing it
   * @param content what it says so far
   * @param at when it was started and saved
   * @return the draft
   * @throws IllegalArgumentException when the content breaks {@link NoteRules#draftRefusals}
   */
  public SessionNote draft(long clientId, String author, NoteContent content, Instant at) {
    refuse(NoteRules.draftRefusals(content, local(at)));
    SessionNote note = new SessionNote(clientId, author, at, null, null, null);
    note.write(content, zone(), at);
    em.persist(note);
    return note;
  }

  /**
   * The next version of a returned note: a draft by the same author with the returned note's
   * content, linked to it (its history and the supervisor's comment go with it).
   *
   * @param returned a signed note that a supervisor returned
   * @param at when the draft was started
   * @return the draft
   * @throws IllegalStateException when the note was not returned
   */
  public SessionNote revision(SessionNote returned, Instant at) {
    NoteReview review = reviewOf(returned);
    if (review == null || review.getDecision() != NoteReview.Decision.RETURNED) {
      throw new IllegalStateException("note " + returned.getId() + " was not returned");
    }
    SessionNote note =
        new SessionNote(
            returned.getClientId(), returned.getAuthor(), at, null, returned.getId(), null);
    note.write(returned.content(zone()), zone(), at);
    em.persist(note);
    return note;
  }

  /**
   * A note written and signed: started at one time, signed at another. A late entry when signed
   * more than 24 hours after the contact ended; waiting for co-signature when its author needs it.
   *
   * @param clientId the client
   * @param author the username of the clinician who wrote and signed it
   * @param content what it says, complete
   * @param startedAt when the draft was started
   * @param signedAt when it was signed
   * @return the signed note
   * @throws IllegalArgumentException when the content breaks {@link NoteRules#signRefusals}
   */
  public SessionNote signed(
      long clientId, String author, NoteContent content, Instant startedAt, Instant signedAt) {
    refuse(NoteRules.signRefusals(content, local(signedAt)));
    SessionNote note = new SessionNote(clientId, author, startedAt, null, null, null);
    note.write(content, zone(), signedAt);
    note.sign(
        author,
        signedAt,
        NoteRules.lateEntry(content.getContactDate(), content.getEndTime(), signedAt, zone()),
        staff(author).isNeedsCoSignature());
    em.persist(note); // inserted signed: the row is final from its first write
    return note;
  }

  /**
   * An addendum under a signed note, numbered after the ones before it.
   *
   * @param note a signed note
   * @param text what it adds
   * @param reason why
   * @param author the username of who adds it
   * @param at when
   * @return the addendum
   * @throws IllegalStateException when the note is a draft
   */
  public NoteAddendum addendum(
      SessionNote note, String text, String reason, String author, Instant at) {
    if (note.isDraft()) {
      throw new IllegalStateException("note " + note.getId() + " is a draft");
    }
    Integer last =
        em.createQuery(
                "select max(a.position) from NoteAddendum a where a.noteId = :note", Integer.class)
            .setParameter("note", note.getId())
            .getSingleResult();
    NoteAddendum addendum =
        new NoteAddendum(note.getId(), last == null ? 1 : last + 1, text, reason, author, at);
    em.persist(addendum);
    return addendum;
  }

  /**
   * A supervisor's decision on a note waiting for co-signature. A returned note also needs its
   * {@link #revision}.
   *
   * @param note a signed note that needs co-signature and has none yet
   * @param decision co-signed or returned
   * @param by the supervisor's username
   * @param at when
   * @param comment what the author should change (a return needs one), or {@code null}
   * @return the review
   * @throws IllegalStateException when the note is not waiting for co-signature
   */
  public NoteReview review(
      SessionNote note, NoteReview.Decision decision, String by, Instant at, String comment) {
    if (note.isDraft() || !note.isCoSignRequired() || reviewOf(note) != null) {
      throw new IllegalStateException("note " + note.getId() + " is not awaiting co-signature");
    }
    if (decision == NoteReview.Decision.RETURNED && (comment == null || comment.isBlank())) {
      throw new IllegalArgumentException("a return needs a comment");
    }
    NoteReview review = new NoteReview(note.getId(), decision, by, at, comment);
    em.persist(review);
    em.flush();
    return review;
  }

  /**
   * A group session of one program, signed: its shared part written once, and one signed note per
   * attending client holding that client's own part. The session's date, times and the modality
   * Group are set on every attendee's note.
   *
   * @param programId the program
   * @param by the username of the facilitator who started and signed it
   * @param facilitators every facilitator's username, {@code by} among them
   * @param topic the topic
   * @param date the date of the session
   * @param start when it started
   * @param end when it ended
   * @param sharedPart the part written for the whole group
   * @param attendees each attending client's id and own part
   * @param startedAt when the session was started
   * @param signedAt when it was signed
   * @return the group session
   * @throws IllegalArgumentException when an attendee's note breaks {@link NoteRules#signRefusals}
   */
  public GroupSession group(
      long programId,
      String by,
      Set<String> facilitators,
      String topic,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      String sharedPart,
      Map<Long, NoteContent> attendees,
      Instant startedAt,
      Instant signedAt) {
    GroupSession group = new GroupSession(programId, by, startedAt);
    group.describe(topic, date, start, end, sharedPart, facilitators);
    group.sign(by, signedAt);
    em.persist(group);
    boolean late = NoteRules.lateEntry(date, end, signedAt, zone());
    boolean coSign = staff(by).isNeedsCoSignature();
    attendees.forEach(
        (clientId, part) -> {
          NoteContent content = part.copy();
          content.setContactDate(date);
          content.setStartTime(start);
          content.setEndTime(end);
          content.setModality(Modality.GROUP);
          refuse(NoteRules.signRefusals(content, local(signedAt)));
          SessionNote note = new SessionNote(clientId, by, startedAt, null, null, group.getId());
          note.write(content, zone(), signedAt);
          note.sign(by, signedAt, late, coSign);
          em.persist(note);
        });
    return group;
  }

  private NoteReview reviewOf(SessionNote note) {
    return em.createQuery("select r from NoteReview r where r.noteId = :note", NoteReview.class)
        .setParameter("note", note.getId())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private StaffUser staff(String username) {
    return em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  private static void refuse(Map<String, String> refusals) {
    if (!refusals.isEmpty()) {
      throw new IllegalArgumentException("not a note the service would keep: " + refusals);
    }
  }

  private LocalDateTime local(Instant at) {
    return LocalDateTime.ofInstant(at, zone());
  }

  private ZoneId zone() {
    return center.timeZone();
  }
}
