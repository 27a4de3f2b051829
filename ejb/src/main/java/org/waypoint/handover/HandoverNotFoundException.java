package org.waypoint.handover;

import org.waypoint.kernel.NotFoundException;

/** There is no handover with the id asked for. */
public class HandoverNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * @param handoverId the id asked for
   */
  public HandoverNotFoundException(long handoverId) {
    super("No handover " + handoverId);
  }
}
