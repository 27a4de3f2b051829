/** What several screens share: turning service refusals into messages next to fields. */
package org.waypoint.web.support;
