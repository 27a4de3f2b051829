/** PDF reports served over HTTP as {@code application/pdf}, printed from the screens. */
package org.waypoint.web.report;
