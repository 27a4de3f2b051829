/**
 * Shift handover (I-PASS) for one program and the shift that is starting: the live contents read
 * from the program's records, given once by a staff member of the program as a snapshot that never
 * changes, acknowledged by another with an optional synthesis line; history per program and late
 * handovers for supervisors.
 */
package org.waypoint.handover;
