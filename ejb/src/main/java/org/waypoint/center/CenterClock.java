package org.waypoint.center;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation judges "past" and "future" by: the center's time zone, so a date of
 * birth typed at 7 p.m. in Chicago is checked against Chicago's date, not the server's UTC one.
 * Named in {@code META-INF/validation.xml}.
 */
public class CenterClock implements ClockProvider {

  @Override
  public Clock getClock() {
    return Clock.system(new CenterSettings().timeZone());
  }
}
