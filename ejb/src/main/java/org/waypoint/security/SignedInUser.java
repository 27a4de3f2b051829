package org.waypoint.security;

import java.io.Serializable;
import java.util.Set;
import org.waypoint.kernel.Role;

/**
 * Who passed the password check: kept small and serializable, as it may sit in the HTTP session.
 *
 * @param username the sign-in name
 * @param displayName the name shown on screens
 * @param roles the roles held
 */
public record SignedInUser(String username, String displayName, Set<Role> roles)
    implements Serializable {

  /** Copies the roles so the record stays immutable. */
  public SignedInUser {
    roles = Set.copyOf(roles);
  }
}
