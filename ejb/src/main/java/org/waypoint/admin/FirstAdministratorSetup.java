package org.waypoint.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditEntry;
import org.waypoint.audit.AuditOutcome;
import org.waypoint.audit.AuditTrail;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Role;
import org.waypoint.security.PasswordPolicy;
import org.waypoint.security.Passwords;
import org.waypoint.security.StaffUser;

/** Creates the first administrator of an empty database; does nothing once any account exists. */
@Stateless
@PermitAll
public class FirstAdministratorSetup {

  /** The first administrator's username. */
  public static final String USERNAME = "admin";

  @PersistenceContext private EntityManager em;
  @Inject private Passwords passwords;
  @EJB private AuditTrail trail;

  /**
   * @return whether any staff account exists
   */
  public boolean anyUsers() {
    return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult() > 0;
  }

  /**
   * @param password the first administrator's password, checked by {@link PasswordPolicy}
   * @return whether the administrator was created now (false when accounts already exist)
   * @throws IllegalArgumentException when the password is refused
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean createIfNoUsers(String password) {
    PasswordPolicy.problem(USERNAME, password)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("WAYPOINT_ADMIN_PASSWORD is refused: " + problem);
            });
    if (anyUsers()) {
      return false;
    }
    StaffUser admin =
        new StaffUser(
            USERNAME,
            "Administrator",
            passwords.hash(password.toCharArray()),
            EnumSet.of(Role.ADMIN),
            false,
            Instant.now());
    admin.requirePasswordChange();
    em.persist(admin);
    em.flush();
    trail.record(
        new AuditEntry(
            AuditAction.USER_CREATED,
            AuditOutcome.SUCCESS,
            null,
            RecordType.USER.stored(),
            admin.getId().toString(),
            USERNAME + ": first administrator, from WAYPOINT_ADMIN_PASSWORD"));
    return true;
  }
}
