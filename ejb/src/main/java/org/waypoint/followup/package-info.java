/**
 * What a High or Imminent check-in sets going: alerts to the program's supervisors until one
 * acknowledges, and safety-plan review tasks for the clinician until a version is saved.
 */
package org.waypoint.followup;
