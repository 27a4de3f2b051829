package org.waypoint.access;

/**
 * What the access rules need to know about a client.
 *
 * @param clientId the client
 * @param programId the client's program
 * @param clinicianUsername the primary clinician's username, or {@code null}
 */
public record ClientFacts(long clientId, long programId, String clinicianUsername) {}
