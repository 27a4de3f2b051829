package org.waypoint.intake;

import jakarta.ejb.ApplicationException;
import org.waypoint.kernel.NotFoundException;

/** No intake has the id asked for. */
@ApplicationException(rollback = true)
public class IntakeNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * @param id the id asked for
   */
  public IntakeNotFoundException(long id) {
    super("No intake " + id);
  }
}
