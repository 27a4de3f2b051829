/** The signed-in user's dashboard, by role. */
package org.waypoint.web.dashboard;
