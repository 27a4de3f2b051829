/**
 * Safety plans: the seven parts in the client's own words, saved as immutable versions, compared
 * entry by entry, and merged when two staff revise the same plan at once.
 */
package org.waypoint.safetyplan;
