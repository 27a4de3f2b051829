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
import org.waypoint.it.support.TestAccounts;
import org.waypoint.kernel.Role;
import org.waypoint.security.AccountService;
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
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
    TestAccounts testAccounts =
        Services.lookup(
            "java:global/waypoint/waypoint-it/TestAccounts!" + TestAccounts.class.getName(),
            TestAccounts.class);
    String username = testAccounts.create("correct horse battery", Role.CLINICIAN);
    assertTrue(accounts().verify(username, "correct horse battery".toCharArray()).isPresent());

    for (int i = 1; i <= 4; i++) {
      assertTrue(accounts().verify(username, "wrong".toCharArray()).isEmpty());
      assertEquals(i, testAccounts.failedSignIns(username));
    }
    assertTrue(accounts().verify(username, "wrong".toCharArray()).isEmpty());

    assertTrue(
        accounts().verify(username, "correct horse battery".toCharArray()).isEmpty(),
        "locked: the right password is refused too");
  }

  @Test
  void aRightPasswordStartsTheCountAgain() {
    TestAccounts testAccounts =
        Services.lookup(
            "java:global/waypoint/waypoint-it/TestAccounts!" + TestAccounts.class.getName(),
            TestAccounts.class);
    String username = testAccounts.create("correct horse battery", Role.INTAKE);
    for (int i = 1; i <= 4; i++) {
      accounts().verify(username, "wrong".toCharArray());
    }

    assertTrue(accounts().verify(username, "correct horse battery".toCharArray()).isPresent());
    assertEquals(0, testAccounts.failedSignIns(username));
    assertTrue(accounts().verify(username, "wrong".toCharArray()).isEmpty());
    assertTrue(accounts().verify(username, "correct horse battery".toCharArray()).isPresent());
  }

  @Test
  void anUnknownUserIsRefused() {
    assertTrue(accounts().verify("nobody", "waypoint-demo".toCharArray()).isEmpty());
    assertTrue(accounts().verify("", "".toCharArray()).isEmpty());
  }
}
