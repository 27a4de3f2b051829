package org.waypoint.security;

import java.io.Serializable;
import org.waypoint.audit.RecordReference;

/**
 * A password change, as the audit trail records it.
 *
 * @param userId the account
 * @param username its username
 */
public record PasswordChanged(long userId, String username)
    implements Serializable, RecordReference {

  @Override
  public long recordId() {
    return userId;
  }

  @Override
  public String auditDetail() {
    return username + " chose a new password";
  }
}
