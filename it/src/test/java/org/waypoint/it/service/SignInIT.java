package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.security.AccountService;
import org.waypoint.security.Role;
import org.waypoint.security.SignedInUser;

/** The credential check behind the sign-in page. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(SignInIT.class);
  }

  private static AccountService accounts() {
    return Services.ejb(AccountService.class);
  }

  @Test
  void aDemoAccountSignsInWithItsRoles() {
    SignedInUser user =
        accounts().verify("supervisor", "waypoint-demo".toCharArray()).orElseThrow();

    assertEquals("Renée Park", user.displayName());
    assertEquals(Set.of(Role.SUPERVISOR), user.roles());
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertTrue(accounts().verify("supervisor", "waypoint-dem0".toCharArray()).isEmpty());
  }

  @Test
  void anUnknownUserIsRefused() {
    assertTrue(accounts().verify("nobody", "waypoint-demo".toCharArray()).isEmpty());
    assertTrue(accounts().verify("", "".toCharArray()).isEmpty());
  }
}
