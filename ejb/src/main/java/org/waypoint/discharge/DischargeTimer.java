package org.waypoint.discharge;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.waypoint.center.CenterSettings;

/**
 * Every hour, discharges the clients whose approved discharge date has come ({@link
 * DueDischarges}); not persistent, and harmless when several nodes run it at once.
 */
@Singleton
public class DischargeTimer {

  private static final Logger LOG = Logger.getLogger(DischargeTimer.class.getName());

  @Inject private DueDischarges due;
  @Inject private CenterSettings center;

  @Schedule(hour = "*", minute = "5", persistent = false)
  void hourly() {
    int discharged = due.apply(LocalDate.now(center.timeZone()), Instant.now());
    if (discharged > 0) {
      LOG.info(() -> discharged + " client(s) discharged on their approved discharge date");
    }
  }
}
