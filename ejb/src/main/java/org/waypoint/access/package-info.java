/**
 * Who may reach which client: ordinary access by role, program assignment and caseload, and
 * emergency access with a reason, a time limit and a supervisor's review. One interceptor applies
 * it to every single-client call; the same rules filter every client query.
 */
package org.waypoint.access;
