package org.waypoint.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.waypoint.center.CenterSettings;

/** Checks staff credentials for the sign-in page's identity store. */
@Stateless
@PermitAll
public class AccountService {

  @PersistenceContext private EntityManager em;
  @Inject private Passwords passwords;
  @Inject private CenterSettings center;

  /**
   * Verifies a username and password. Refuses, without saying why, an unknown user, a wrong
   * password, a disabled account, and a demo account outside demo mode.
   *
   * @param username the typed username
   * @param password the typed password
   * @return the signed-in user, or empty when the credentials are refused
   */
  public Optional<SignedInUser> verify(String username, char[] password) {
    StaffUser user = find(username).orElse(null);
    boolean match = passwords.verify(password, user == null ? null : user.getPasswordHash());
    if (!match || !user.isEnabled() || (user.isDemoAccount() && !center.demoMode())) {
      return Optional.empty();
    }
    return Optional.of(
        new SignedInUser(user.getUsername(), user.getDisplayName(), user.getRoles()));
  }

  /**
   * @param username a username
   * @return the user's name and roles, when the account exists and is enabled
   */
  public Optional<SignedInUser> describe(String username) {
    return find(username)
        .filter(StaffUser::isEnabled)
        .map(u -> new SignedInUser(u.getUsername(), u.getDisplayName(), u.getRoles()));
  }

  private Optional<StaffUser> find(String username) {
    if (username == null || username.isBlank() || username.length() > 60) {
      return Optional.empty();
    }
    return em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
        .setParameter("u", username.strip())
        .getResultStream()
        .findFirst();
  }
}
