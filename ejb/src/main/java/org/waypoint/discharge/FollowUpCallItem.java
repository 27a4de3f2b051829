package org.waypoint.discharge;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.risk.RiskLevel;

/**
 * One follow-up call after a discharge, as lists and the chart show it.
 *
 * @param id the call
 * @param version its version, to record it ({@code recordReached} / {@code recordNotReached})
 * @param clientId its client
 * @param clientName the client as lists name them ({@code Last, First})
 * @param mrn the client's medical record number
 * @param programName the client's program
 * @param clinicianName the client's primary clinician, or {@code null}
 * @param clientPhone the client's phone, or {@code null}
 * @param number its place in the series, from 1
 * @param days days after the discharge date
 * @param due the day it is due
 * @param missed whether it was not recorded by the end of its due date
 * @param outcome how it went, or {@code null} while not recorded
 * @param nextStep the next step recorded, or {@code null}
 * @param recordedBy who recorded it (display name), or {@code null}
 * @param recordedAt when, or {@code null}
 * @param checkInId the phone check-in a reached call recorded, or {@code null}
 * @param level that check-in's risk level, or {@code null}
 */
public record FollowUpCallItem(
    long id,
    long version,
    long clientId,
    String clientName,
    String mrn,
    String programName,
    String clinicianName,
    String clientPhone,
    int number,
    int days,
    LocalDate due,
    boolean missed,
    CallOutcome outcome,
    String nextStep,
    String recordedBy,
    Instant recordedAt,
    Long checkInId,
    RiskLevel level)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * @return whether its outcome is recorded
   */
  public boolean recorded() {
    return outcome != null;
  }

  /**
   * @param today the center's date
   * @return whether it is due today and not recorded
   */
  public boolean dueOn(LocalDate today) {
    return outcome == null && due.equals(today);
  }
}
