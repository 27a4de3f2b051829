/**
 * Precautions on a client: observation level, sharps restriction, others in words; with history.
 */
package org.waypoint.precaution;
