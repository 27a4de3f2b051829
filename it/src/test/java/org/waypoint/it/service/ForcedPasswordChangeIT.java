package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.admin.AdminService;
import org.waypoint.admin.NewUser;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;
import org.waypoint.it.service.CoSignFixtures.Account;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.PasswordChangeRequiredException;
import org.waypoint.kernel.Role;
import org.waypoint.note.NoteWorkService;
import org.waypoint.program.ProgramService;
import org.waypoint.security.AccountService;

/**
 * The forced password change holds in the services, not only in the web's filter: once an
 * administrator sets a temporary password, every service call by that user is refused with {@link
 * PasswordChangeRequiredException} (and audited as refused) until they choose their own, except
 * reading their own account and changing the password; afterwards the same calls work. Other users,
 * and calls with no user behind them, are not affected.
 */
@ExtendWith(ArquillianExtension.class)
class ForcedPasswordChangeIT {

  private static final String RESET = "Kestrel above the quarry 31";
  private static final String OWN = "Willow by the north gate 58";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        ForcedPasswordChangeIT.class,
        Staff.class,
        TestClients.class,
        CoSignFixtures.class,
        CoSignFixtures.Account.class,
        AuditProbe.class);
  }

  private static AccountService accounts() {
    return Services.ejb(AccountService.class);
  }

  private static AuditProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/AuditProbe!" + AuditProbe.class.getName(),
        AuditProbe.class);
  }

  private static long userId(String username) throws Exception {
    AdminService admin = Services.ejb(AdminService.class);
    return Staff.ADMIN.call(
        () ->
            CoSignFixtures.all(admin.countUsers(), admin::users).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id());
  }

  /** The ordinary calls a clinician makes, by name; each must be refused or work as a whole. */
  private static Map<String, Service> ordinaryCalls(long client) {
    ClientService clients = Services.ejb(ClientService.class);
    return Map.of(
        "ClientService.search",
        () -> clients.search(ClientQuery.all(), 0, 10),
        "ClientService.profile (a @ClientRecord, @Audited)",
        () -> clients.profile(client),
        "ProgramService.programs",
        () -> Services.ejb(ProgramService.class).programs(),
        "NoteWorkService.myDrafts",
        () -> Services.ejb(NoteWorkService.class).countMyDrafts());
  }

  /** A service call to try. */
  interface Service {
    Object call() throws Exception;
  }

  @Test
  void aResetPasswordHoldsTheServicesUntilTheUserChoosesTheirOwn() throws Exception {
    Account user = CoSignFixtures.account(Role.CLINICIAN, "Residential", false);
    long client = TestClients.newResidentialClient("Forcedpw");
    // Dana's client; the new clinician of Residential reaches it through the program
    Map<String, Service> calls = ordinaryCalls(client);
    for (Service call : calls.values()) {
      user.call(call::call); // works before the reset
    }

    // the administrator sets a temporary password while the user is signed in
    Staff.ADMIN.call(
        () -> Services.ejb(AdminService.class).resetPassword(userId(user.username()), RESET));

    int refused = 0;
    for (Map.Entry<String, Service> call : calls.entrySet()) {
      PasswordChangeRequiredException e =
          assertThrows(
              PasswordChangeRequiredException.class,
              () -> user.call(call.getValue()::call),
              call.getKey() + " is refused while the password must change");
      assertTrue(e.getMessage().contains("password change required"), e.getMessage());
      refused++;
    }
    System.out.printf(
        "forced password change: %d of %d service calls refused%n", refused, calls.size());

    // the refusal is on the audit trail, with the client it was about
    AuditProbe.Row denied = probe().newestForUser(user.username());
    assertEquals("DENIED", denied.outcome());
    assertTrue(denied.detail().startsWith("password change required: "), denied.detail());
    AuditProbe.Row aboutClient = probe().newestForClient(client);
    assertEquals(user.username(), aboutClient.username());
    assertEquals("CLIENT_VIEW", aboutClient.action());
    assertEquals("DENIED", aboutClient.outcome());
    assertEquals("password change required: ClientService.profile", aboutClient.detail());

    // what the password page needs still works
    assertTrue(user.call(() -> accounts().describe(user.username())).isPresent());
    assertTrue(user.call(() -> accounts().mustChangePassword(user.username())));
    // other users, and calls with no user behind them, are not held
    assertFalse(
        Staff.CLINICIAN
            .call(() -> Services.ejb(ClientService.class).search(ClientQuery.all(), 0, 10))
            .isEmpty());
    assertTrue(accounts().verify(user.username(), RESET.toCharArray()).isPresent());

    user.call(() -> accounts().changePassword(RESET.toCharArray(), OWN));

    assertFalse(accounts().mustChangePassword(user.username()));
    for (Map.Entry<String, Service> call : calls.entrySet()) {
      user.call(call.getValue()::call); // throws if still refused
    }
    assertEquals("SUCCESS", probe().newestForClient(client).outcome());
    assertEquals(user.username(), probe().newestForClient(client).username());
  }

  @Test
  void aNewAccountIsHeldUntilItsFirstPasswordChange() throws Exception {
    NewUser form = new NewUser();
    form.setUsername(TestNames.uniqueLastName("staff").toLowerCase());
    form.setDisplayName("Fresh Account");
    form.setRoles(EnumSet.of(Role.INTAKE));
    form.setPassword(RESET);
    Staff.ADMIN.call(() -> Services.ejb(AdminService.class).create(form));
    Account user = new Account(form.getUsername(), "Fresh Account", "INTAKE");

    assertThrows(
        PasswordChangeRequiredException.class,
        () -> user.call(() -> Services.ejb(ProgramService.class).programs()));
    user.call(() -> accounts().changePassword(RESET.toCharArray(), OWN));
    assertFalse(user.call(() -> Services.ejb(ProgramService.class).programs()).isEmpty());
  }
}
