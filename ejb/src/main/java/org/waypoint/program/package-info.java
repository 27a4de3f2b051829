/**
 * Programs (units at one level of care: Residential, Partial Hospitalization, Intensive Outpatient,
 * Outpatient) that clients are admitted to and staff are assigned to.
 */
package org.waypoint.program;
