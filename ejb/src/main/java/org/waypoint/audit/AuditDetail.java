package org.waypoint.audit;

/**
 * A result that describes itself on the audit trail, e.g. which version of a plan a save made.
 * Results of calls about a client use it for the entry's detail; other records give theirs through
 * {@link RecordReference}.
 */
public interface AuditDetail {
  /**
   * @return a short, data-free description for the audit trail
   */
  String auditDetail();
}
