/**
 * Risk levels: the intake screening's triage, every level a client was given with its reasons in
 * words, and the trend between them.
 */
package org.waypoint.risk;
