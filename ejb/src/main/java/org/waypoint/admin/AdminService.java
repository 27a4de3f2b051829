package org.waypoint.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.Wording;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Role;
import org.waypoint.kernel.Roles;
import org.waypoint.program.Program;
import org.waypoint.security.PasswordPolicy;
import org.waypoint.security.Passwords;
import org.waypoint.security.StaffUser;

/**
 * Staff accounts, for administrators only. Every change is audited with the account's roles and
 * programs afterwards; refused input changes nothing.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AdminService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private Passwords passwords;

  /**
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return one page of users, by name
   */
  public List<UserSummary> users(int first, int pageSize) {
    return PageRequest.of(first, pageSize)
        .applyTo(
            em.createQuery(
                "select u from StaffUser u order by u.displayName, u.id", StaffUser.class))
        .getResultStream()
        .map(UserSummary::of)
        .toList();
  }

  /**
   * @return how many users there are
   */
  public long countUsers() {
    return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
  }

  /**
   * @param userId a user
   * @return the user
   * @throws InvalidInputException when there is no such user
   */
  public UserSummary user(long userId) {
    return UserSummary.of(find(userId));
  }

  /**
   * Creates an account whose owner must choose a new password at first sign-in.
   *
   * @param form the new account
   * @return the account
   * @throws InvalidInputException with a message per refused field
   */
  @Audited(value = AuditAction.USER_CREATED, recordType = RecordType.USER)
  public UserSummary create(NewUser form) {
    Refusals errors = Refusals.of(validator.validate(form));
    if (form.getUsername() != null
        && !em.createQuery("select u.id from StaffUser u where u.username = :u", Long.class)
            .setParameter("u", form.getUsername())
            .getResultList()
            .isEmpty()) {
      errors.add("username", Wording.text("admin.username.taken"));
    }
    if (form.getPassword() != null) {
      PasswordPolicy.problem(form.getUsername(), form.getPassword())
          .ifPresent(problem -> errors.add("password", problem));
    }
    Set<Program> programs = programs(form.getProgramIds(), errors);
    errors.throwIfAny();
    StaffUser user =
        new StaffUser(
            form.getUsername(),
            form.getDisplayName(),
            passwords.hash(form.getPassword().toCharArray()),
            form.getRoles(),
            false,
            Instant.now());
    user.changeAccess(form.getRoles(), programs);
    user.requirePasswordChange();
    user.setNeedsCoSignature(form.isNeedsCoSignature());
    em.persist(user);
    em.flush();
    return UserSummary.of(user);
  }

  /**
   * @param userId the user
   * @param roles the roles from now on, at least one
   * @param programIds the programs from now on
   * @return the account afterwards
   * @throws InvalidInputException when no role is given, a program does not exist, or an
   *     administrator would remove their own administrator role
   */
  @Audited(value = AuditAction.USER_ACCESS_CHANGED, recordType = RecordType.USER)
  public UserSummary changeAccess(@RecordId long userId, Set<Role> roles, Set<Long> programIds) {
    StaffUser user = find(userId);
    Refusals errors = Refusals.none();
    if (roles == null || roles.isEmpty()) {
      errors.add("roles", Wording.text("admin.roles.required"));
    } else if (isCaller(user) && !roles.contains(Role.ADMIN)) {
      errors.add("roles", Wording.text("admin.roles.ownAdmin"));
    }
    Set<Program> programs = programs(programIds, errors);
    errors.throwIfAny();
    user.changeAccess(roles, programs);
    return UserSummary.of(user);
  }

  /**
   * Changes an account's roles and programs if nobody changed them since the caller's page showed
   * them: two administrators editing one account at once do not overwrite each other unseen.
   *
   * @param userId the user
   * @param seen the account as the caller's page showed it
   * @param roles the roles from now on, at least one
   * @param programIds the programs from now on
   * @return the account afterwards
   * @throws InvalidInputException as {@link #changeAccess(long, Set, Set)}
   * @throws ConflictException when the roles or programs changed since {@code seen}; nothing is
   *     changed
   */
  @Audited(value = AuditAction.USER_ACCESS_CHANGED, recordType = RecordType.USER)
  public UserSummary changeAccess(
      @RecordId long userId, UserSummary seen, Set<Role> roles, Set<Long> programIds) {
    StaffUser locked = em.find(StaffUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
    if (locked == null) {
      throw Refusals.refusal("user", Wording.text("admin.user.notFound"));
    }
    UserSummary now = UserSummary.of(locked);
    if (seen == null
        || !now.roles().equals(seen.roles())
        || !now.programIds().equals(seen.programIds())) {
      throw new ConflictException(Wording.text("admin.access.changedElsewhere"), 0);
    }
    return changeAccess(userId, roles, programIds);
  }

  /**
   * Marks a clinician as needing co-signature (a clinician in training), or no longer: the notes
   * they sign from then on wait for a supervisor of the client's program. Notes signed before keep
   * what they were signed with.
   *
   * @param userId the user
   * @param needed whether their signed notes need a supervisor's co-signature
   * @return the account afterwards
   * @throws InvalidInputException when there is no such user
   */
  @Audited(value = AuditAction.USER_CO_SIGNATURE_CHANGED, recordType = RecordType.USER)
  public UserSummary requireCoSignature(@RecordId long userId, boolean needed) {
    StaffUser user = find(userId);
    user.setNeedsCoSignature(needed);
    return UserSummary.of(user);
  }

  /**
   * @param userId the user
   * @return the account, disabled: it can no longer sign in
   * @throws InvalidInputException when administrators would disable themselves
   */
  @Audited(value = AuditAction.USER_DISABLED, recordType = RecordType.USER)
  public UserSummary disable(@RecordId long userId) {
    StaffUser user = find(userId);
    if (isCaller(user)) {
      throw Refusals.refusal("enabled", Wording.text("admin.enabled.self"));
    }
    user.setEnabled(false);
    return UserSummary.of(user);
  }

  /**
   * @param userId the user
   * @return the account, enabled again
   */
  @Audited(value = AuditAction.USER_ENABLED, recordType = RecordType.USER)
  public UserSummary enable(@RecordId long userId) {
    StaffUser user = find(userId);
    user.setEnabled(true);
    return UserSummary.of(user);
  }

  /**
   * Sets a temporary password, ends any sign-in lock, and makes the owner choose a new password at
   * next sign-in.
   *
   * @param userId the user
   * @param temporary the temporary password
   * @return the account
   * @throws InvalidInputException when the password is refused by {@link PasswordPolicy}
   */
  @Audited(value = AuditAction.PASSWORD_RESET, recordType = RecordType.USER)
  public UserSummary resetPassword(@RecordId long userId, String temporary) {
    StaffUser user = find(userId);
    PasswordPolicy.problem(user.getUsername(), temporary)
        .ifPresent(
            problem -> {
              throw Refusals.refusal("password", problem);
            });
    user.resetPassword(passwords.hash(temporary.toCharArray()));
    return UserSummary.of(user);
  }

  private boolean isCaller(StaffUser user) {
    return user.getUsername().equals(session.getCallerPrincipal().getName());
  }

  private StaffUser find(long userId) {
    StaffUser user = em.find(StaffUser.class, userId);
    if (user == null) {
      throw Refusals.refusal("user", Wording.text("admin.user.notFound"));
    }
    return user;
  }

  private Set<Program> programs(Set<Long> ids, Refusals errors) {
    Set<Program> programs = new HashSet<>();
    for (Long id : ids == null ? Set.<Long>of() : ids) {
      Program program = em.find(Program.class, id);
      if (program == null) {
        errors.add("programIds", Wording.text("admin.programIds.gone"));
      } else {
        programs.add(program);
      }
    }
    return programs;
  }
}
