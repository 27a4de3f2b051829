package org.waypoint.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs test code as a given member of staff, the way a signed-in user reaches the services: an
 * identity with that username and those roles in the application's security domain, so
 * {@code @RolesAllowed} and the caseload checks see exactly what they would in production. Test
 * deployments only.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallerSwitch {

  /**
   * @param username the caller's username
   * @param roles the caller's role names
   * @param action what to run as that caller (outside any transaction)
   * @param <T> the result type
   * @return the action's result
   * @throws Exception whatever the action threw
   */
  public <T> T as(String username, String[] roles, PrivilegedExceptionAction<T> action)
      throws Exception {
    SecurityIdentity identity =
        SecurityDomain.getCurrent()
            .createAdHocIdentity(username)
            .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(Set.of(roles))));
    return identity.runAsFunctionEx((run, unused) -> run.run(), action, null);
  }
}
