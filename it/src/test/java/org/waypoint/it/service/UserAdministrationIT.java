package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.admin.AdminService;
import org.waypoint.admin.NewUser;
import org.waypoint.admin.UserSummary;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Role;
import org.waypoint.security.AccountService;

/** Administrators manage staff accounts; every change is audited and takes effect at once. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

  private static final String TEMPORARY = "blue heron at the lake";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(UserAdministrationIT.class, Staff.class, AuditProbe.class);
  }

  private static AdminService admin() {
    return Services.ejb(AdminService.class);
  }

  private static AccountService accounts() {
    return Services.ejb(AccountService.class);
  }

  private static AuditProbe probe() {
    return Services.lookup(
        "java:global/waypoint/waypoint-it/AuditProbe!" + AuditProbe.class.getName(),
        AuditProbe.class);
  }

  private static NewUser form(String password) {
    NewUser form = new NewUser();
    form.setUsername(TestNames.uniqueLastName("staff").toLowerCase());
    form.setDisplayName("Casey Test");
    form.setRoles(EnumSet.of(Role.CLINICIAN));
    form.setPassword(password);
    return form;
  }

  @Test
  void aNewAccountSignsInWithItsTemporaryPasswordAndMustChooseItsOwn() throws Exception {
    NewUser form = form(TEMPORARY);
    UserSummary user = Staff.ADMIN.call(() -> admin().create(form));

    assertTrue(user.mustChangePassword());
    assertEquals(Set.of(Role.CLINICIAN), user.roles());
    assertTrue(accounts().verify(form.getUsername(), TEMPORARY.toCharArray()).isPresent());
    assertTrue(accounts().mustChangePassword(form.getUsername()));

    AuditProbe.Row event = probe().newestForUser("admin");
    assertEquals("USER_CREATED", event.action());
    assertTrue(
        event.detail().startsWith(form.getUsername() + ": roles [CLINICIAN]"), event.detail());

    Services.callerSwitch()
        .as(
            form.getUsername(),
            new String[] {"CLINICIAN"},
            () -> accounts().changePassword(TEMPORARY.toCharArray(), "my own quiet harbor"));
    assertFalse(accounts().mustChangePassword(form.getUsername()));
    assertTrue(
        accounts().verify(form.getUsername(), "my own quiet harbor".toCharArray()).isPresent());
    assertTrue(accounts().verify(form.getUsername(), TEMPORARY.toCharArray()).isEmpty());
  }

  @Test
  void shortAndCommonPasswordsAreRefusedAndNoAccountIsMade() throws Exception {
    NewUser shortOne = form("short1");
    NewUser common = form("Password1234");

    InvalidInputException tooShort =
        assertThrows(
            InvalidInputException.class, () -> Staff.ADMIN.call(() -> admin().create(shortOne)));
    InvalidInputException tooCommon =
        assertThrows(
            InvalidInputException.class, () -> Staff.ADMIN.call(() -> admin().create(common)));

    assertTrue(tooShort.fieldErrors().get("password").contains("12"));
    assertTrue(tooCommon.fieldErrors().get("password").contains("too common"));
    assertTrue(accounts().verify(shortOne.getUsername(), "short1".toCharArray()).isEmpty());
    assertTrue(accounts().describe(common.getUsername()).isEmpty());
  }

  @Test
  void rolesChangeAtOnceAndADisabledAccountCannotSignIn() throws Exception {
    NewUser form = form(TEMPORARY);
    UserSummary user = Staff.ADMIN.call(() -> admin().create(form));

    Staff.ADMIN.call(
        () -> admin().changeAccess(user.id(), EnumSet.of(Role.INTAKE, Role.SUPERVISOR), Set.of()));
    assertEquals(
        Set.of(Role.INTAKE, Role.SUPERVISOR),
        accounts().verify(form.getUsername(), TEMPORARY.toCharArray()).orElseThrow().roles());
    assertEquals("USER_ACCESS_CHANGED", probe().newestForUser("admin").action());

    Staff.ADMIN.call(() -> admin().disable(user.id()));
    assertTrue(accounts().verify(form.getUsername(), TEMPORARY.toCharArray()).isEmpty());
    Staff.ADMIN.call(() -> admin().enable(user.id()));
    assertTrue(accounts().verify(form.getUsername(), TEMPORARY.toCharArray()).isPresent());
  }

  @Test
  void anAdministratorCannotLockThemselvesOut() throws Exception {
    long me =
        Staff.ADMIN.call(() -> admin().users(0, 100)).stream()
            .filter(u -> u.username().equals("admin"))
            .findFirst()
            .orElseThrow()
            .id();

    assertThrows(InvalidInputException.class, () -> Staff.ADMIN.call(() -> admin().disable(me)));
    assertThrows(
        InvalidInputException.class,
        () ->
            Staff.ADMIN.call(
                () -> admin().changeAccess(me, EnumSet.of(Role.SUPERVISOR), Set.of())));
  }
}
