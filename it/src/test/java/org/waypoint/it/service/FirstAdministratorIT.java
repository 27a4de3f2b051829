package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.admin.FirstAdministratorSetup;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.security.AccountService;

/**
 * The first administrator is made only for an empty database, and only with a strong password. (The
 * test server runs in demo mode, so its database is never empty: the creation itself is the same
 * code as an administrator's account creation.)
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(FirstAdministratorIT.class);
  }

  private static FirstAdministratorSetup setup() {
    return Services.ejb(FirstAdministratorSetup.class);
  }

  @Test
  void withAccountsPresentNothingIsCreatedOrChanged() {
    assertTrue(setup().anyUsers());
    assertFalse(setup().createIfNoUsers("a long enough first password"));
    assertTrue(
        Services.ejb(AccountService.class)
            .verify("admin", "waypoint-demo".toCharArray())
            .isPresent(),
        "the existing admin keeps their password");
  }

  @Test
  void aWeakPasswordIsRefusedWhateverTheDatabase() {
    EJBException refused =
        assertThrows(EJBException.class, () -> setup().createIfNoUsers("admin12345678"));
    assertTrue(
        refused.getCause() instanceof IllegalArgumentException, String.valueOf(refused.getCause()));
  }
}
