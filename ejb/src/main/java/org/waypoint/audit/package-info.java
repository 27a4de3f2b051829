/**
 * The audit trail: who read or changed which client's information, when, from where, and with what
 * outcome. Append-only and hash-chained, so an alteration behind the application's back is found by
 * {@link org.waypoint.audit.AuditTrail#verify()}.
 */
package org.waypoint.audit;
