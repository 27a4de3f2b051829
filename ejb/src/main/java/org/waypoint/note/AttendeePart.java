package org.waypoint.note;

import java.io.Serializable;

/**
 * One attendee of a group session and the part of the note written for them alone: its format's
 * parts and, when the contact's risk asks for it, why their safety plan was not reviewed. The date,
 * times and modality come from the group.
 */
public class AttendeePart implements Serializable {
  private static final long serialVersionUID = 1L;

  private long clientId;
  private NoteContent content = new NoteContent();

  /** An attendee to be chosen. */
  public AttendeePart() {}

  /**
   * @param clientId the attending client
   * @param content their part (format, texts, plan-gate reason); other values are ignored
   */
  public AttendeePart(long clientId, NoteContent content) {
    this.clientId = clientId;
    this.content = content == null ? new NoteContent() : content;
  }

  public long getClientId() {
    return clientId;
  }

  public void setClientId(long clientId) {
    this.clientId = clientId;
  }

  /**
   * @return the attendee's own part: format, texts by part, plan-gate reason
   */
  public NoteContent getContent() {
    return content;
  }

  public void setContent(NoteContent content) {
    this.content = content == null ? new NoteContent() : content;
  }
}
