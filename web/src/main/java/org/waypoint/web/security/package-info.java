/**
 * Sign-in and sign-out: Jakarta Security's form mechanism on the {@code /login} page, with an
 * identity store that asks {@link org.waypoint.security.AccountService} to check credentials.
 */
package org.waypoint.web.security;
