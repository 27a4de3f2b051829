/**
 * The bottom of Waypoint: what every feature shares and nothing else. Roles, the exceptions a
 * service may throw to a screen, the markers the access and audit interceptors read, and the kinds
 * of record on the audit trail; and the service boundary's small tools: {@link
 * org.waypoint.kernel.Refusals} (the one path from Bean Validation's violations and a service's own
 * refusals to an {@link org.waypoint.kernel.InvalidInputException}), {@link
 * org.waypoint.kernel.PageRequest} (one page of a list, clamped) and {@link
 * org.waypoint.kernel.PlainText} (no control characters, refused rather than dropped). It depends
 * on no other Waypoint package.
 */
package org.waypoint.kernel;
