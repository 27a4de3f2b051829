/**
 * The bottom of Waypoint: what every feature shares and nothing else. Roles, the exceptions a
 * service may throw to a screen, the markers the access and audit interceptors read, and the kinds
 * of record on the audit trail. It depends on no other Waypoint package.
 */
package org.waypoint.kernel;
