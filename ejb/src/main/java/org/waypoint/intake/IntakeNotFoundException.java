package org.waypoint.intake;

import jakarta.ejb.ApplicationException;

/** No intake has the id asked for. */
@ApplicationException(rollback = true)
public class IntakeNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param id the id asked for
   */
  public IntakeNotFoundException(long id) {
    super("No intake " + id);
  }
}
