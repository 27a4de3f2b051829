package org.waypoint.kernel;

import jakarta.ejb.ApplicationException;

/**
 * The caller signed in with a password an administrator set (a new account's first, or a reset), or
 * an administrator has reset it since, and must choose their own before the services do anything
 * else for them. Screens answer it by sending the user to the password page. The message names the
 * refused operation, for the log; it is not shown to users.
 */
@ApplicationException(rollback = true)
public class PasswordChangeRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param operation the refused service operation, e.g. {@code ClientService.search}
   */
  public PasswordChangeRequiredException(String operation) {
    super("password change required before " + operation);
  }
}
