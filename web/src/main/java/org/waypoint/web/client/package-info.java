/** The client list and the client chart. */
package org.waypoint.web.client;
