package org.waypoint.access;

import java.io.Serializable;
import java.time.Instant;
import org.waypoint.audit.ClientReference;

/**
 * An emergency access as its holder sees it.
 *
 * @param clientId the client
 * @param expiresAt when it ends
 */
public record EmergencyGrant(long clientId, Instant expiresAt)
    implements Serializable, ClientReference {}
