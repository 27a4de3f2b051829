/** The center's own settings (name, time zone, crisis line, demo mode), read from configuration. */
package org.waypoint.center;
