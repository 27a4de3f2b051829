package org.waypoint.followup;

import jakarta.ejb.ApplicationException;

/** Someone else settled the alert or task first; the message says who and when. */
@ApplicationException(rollback = true)
public class FollowUpConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what happened, for the user
   */
  public FollowUpConflictException(String message) {
    super(message);
  }
}
