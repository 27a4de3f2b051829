package org.waypoint.audit;

/**
 * What an audit event says, before the trail stamps it with time, place and hash.
 *
 * @param action what happened
 * @param outcome how it ended
 * @param clientId the client concerned, or {@code null}
 * @param recordType the kind of record, e.g. {@code Client}, or {@code null}
 * @param recordId the record's id, or {@code null}
 * @param detail a short, data-free description, or {@code null}
 */
public record AuditEntry(
    AuditAction action,
    AuditOutcome outcome,
    Long clientId,
    String recordType,
    String recordId,
    String detail) {}
