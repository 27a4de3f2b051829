package org.waypoint.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.waypoint.audit.RecordReference;
import org.waypoint.kernel.Role;
import org.waypoint.program.Program;
import org.waypoint.security.StaffUser;

/**
 * A staff account as the administration screen shows it.
 *
 * @param id the user's id
 * @param username the sign-in name
 * @param displayName the name other staff see
 * @param roles the roles
 * @param programIds the programs assigned
 * @param programNames their names, sorted
 * @param enabled whether the user may sign in
 * @param lockedUntil the end of a sign-in lock, or {@code null}
 * @param mustChangePassword whether the user must choose a new password at next sign-in
 * @param needsCoSignature whether the notes the user signs wait for a supervisor's co-signature
 */
public record UserSummary(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    Set<Long> programIds,
    List<String> programNames,
    boolean enabled,
    Instant lockedUntil,
    boolean mustChangePassword,
    boolean needsCoSignature)
    implements Serializable, RecordReference {

  static UserSummary of(StaffUser u) {
    return new UserSummary(
        u.getId(),
        u.getUsername(),
        u.getDisplayName(),
        new TreeSet<>(u.getRoles()),
        new TreeSet<>(u.getPrograms().stream().map(Program::getId).toList()),
        u.getPrograms().stream().map(Program::getName).sorted().toList(),
        u.isEnabled(),
        u.getLockedUntil(),
        u.isMustChangePassword(),
        u.isNeedsCoSignature());
  }

  @Override
  public long recordId() {
    return id;
  }

  @Override
  public String auditDetail() {
    return username
        + ": roles "
        + roles
        + ", programs "
        + programNames
        + (enabled ? "" : ", disabled")
        + (needsCoSignature ? ", needs co-signature" : "");
  }
}
