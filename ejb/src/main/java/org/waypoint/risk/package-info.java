/**
 * Risk levels: the rule table ({@link org.waypoint.risk.RiskRules}) with the rising mark, the
 * intake screening's triage, every level a client was given with its reasons in words, and the
 * trend between them.
 */
package org.waypoint.risk;
