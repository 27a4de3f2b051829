/**
 * Sign-in and sign-out: Waypoint's own form mechanism ({@link
 * org.waypoint.web.security.WaypointAuthentication}) on the {@code /login} page, with an identity
 * store that asks {@link org.waypoint.security.AccountService} to check credentials; the way back
 * after sign-in ({@link org.waypoint.web.security.ReturnPath}) and the expired page for forms sent
 * after their session or view had gone.
 */
package org.waypoint.web.security;
