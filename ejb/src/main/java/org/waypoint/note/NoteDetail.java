package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.waypoint.audit.RecordReference;
import org.waypoint.risk.RiskLevel;

/**
 * A note with its body, as the editor and the read-only view show it.
 *
 * @param id the note
 * @param clientId its client
 * @param clientName the client's legal name, "Last, First"
 * @param mrn the client's record number
 * @param author the author's username
 * @param authorName the author's name
 * @param state where the note stands
 * @param version the note's version, to save a draft against
 * @param content what the note says
 * @param createdAt when the draft was started
 * @param savedAt when it was last saved
 * @param signedAt when it was signed, or {@code null}
 * @param lateEntry signed more than 24 hours after the contact
 * @param coSignatureRequired whether a supervisor must co-sign it
 * @param review the supervisor's decision, or {@code null}
 * @param returnedFrom for a draft revising a returned note: that note's return, else {@code null}
 * @param copiedFromId the note whose fields started this draft, or {@code null}
 * @param addenda the addenda, oldest first
 * @param history the earlier versions of this note (returned ones), oldest first
 * @param group the group session's shared part, or {@code null}
 * @param checkIns the client's check-ins on the contact's date (to link one), newest first
 * @param planGate whether signing needs the plan reviewed (or a reason), and whether it was
 * @param mine whether the caller is the author
 */
public record NoteDetail(
    long id,
    long clientId,
    String clientName,
    String mrn,
    String author,
    String authorName,
    NoteState state,
    long version,
    NoteContent content,
    Instant createdAt,
    Instant savedAt,
    Instant signedAt,
    boolean lateEntry,
    boolean coSignatureRequired,
    Review review,
    Review returnedFrom,
    Long copiedFromId,
    List<Addendum> addenda,
    List<Earlier> history,
    GroupPart group,
    List<ContactCheckIn> checkIns,
    PlanGate planGate,
    boolean mine)
    implements RecordReference, Serializable {

  /**
   * @return whether the note is still a draft
   */
  public boolean draft() {
    return state == NoteState.DRAFT;
  }

  /**
   * @return the linked check-in, or {@code null}
   */
  public ContactCheckIn linkedCheckIn() {
    Long linked = content.getCheckInId();
    return linked == null
        ? null
        : checkIns.stream().filter(c -> c.id() == linked).findFirst().orElse(null);
  }

  @Override
  public long recordId() {
    return id;
  }

  @Override
  public Long concernedClientId() {
    return clientId;
  }

  @Override
  public String auditDetail() {
    return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + (addenda.isEmpty() ? "" : "; " + addenda.size() + " addendum(s)");
  }

  /**
   * A supervisor's co-signature or return.
   *
   * @param noteId the note decided on
   * @param decision what they decided
   * @param by their name
   * @param at when
   * @param comment the return's comment, or {@code null}
   */
  public record Review(
      long noteId, NoteReview.Decision decision, String by, Instant at, String comment)
      implements Serializable {}

  /**
   * An addendum.
   *
   * @param position its number, from 1
   * @param text what it says
   * @param reason why it was added
   * @param author its author's name
   * @param at when
   */
  public record Addendum(int position, String text, String reason, String author, Instant at)
      implements Serializable {}

  /**
   * An earlier version of the note: signed, then returned.
   *
   * @param noteId that version's id
   * @param signedAt when it was signed
   * @param returnedBy who returned it
   * @param returnedAt when
   * @param comment what they asked for
   */
  public record Earlier(
      long noteId, Instant signedAt, String returnedBy, Instant returnedAt, String comment)
      implements Serializable {}

  /**
   * The part of a group session written once for every attendee; never names the others.
   *
   * @param groupId the group session
   * @param topic its topic
   * @param sharedPart the text written for the whole group
   * @param facilitators the facilitators' names
   */
  public record GroupPart(long groupId, String topic, String sharedPart, List<String> facilitators)
      implements Serializable {}

  /**
   * A check-in of the client on the contact's date.
   *
   * @param id the check-in
   * @param recordedAt when
   * @param level its recorded level
   */
  public record ContactCheckIn(long id, Instant recordedAt, RiskLevel level)
      implements Serializable {}

  /**
   * The safety-plan gate.
   *
   * @param applies whether the contact's level (High or Imminent) requires the plan reviewed
   * @param level that level, or {@code null}
   * @param reviewed whether the plan was reviewed in the contact
   * @param reviewedAt when the plan was reviewed (a version saved or the review task closed), or
   *     {@code null}
   */
  public record PlanGate(boolean applies, RiskLevel level, boolean reviewed, Instant reviewedAt)
      implements Serializable {}
}
