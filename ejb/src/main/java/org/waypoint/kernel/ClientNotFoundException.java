package org.waypoint.kernel;

import jakarta.ejb.ApplicationException;

/** No client has the id asked for. */
@ApplicationException(rollback = true)
public class ClientNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /**
   * @param id the id asked for
   */
  public ClientNotFoundException(long id) {
    super("No client has the number " + id);
  }
}
