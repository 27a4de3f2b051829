package org.waypoint.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.waypoint.kernel.Role;
import org.waypoint.program.Program;

/** A member of staff who signs in to Waypoint. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "demo_account", nullable = false)
  private boolean demoAccount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /** A clinician in training: their signed notes wait for a supervisor's co-signature. */
  @Column(name = "needs_co_signature", nullable = false)
  private boolean needsCoSignature;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "user_program",
      joinColumns = @JoinColumn(name = "user_id"),
      inverseJoinColumns = @JoinColumn(name = "program_id"))
  private Set<Program> programs = new HashSet<>();

  @Version private long version;

  protected StaffUser() {}

  /**
   * @param username the sign-in name
   * @param displayName the name shown to other staff
   * @param passwordHash the PBKDF2 hash of the password, never the password
   * @param roles at least one role
   * @param demoAccount whether the account exists only for demo mode
   * @param createdAt when the account was made
   */
  public StaffUser(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      boolean demoAccount,
      Instant createdAt) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs at least one role");
    }
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = EnumSet.copyOf(roles);
    this.demoAccount = demoAccount;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.enabled = true;
  }

  /**
   * Assigns the user to a program.
   *
   * @param program the program
   */
  public void assignTo(Program program) {
    programs.add(program);
  }

  /**
   * Records the outcome of a failed sign-in.
   *
   * @param outcome the failures in a row and the lock, if any
   */
  public void failedSignIn(SignInThrottle.Outcome outcome) {
    this.failedSignIns = outcome.failures();
    if (outcome.lockedUntil() != null) {
      this.lockedUntil = outcome.lockedUntil();
    }
  }

  /**
   * @param roles the user's roles from now on, at least one
   * @param programs the programs the user is assigned to from now on
   */
  public void changeAccess(Set<Role> roles, Set<Program> programs) {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs at least one role");
    }
    this.roles.clear();
    this.roles.addAll(roles);
    this.programs.clear();
    this.programs.addAll(programs);
  }

  /**
   * @param enabled whether the user may sign in
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Sets a password chosen by an administrator, which its owner must change at next sign-in.
   *
   * @param hash the new password's hash
   */
  public void resetPassword(String hash) {
    this.passwordHash = hash;
    this.mustChangePassword = true;
    signedIn();
  }

  /** Makes the owner choose a new password at next sign-in, e.g. for a new account's first. */
  public void requirePasswordChange() {
    this.mustChangePassword = true;
  }

  /**
   * Sets a password chosen by its owner.
   *
   * @param hash the new password's hash
   */
  public void changePassword(String hash) {
    this.passwordHash = hash;
    this.mustChangePassword = false;
  }

  /**
   * @param needed whether this clinician's signed notes need a supervisor's co-signature
   */
  public void setNeedsCoSignature(boolean needed) {
    this.needsCoSignature = needed;
  }

  /**
   * @return whether this clinician's signed notes need a supervisor's co-signature
   */
  public boolean isNeedsCoSignature() {
    return needsCoSignature;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  /** Starts the count of failed sign-ins again after a successful one. */
  public void signedIn() {
    this.failedSignIns = 0;
    this.lockedUntil = null;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isDemoAccount() {
    return demoAccount;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public Set<Program> getPrograms() {
    return Set.copyOf(programs);
  }
}
