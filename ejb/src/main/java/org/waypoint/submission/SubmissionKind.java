package org.waypoint.submission;

/** What a submission records; a token serves one kind only. */
public enum SubmissionKind {
  /** A check-in; the record is the check-in. */
  CHECK_IN,
  /** A session note's signature; the record is the note. */
  NOTE_SIGNATURE,
  /** A risk alert's acknowledgement; the record is the alert. */
  ALERT_ACKNOWLEDGEMENT,
  /** A handover's acknowledgement; the record is the handover. */
  HANDOVER_ACKNOWLEDGEMENT
}
