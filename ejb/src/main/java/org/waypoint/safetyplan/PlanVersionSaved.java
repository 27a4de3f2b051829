package org.waypoint.safetyplan;

import java.time.Instant;

/**
 * Fired, inside the saving transaction, when a safety-plan version is saved; follow-up that waits
 * for a plan review listens for it.
 *
 * @param clientId the client
 * @param number the new version's number
 * @param savedAt when
 * @param savedBy the username of who saved it
 */
public record PlanVersionSaved(long clientId, int number, Instant savedAt, String savedBy) {}
