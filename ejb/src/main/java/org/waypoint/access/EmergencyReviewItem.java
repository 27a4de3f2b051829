package org.waypoint.access;

import java.io.Serializable;
import java.time.Instant;
import org.waypoint.audit.ClientReference;

/**
 * An emergency access waiting for a supervisor's review.
 *
 * @param id the access's id
 * @param username who opened the chart
 * @param userName their display name
 * @param clientId the client
 * @param clientName the client's legal name, "Last, First"
 * @param mrn the client's MRN
 * @param reason why
 * @param details in their words
 * @param grantedAt when
 * @param expiresAt until when
 */
public record EmergencyReviewItem(
    long id,
    String username,
    String userName,
    long clientId,
    String clientName,
    String mrn,
    EmergencyReason reason,
    String details,
    Instant grantedAt,
    Instant expiresAt)
    implements Serializable, ClientReference {}
