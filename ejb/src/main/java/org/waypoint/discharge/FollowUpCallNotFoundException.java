package org.waypoint.discharge;

import org.waypoint.kernel.NotFoundException;

/** The client has no follow-up call of that id. */
public class FollowUpCallNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * @param callId the call asked for
   */
  public FollowUpCallNotFoundException(long callId) {
    super("No such follow-up call for this client: " + callId);
  }
}
