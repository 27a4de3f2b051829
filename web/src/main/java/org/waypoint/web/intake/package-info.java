/** Intake: the intakes in progress, and the step-by-step intake form. */
package org.waypoint.web.intake;
