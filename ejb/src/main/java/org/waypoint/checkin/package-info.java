/**
 * Relapse-risk check-ins: the answers, the level computed by the risk rules with its reasons, the
 * clinician's level when different, the "rising" mark, and when each client's next one is due.
 */
package org.waypoint.checkin;
