package org.waypoint.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import org.waypoint.kernel.Role;
import org.waypoint.security.Passwords;
import org.waypoint.security.StaffUser;

/** Makes throwaway staff accounts, so a test that locks an account locks nobody else's. */
@Stateless
@PermitAll
public class TestAccounts {

  @PersistenceContext(unitName = "waypoint")
  private EntityManager em;

  @Inject private Passwords passwords;

  /**
   * @param password the new account's password
   * @param role its role
   * @return the new account's username
   */
  public String create(String password, Role role) {
    String username = TestNames.uniqueLastName("user").toLowerCase();
    em.persist(
        new StaffUser(
            username,
            "Test " + username,
            passwords.hash(password.toCharArray()),
            EnumSet.of(role),
            false,
            Instant.now()));
    return username;
  }

  /**
   * @param username an account
   * @return its failed sign-ins in a row, as stored
   */
  public int failedSignIns(String username) {
    return em.createQuery(
            "select u.failedSignIns from StaffUser u where u.username = :u", Integer.class)
        .setParameter("u", username)
        .getSingleResult();
  }
}
