/**
 * The SQL floor: for each benchmark action, the statements the application issues for it, run
 * directly over JDBC against the benchmark's database and timed the way Gatling times the action
 * (one at a time, warm-ups, then at least twenty measured). {@link
 * org.waypoint.perf.floor.FloorReport} puts Gatling's figures beside the floor and the issue's
 * targets.
 */
package org.waypoint.perf.floor;
