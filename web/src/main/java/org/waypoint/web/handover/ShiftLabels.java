package org.waypoint.web.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Shift;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/**
 * How screens write a shift: {@code #{shiftLabels.of(shift)}}, e.g. "11/30/2026, 3:00 PM to 11:00
 * PM", dates and times through {@link Shown}.
 */
@Named
@ApplicationScoped
public class ShiftLabels {

  @Inject private CenterSettings center;
  @Inject private Shown shown;

  /**
   * @param shift a shift
   * @return its day, start and end, in the center's time zone
   */
  public String of(Shift shift) {
    ZoneId zone = center.timeZone();
    return Text.of(
        "handover.shift.label",
        shown.date(shift.date()),
        shown.clock(shift.startsAt(zone)),
        shown.clock(shift.endsAt(zone)));
  }
}
