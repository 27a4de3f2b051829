package org.waypoint.note;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.kernel.PlainText;

/**
 * What the facilitators write for a group session, exactly as typed: the topic, date and times, the
 * part written once for the whole group, the facilitators, and each attendee with their own part.
 * Nothing is trimmed or cut; a draft may leave anything empty.
 */
public class GroupContent implements Serializable {
  private static final long serialVersionUID = 1L;

  @Size(max = GroupSession.TOPIC_LIMIT, message = "{common.size.max}")
  @PlainText
  private String topic;

  private LocalDate contactDate;
  private LocalTime startTime;
  private LocalTime endTime;

  @Size(max = GroupSession.SHARED_LIMIT, message = "{common.size.max}")
  @PlainText
  private String sharedPart;

  private List<String> facilitators = new ArrayList<>();
  private List<AttendeePart> attendees = new ArrayList<>();

  /**
   * @return the contact as a note's content (date, times, group modality), to check with {@link
   *     NoteRules}
   */
  NoteContent contact() {
    NoteContent c = new NoteContent();
    c.setContactDate(contactDate);
    c.setStartTime(startTime);
    c.setEndTime(endTime);
    c.setModality(Modality.GROUP);
    return c;
  }

  /**
   * @return the contact's length in minutes, or {@code null} while a time is missing or the end is
   *     not after the start
   */
  public Long getMinutes() {
    return contact().getMinutes();
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = blankToNull(topic);
  }

  public LocalDate getContactDate() {
    return contactDate;
  }

  public void setContactDate(LocalDate contactDate) {
    this.contactDate = contactDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public String getSharedPart() {
    return sharedPart;
  }

  public void setSharedPart(String sharedPart) {
    this.sharedPart = blankToNull(sharedPart);
  }

  /**
   * @return the facilitators' usernames
   */
  public List<String> getFacilitators() {
    return facilitators;
  }

  public void setFacilitators(List<String> facilitators) {
    this.facilitators = facilitators == null ? new ArrayList<>() : new ArrayList<>(facilitators);
  }

  /**
   * @return the attendees in the order they were added, each with their own part
   */
  public List<AttendeePart> getAttendees() {
    return attendees;
  }

  public void setAttendees(List<AttendeePart> attendees) {
    this.attendees = attendees == null ? new ArrayList<>() : new ArrayList<>(attendees);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
