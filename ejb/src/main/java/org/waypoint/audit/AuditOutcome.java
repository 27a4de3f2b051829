package org.waypoint.audit;

/** How an audited attempt ended. */
public enum AuditOutcome {
  /** It happened. */
  SUCCESS,
  /** It was refused: the user may not do it, or the credentials were wrong. */
  DENIED,
  /** It asked for a record that does not exist. */
  NOT_FOUND,
  /** It was attempted and failed, e.g. refused input; nothing changed. */
  FAILED
}
