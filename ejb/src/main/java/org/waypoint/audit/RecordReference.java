package org.waypoint.audit;

/**
 * A result that says which record (not a client) it is and how to describe it on the audit trail,
 * for {@link Audited} methods whose {@code recordType} is not {@code Client}.
 */
public interface RecordReference {
  /**
   * @return the record's id
   */
  long recordId();

  /**
   * @return a short, data-free description for the audit trail
   */
  String auditDetail();
}
