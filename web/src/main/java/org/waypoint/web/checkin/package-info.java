/** The check-in form, and the chart's check-in section with its trend chart and follow-up. */
package org.waypoint.web.checkin;
