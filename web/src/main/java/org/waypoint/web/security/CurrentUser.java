package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.waypoint.kernel.Role;
import org.waypoint.security.AccountService;
import org.waypoint.security.SignedInUser;
import org.waypoint.web.support.Text;

/**
 * Who is signed in, for the page header. Holds only a small serializable record, so the session
 * stays small and can move between cluster nodes.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts; // EJB references are serializable

  private SignedInUser user;

  private SignedInUser user() {
    if (user == null) {
      String name = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
      if (name != null) {
        user = accounts.describe(name).orElse(null);
      }
    }
    return user;
  }

  /**
   * @return the signed-in user's display name, or an empty string
   */
  public String getDisplayName() {
    SignedInUser u = user();
    return u == null ? "" : u.displayName();
  }

  /**
   * @return the signed-in user's roles as words from the bundle, e.g. "Clinician, Supervisor"
   */
  public String getRoleNames() {
    SignedInUser u = user();
    return u == null
        ? ""
        : u.roles().stream()
            .sorted()
            .map(CurrentUser::roleName)
            .collect(Collectors.joining(Text.of("frame.roles.separator")));
  }

  /**
   * @param role a role
   * @return its name on screen
   */
  static String roleName(Role role) {
    return switch (role) {
      case INTAKE -> Text.of("frame.role.INTAKE");
      case CLINICIAN -> Text.of("frame.role.CLINICIAN");
      case SUPERVISOR -> Text.of("frame.role.SUPERVISOR");
      case ADMIN -> Text.of("frame.role.ADMIN");
    };
  }

  /**
   * @param role a role name
   * @return whether the signed-in user holds it
   */
  public boolean has(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }

  /** Ends the session and returns to the sign-in page. */
  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getUserPrincipal() != null) {
      accounts.signingOut();
    }
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login?signedOut=true");
  }
}
