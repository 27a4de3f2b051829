package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.security.AccountService;
import org.waypoint.web.support.FormMessages;

/** {@code /account/password}: every user changes their own password here. */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  /**
   * @return whether the user must change a temporary password before going on
   */
  public boolean isRequired() {
    return Boolean.TRUE.equals(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSessionMap()
            .get(PasswordChangeFilter.MUST_CHANGE));
  }

  /** Changes the password; the fields are always emptied, nothing typed is echoed back. */
  public void change() throws IOException {
    try {
      if (newPassword == null || !newPassword.equals(repeatPassword)) {
        throw new InvalidInputException(
            Map.of("repeatPassword", "The two new passwords are not the same."));
      }
      accounts.changePassword(
          currentPassword == null ? new char[0] : currentPassword.toCharArray(), newPassword);
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .getSessionMap()
          .remove(PasswordChangeFilter.MUST_CHANGE);
      FormMessages.redirectWithMessage("/", "Your password is changed.");
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors("passwordForm", e.fieldErrors());
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
