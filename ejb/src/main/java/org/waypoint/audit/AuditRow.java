package org.waypoint.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit event as the audit screen and its CSV export show it.
 *
 * @param id the event's id
 * @param occurredAt when (UTC)
 * @param username who
 * @param roles the roles held then
 * @param action what
 * @param outcome how it ended
 * @param clientId the client concerned, or {@code null}
 * @param recordType the kind of record, or {@code null}
 * @param recordId the record's id, or {@code null}
 * @param detail a description, or {@code null}
 * @param remoteAddress from where, or {@code null}
 */
public record AuditRow(
    long id,
    Instant occurredAt,
    String username,
    String roles,
    AuditAction action,
    AuditOutcome outcome,
    Long clientId,
    String recordType,
    String recordId,
    String detail,
    String remoteAddress)
    implements Serializable {

  static AuditRow of(AuditEvent e) {
    return new AuditRow(
        e.getId(),
        e.getOccurredAt(),
        e.getUsername(),
        e.getRoles(),
        e.getAction(),
        e.getOutcome(),
        e.getClientId(),
        e.getRecordType(),
        e.getRecordId(),
        e.getDetail(),
        e.getRemoteAddress());
  }
}
