/**
 * Staff accounts, roles and the checks of who may see which client. Passwords are stored only as
 * PBKDF2 hashes; demo accounts work only in demo mode.
 */
package org.waypoint.security;
