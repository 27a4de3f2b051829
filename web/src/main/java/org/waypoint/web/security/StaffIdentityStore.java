package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.waypoint.kernel.Role;
import org.waypoint.security.AccountService;

/** Validates staff credentials against the users table; the caller's groups are their roles. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @EJB private AccountService accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return accounts
        .verify(login.getCaller(), login.getPassword().getValue())
        .map(
            user ->
                new CredentialValidationResult(
                    user.username(),
                    user.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
