package org.waypoint.security;

/**
 * A member of staff as offered in a choice on a screen.
 *
 * @param id the user's id
 * @param displayName the name shown
 */
public record StaffOption(long id, String displayName) {}
