package org.waypoint.discharge;

import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;

/**
 * Discharges the clients whose approved discharge date has come: an update of the clients still
 * active with an approved discharge planned for that day or earlier, so it is safe to run again and
 * on several nodes at once. Runs in the caller's transaction.
 */
@Dependent
public class DueDischarges {

  /**
   * @param today the center's date
   * @return how many clients it discharged
   */
  public int apply(LocalDate today) {
    throw new UnsupportedOperationException();
  }
}
