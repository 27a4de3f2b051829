package org.waypoint.kernel;

import jakarta.ejb.ApplicationException;

/**
 * The record asked for does not exist. Subclasses name the kind of record; the audit trail records
 * any of them as "not found", and screens show a "not found" state rather than an error page.
 */
@ApplicationException(rollback = true)
public abstract class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was not found, without client data
   */
  protected NotFoundException(String message) {
    super(message);
  }
}
