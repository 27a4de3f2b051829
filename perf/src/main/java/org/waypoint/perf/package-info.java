/** Waypoint at scale: the seeded data generator, the SQL floor and the benchmark's report. */
package org.waypoint.perf;
