package org.waypoint.audit;

/**
 * A result that says which record (not a client) it is and how to describe it on the audit trail,
 * for {@link Audited} methods whose {@code recordType} is not {@code Client}.
 */
public interface RecordReference extends AuditDetail {
  /**
   * @return the record's id
   */
  long recordId();

  /**
   * @return whether {@link #recordId()} names a stored record; {@code false} for a result about a
   *     record not stored yet (e.g. a handover not given yet), whose detail names it instead
   */
  default boolean identified() {
    return true;
  }

  /**
   * @return the client the record concerns, for the audit trail's client column, or {@code null}
   */
  default Long concernedClientId() {
    return null;
  }
}
