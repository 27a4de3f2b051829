package org.waypoint.kernel;

import jakarta.ejb.ApplicationException;

/**
 * The signed-in user may not see or change what they asked for. The message is safe to show: it
 * never contains the client's data.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was refused, without client data
   */
  public AccessDeniedException(String message) {
    super(message);
  }
}
