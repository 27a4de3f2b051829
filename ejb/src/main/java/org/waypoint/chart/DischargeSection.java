package org.waypoint.chart;

import java.io.Serializable;
import org.waypoint.discharge.DischargeDetail;

/**
 * The chart's Discharge section (care team): the client's open discharge, else their last one, with
 * its checklist, appointments and follow-up calls.
 *
 * @param discharge the discharge; {@link DischargeDetail#exists()} is {@code false} when none has
 *     been started
 */
public record DischargeSection(DischargeDetail discharge) implements Serializable {
  private static final long serialVersionUID = 1L;
}
