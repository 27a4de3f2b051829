/** The safety-plan editor, used with the client during a session. */
package org.waypoint.web.safetyplan;
