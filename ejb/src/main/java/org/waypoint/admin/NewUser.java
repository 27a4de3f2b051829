package org.waypoint.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.Role;

/** What an administrator types to create a staff account. */
public class NewUser implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{admin.username.required}")
  @Pattern(regexp = "^[a-z][a-z0-9._-]{2,59}$", message = "{admin.username.pattern}")
  private String username;

  @NotBlank(message = "{admin.displayName.required}")
  @Size(max = 120, message = "{common.size.max}")
  @PlainText
  private String displayName;

  @NotEmpty(message = "{admin.roles.required}")
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  private Set<Long> programIds = new HashSet<>();

  @NotBlank(message = "{admin.password.required}")
  private String password;

  private boolean needsCoSignature;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = PlainText.Validator.asTyped(displayName);
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
  }

  public Set<Long> getProgramIds() {
    return programIds;
  }

  public void setProgramIds(Set<Long> programIds) {
    this.programIds = programIds == null ? new HashSet<>() : programIds;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * @return whether the notes the new user signs wait for a supervisor's co-signature
   */
  public boolean isNeedsCoSignature() {
    return needsCoSignature;
  }

  /**
   * @param needsCoSignature whether the new user is a clinician in training
   */
  public void setNeedsCoSignature(boolean needsCoSignature) {
    this.needsCoSignature = needsCoSignature;
  }
}
