/**
 * The client registry: registering a client (with a generated MRN), finding clients, and each
 * client's profile. Who may see which client is decided here, in the service, not on screens.
 */
package org.waypoint.client;
