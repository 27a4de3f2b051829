package org.waypoint.kernel;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record after the caller read it. Nothing the caller sent was saved; the
 * message says what happened in words for the screen, and the record's version now lets the caller
 * save again once they have looked.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long currentVersion;

  /**
   * @param message what happened, in words for the screen
   * @param currentVersion the record's version now
   */
  public ConflictException(String message, long currentVersion) {
    super(message);
    this.currentVersion = currentVersion;
  }

  /**
   * @return the record's version now
   */
  public long currentVersion() {
    return currentVersion;
  }
}
