/** The audit screen and its CSV export, for supervisors and administrators. */
package org.waypoint.web.audit;
