/**
 * Discharge: the plan prepared on the chart (date, kind, reason, aftercare appointments and the
 * checklist before approval), a supervisor's approval, the client's status change on the discharge
 * date, the follow-up calls (caring contacts) after it, and the client-facing discharge safety
 * plan.
 */
package org.waypoint.discharge;
