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
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Role;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/**
 * One staff account at {@code /admin/user/{id}}: roles, programs, co-signature, enabled, password
 * reset.
 */
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
  private boolean needsCoSignature;
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
    needsCoSignature = summary.needsCoSignature();
  }

  /** Marks the clinician as needing co-signature of their notes, or no longer. */
  public void saveCoSignature() {
    boolean needed = needsCoSignature;
    if (SaveAttempt.of("coSignForm", "admin.coSign")
        .run(() -> show(admin.requireCoSignature(user.id(), needed)))) {
      done(
          Text.of(
              needed ? "admin.coSign.requiredDone" : "admin.coSign.notRequiredDone",
              user.displayName()));
    }
  }

  /**
   * Saves the roles and programs, unless another administrator changed them since this page showed
   * them: then it says so, keeps the boxes as ticked here, and the next save is over theirs.
   */
  public void saveAccess() {
    UserSummary seen = user;
    boolean[] conflict = {false};
    if (SaveAttempt.of("accessForm", "admin.access")
            .run(
                () -> {
                  try {
                    show(admin.changeAccess(seen.id(), seen, roles, programIds));
                  } catch (ConflictException e) {
                    conflict[0] = true;
                    FormMessages.showError(e.getMessage());
                    user = admin.user(seen.id());
                  }
                })
        && !conflict[0]) {
      done(Text.of("admin.access.done", user.displayName()));
    }
  }

  /** Disables or enables the account; a refusal (one's own account) shows beside the button. */
  public void toggleEnabled() {
    if (SaveAttempt.of("enabledForm", "admin.enabled")
        .run(() -> show(user.enabled() ? admin.disable(user.id()) : admin.enable(user.id())))) {
      done(
          Text.of(
              user.enabled() ? "admin.enabled.enabledDone" : "admin.enabled.disabledDone",
              user.displayName()));
    }
  }

  /** Sets a temporary password; the owner chooses a new one at next sign-in. */
  public void resetPassword() {
    boolean set =
        SaveAttempt.of("passwordForm", "admin.password")
            .run(() -> show(admin.resetPassword(user.id(), temporaryPassword)));
    temporaryPassword = null;
    if (set) {
      done(Text.of("admin.password.done", user.displayName()));
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

  public boolean isNeedsCoSignature() {
    return needsCoSignature;
  }

  public void setNeedsCoSignature(boolean needsCoSignature) {
    this.needsCoSignature = needsCoSignature;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }
}
