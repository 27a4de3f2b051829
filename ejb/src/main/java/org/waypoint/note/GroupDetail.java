package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.waypoint.audit.RecordReference;

/**
 * A group session as its facilitators see it: the one place its attendees are listed together. It
 * is about the group, never filed under a client; a client's own note shows only {@link
 * NoteDetail.GroupPart}.
 *
 * @param id the group session
 * @param programId its program
 * @param programName the program's name
 * @param version its version, to save against
 * @param topic its topic, or {@code null}
 * @param contactDate its date, or {@code null}
 * @param startTime when it started, or {@code null}
 * @param endTime when it ended, or {@code null}
 * @param sharedPart the part written once for the whole group, or {@code null}
 * @param facilitators the facilitators' usernames
 * @param facilitatorNames their names, sorted
 * @param createdByName who started it
 * @param createdAt when
 * @param signedAt when it was signed, or {@code null}
 * @param signedByName who signed it, or {@code null}
 * @param attendees the attendees with their own parts, in the order they were added
 * @param staffChoices who may facilitate: the program's clinicians and supervisors (empty once
 *     signed)
 * @param clientChoices who may attend: the program's active clients within the caller's reach
 *     (empty once signed)
 * @param maySign whether the caller facilitates it and it is a draft
 */
public record GroupDetail(
    long id,
    long programId,
    String programName,
    long version,
    String topic,
    LocalDate contactDate,
    LocalTime startTime,
    LocalTime endTime,
    String sharedPart,
    List<String> facilitators,
    List<String> facilitatorNames,
    String createdByName,
    Instant createdAt,
    Instant signedAt,
    String signedByName,
    List<Attendee> attendees,
    List<StaffChoice> staffChoices,
    List<ClientChoice> clientChoices,
    boolean maySign)
    implements RecordReference, Serializable {

  /**
   * @return whether the group is signed, and so final
   */
  public boolean signed() {
    return signedAt != null;
  }

  /**
   * @return the group as a form to edit
   */
  public GroupContent content() {
    GroupContent c = new GroupContent();
    c.setTopic(topic);
    c.setContactDate(contactDate);
    c.setStartTime(startTime);
    c.setEndTime(endTime);
    c.setSharedPart(sharedPart);
    c.setFacilitators(facilitators);
    c.setAttendees(
        attendees.stream().map(a -> new AttendeePart(a.clientId(), a.part().copy())).toList());
    return c;
  }

  @Override
  public long recordId() {
    return id;
  }

  @Override
  public String auditDetail() {
    return (signed() ? "signed" : "draft") + "; " + attendees.size() + " attendee(s)";
  }

  /**
   * An attending client and their own note.
   *
   * @param clientId the client
   * @param name their legal name, "Last, First"
   * @param mrn their record number
   * @param noteId their note of this session
   * @param state where that note stands
   * @param part their own part: format, texts, plan-gate reason
   * @param planGate whether signing needs their safety plan reviewed (or a reason), and whether it
   *     was
   */
  public record Attendee(
      long clientId,
      String name,
      String mrn,
      long noteId,
      NoteState state,
      NoteContent part,
      NoteDetail.PlanGate planGate)
      implements Serializable {}

  /**
   * A member of staff who may facilitate.
   *
   * @param username their username
   * @param name their name
   */
  public record StaffChoice(String username, String name) implements Serializable {}

  /**
   * A client who may attend.
   *
   * @param clientId the client
   * @param name their legal name, "Last, First"
   * @param mrn their record number
   */
  public record ClientChoice(long clientId, String name, String mrn) implements Serializable {}
}
