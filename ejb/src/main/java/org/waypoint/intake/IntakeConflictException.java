package org.waypoint.intake;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved or closed the intake after the caller opened it. Nothing the caller sent was
 * saved; the message says who and when, so the caller can look before saving again.
 */
@ApplicationException(rollback = true)
public class IntakeConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  /**
   * @param message what happened, in words for the screen
   * @param currentVersion the intake's version now, to save against after the user has looked
   */
  public IntakeConflictException(String message, long currentVersion) {
    super(message);
    this.currentVersion = currentVersion;
  }

  /**
   * @return the intake's version now
   */
  public long currentVersion() {
    return currentVersion;
  }
}
