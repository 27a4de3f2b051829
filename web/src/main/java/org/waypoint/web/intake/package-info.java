/** Intake: registering a new client and the list of referrals still in progress. */
package org.waypoint.web.intake;
