package org.waypoint.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditEntry;
import org.waypoint.audit.AuditOutcome;
import org.waypoint.audit.AuditTrail;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.kernel.AllowedBeforePasswordChange;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Role;
import org.waypoint.kernel.Roles;

/** Checks staff credentials for the sign-in page's identity store; every attempt is audited. */
@Stateless
@PermitAll
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Inject private Passwords passwords;
  @Inject private CenterSettings center;
  @Resource private SessionContext session;
  @EJB private AuditTrail trail;

  /**
   * Verifies a username and password, in a transaction of its own so a failure is counted even
   * though the sign-in is refused. Refuses, without saying why, an unknown user, a wrong password,
   * a disabled account, a demo account outside demo mode, and an account locked by {@link
   * SignInThrottle} (even with the right password).
   *
   * @param username the typed username
   * @param password the typed password
   * @return the signed-in user, or empty when the credentials are refused
   */
  @AllowedBeforePasswordChange
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<SignedInUser> verify(String username, char[] password) {
    StaffUser user = find(username).orElse(null);
    if (user != null) {
      em.lock(user, LockModeType.PESSIMISTIC_WRITE); // concurrent attempts count one by one
    }
    // an unknown user is checked against a decoy hash, so timing does not tell who exists
    boolean match = passwords.verify(password, user == null ? null : user.getPasswordHash());
    if (user == null) {
      return refused(username, "no such account");
    }
    SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());
    if (throttle.isLocked(user.getLockedUntil())) {
      return refused(username, "account locked after repeated failed sign-ins");
    }
    if (!match) {
      SignInThrottle.Outcome outcome = throttle.afterFailure(user.getFailedSignIns());
      user.failedSignIn(outcome);
      return refused(
          username,
          outcome.lockedUntil() == null
              ? "wrong password"
              : "wrong password; account locked for "
                  + SignInThrottle.LOCK.toMinutes()
                  + " minutes");
    }
    if (!user.isEnabled()) {
      return refused(username, "account disabled");
    }
    if (user.isDemoAccount() && !center.demoMode()) {
      return refused(username, "demo account outside demo mode");
    }
    if (user.getFailedSignIns() > 0 || user.getLockedUntil() != null) {
      user.signedIn();
    }
    SignedInUser signedIn =
        new SignedInUser(user.getUsername(), user.getDisplayName(), user.getRoles());
    trail.recordAccountEvent(
        user.getUsername(),
        signedIn.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
        new AuditEntry(AuditAction.SIGN_IN, AuditOutcome.SUCCESS, null, null, null, null));
    return Optional.of(signedIn);
  }

  /**
   * The caller changes their own password.
   *
   * @param current the password in use, to show it is really them
   * @param chosen the new password
   * @return the caller's account, for the audit trail
   * @throws org.waypoint.kernel.InvalidInputException when the current password is wrong or the new
   *     one is refused by {@link PasswordPolicy}; nothing changes
   */
  @AllowedBeforePasswordChange
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR, Roles.ADMIN})
  @Audited(value = AuditAction.PASSWORD_CHANGED, recordType = RecordType.USER)
  public PasswordChanged changePassword(char[] current, String chosen) {
    StaffUser user = find(session.getCallerPrincipal().getName()).orElseThrow();
    if (!passwords.verify(current, user.getPasswordHash())) {
      throw Refusals.refusal("currentPassword", Wording.text("security.currentPassword.wrong"));
    }
    Optional<String> problem = PasswordPolicy.problem(user.getUsername(), chosen);
    if (problem.isPresent()) {
      throw Refusals.refusal("newPassword", problem.get());
    }
    if (passwords.verify(chosen.toCharArray(), user.getPasswordHash())) {
      throw Refusals.refusal("newPassword", Wording.text("security.newPassword.same"));
    }
    user.changePassword(passwords.hash(chosen.toCharArray()));
    return new PasswordChanged(user.getId(), user.getUsername());
  }

  /**
   * @param username a username
   * @return whether the account must choose a new password before doing anything else
   */
  @AllowedBeforePasswordChange
  public boolean mustChangePassword(String username) {
    return find(username).map(StaffUser::isMustChangePassword).orElse(false);
  }

  /** Puts the caller's sign-out on the audit trail, before the session ends. */
  @AllowedBeforePasswordChange
  public void signingOut() {
    trail.record(
        new AuditEntry(AuditAction.SIGN_OUT, AuditOutcome.SUCCESS, null, null, null, null));
  }

  private Optional<SignedInUser> refused(String username, String why) {
    trail.recordAccountEvent(
        username,
        "",
        new AuditEntry(AuditAction.SIGN_IN, AuditOutcome.DENIED, null, null, null, why));
    return Optional.empty();
  }

  /**
   * @param username a username
   * @return the user's name and roles, when the account exists and is enabled
   */
  @AllowedBeforePasswordChange
  public Optional<SignedInUser> describe(String username) {
    return find(username)
        .filter(StaffUser::isEnabled)
        .map(u -> new SignedInUser(u.getUsername(), u.getDisplayName(), u.getRoles()));
  }

  private Optional<StaffUser> find(String username) {
    if (username == null || username.isBlank() || username.length() > 60) {
      return Optional.empty();
    }
    return em
        .createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
        .setParameter("u", username.strip())
        .getResultList()
        .stream()
        .findFirst();
  }
}
