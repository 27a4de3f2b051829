package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;
import org.waypoint.audit.ClientReference;

/**
 * A client the caller saw today (a check-in they recorded) without a note of theirs dated today.
 *
 * @param clientId the client
 * @param clientName the client's legal name, "Last, First"
 * @param mrn the client's record number
 * @param lastCheckInAt when the caller's latest check-in of today was recorded
 */
public record ContactItem(long clientId, String clientName, String mrn, Instant lastCheckInAt)
    implements Serializable, ClientReference {}
