package org.waypoint.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.cdi.Param;
import org.waypoint.admin.AdminService;
import org.waypoint.admin.UserSummary;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Role;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.web.support.FormMessages;

/** One staff account at {@code /admin/user/{id}}: roles, programs, enabled, password reset. */
@Named
@ViewScoped
public class UserEditView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AdminService admin;
  @EJB private ProgramService programService;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  private UserSummary user;
  private Set<Role> roles = EnumSet.noneOf(Role.class);
  private Set<Long> programIds = new HashSet<>();
  private String temporaryPassword;
  private List<ProgramOption> programs;

  /** Loads the account named in the URL; a wrong number answers 404. */
  public void load() {
    programs = programService.programs();
    try {
      show(admin.user(Long.parseLong(id == null ? "" : id.strip())));
    } catch (NumberFormatException | InvalidInputException e) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private void show(UserSummary summary) {
    user = summary;
    roles =
        summary.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(summary.roles());
    programIds = new HashSet<>(summary.programIds());
  }

  /** Saves the roles and programs. */
  public void saveAccess() {
    try {
      show(admin.changeAccess(user.id(), roles, programIds));
      done("Saved the roles and programs of " + user.displayName() + ".");
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors("accessForm", e.fieldErrors());
    }
  }

  /** Disables or enables the account. */
  public void toggleEnabled() {
    try {
      show(user.enabled() ? admin.disable(user.id()) : admin.enable(user.id()));
      done(
          user.enabled()
              ? user.displayName() + " can sign in again."
              : user.displayName() + " can no longer sign in.");
    } catch (InvalidInputException e) {
      FormMessages.showError(e.fieldErrors().values().iterator().next());
    }
  }

  /** Sets a temporary password; the owner chooses a new one at next sign-in. */
  public void resetPassword() {
    try {
      show(admin.resetPassword(user.id(), temporaryPassword));
      temporaryPassword = null;
      done(
          "Set a temporary password for "
              + user.displayName()
              + ". Give it to them in person; they choose their own at next sign-in.");
    } catch (InvalidInputException e) {
      temporaryPassword = null;
      FormMessages.showFieldErrors("passwordForm", e.fieldErrors());
    }
  }

  private static void done(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  public UserSummary getUser() {
    return user;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles;
  }

  public Set<Long> getProgramIds() {
    return programIds;
  }

  public void setProgramIds(Set<Long> programIds) {
    this.programIds = programIds;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }
}
