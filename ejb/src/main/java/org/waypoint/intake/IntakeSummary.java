package org.waypoint.intake;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An intake in progress, as the list shows it.
 *
 * @param id the intake's id
 * @param name the client's legal name ("Last, First"), or {@code null} before demographics
 * @param dateOfBirth the date of birth, or {@code null}
 * @param referralDate the referral date, or {@code null}
 * @param startedAt when it was started
 * @param startedBy who started it, by name
 * @param updatedAt when it was last saved
 * @param updatedBy who saved it last, by name
 * @param completeSteps how many of the steps before admission are complete
 */
public record IntakeSummary(
    long id,
    String name,
    LocalDate dateOfBirth,
    LocalDate referralDate,
    Instant startedAt,
    String startedBy,
    Instant updatedAt,
    String updatedBy,
    int completeSteps)
    implements Serializable {

  /**
   * @return how many steps come before admission
   */
  public int totalSteps() {
    return IntakeStep.sections().size();
  }
}
