package org.waypoint.checkin;

import java.io.Serializable;

/**
 * One program's active clients by risk level, counted live.
 *
 * @param programId the program
 * @param programName its name
 * @param imminent clients at Imminent
 * @param high at High
 * @param moderate at Moderate
 * @param low at Low
 * @param notAssessed without a level yet
 * @param rising clients the latest check-in marked as rising
 * @param overdue clients whose check-in is overdue
 */
public record ProgramRisk(
    long programId,
    String programName,
    long imminent,
    long high,
    long moderate,
    long low,
    long notAssessed,
    long rising,
    long overdue)
    implements Serializable {

  /**
   * @return every active client of the program
   */
  public long active() {
    return imminent + high + moderate + low + notAssessed;
  }
}
