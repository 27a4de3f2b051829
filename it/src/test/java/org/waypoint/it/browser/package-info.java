/** Browser tests: staff workflows driven in Debian's Chromium against the deployed EAR. */
package org.waypoint.it.browser;
