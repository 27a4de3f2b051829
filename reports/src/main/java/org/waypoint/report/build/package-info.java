/** Build-time tooling: compiles the report layouts so nothing is compiled inside the server. */
package org.waypoint.report.build;
