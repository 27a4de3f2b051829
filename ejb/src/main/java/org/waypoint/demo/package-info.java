/**
 * Demo mode: a small, deterministic demo center (three programs, thirty clients, the demo
 * accounts), loaded into an empty database when the server starts with {@code waypoint.demo=true}.
 */
package org.waypoint.demo;
