package org.waypoint.kernel;

/** The kinds of record an audit event can concern, as the audit trail stores them. */
public enum RecordType {
  /** A client's record: the client id is also the event's client. */
  CLIENT("Client"),
  /** A staff account. */
  USER("User"),
  /** An intake, in progress or admitted. */
  INTAKE("Intake"),
  /** A session note: the client is in the event's client column. */
  NOTE("SessionNote"),
  /** A group session, which concerns several clients. */
  GROUP_SESSION("GroupSession"),
  /** A shift handover of a program. */
  HANDOVER("Handover");

  private final String stored;

  RecordType(String stored) {
    this.stored = stored;
  }

  /**
   * @return the value kept in the audit trail's record-type column
   */
  public String stored() {
    return stored;
  }
}
