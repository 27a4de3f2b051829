/** Waypoint's screens: Faces view beans, one per use case, each calling one service. */
package org.waypoint.web;
