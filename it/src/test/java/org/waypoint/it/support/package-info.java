/** What the integration tests share: deployments of the real EAR, the caller switch, lookups. */
package org.waypoint.it.support;
