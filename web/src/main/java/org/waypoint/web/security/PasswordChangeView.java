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
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/** {@code /account/password}: every user changes their own password here. */
@Named
@ViewScoped
public class PasswordChangeView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts;

  private static final String FORM = "passwordForm";

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
    boolean changed;
    try {
      changed =
          SaveAttempt.of(FORM, "password.save")
              .run(
                  () -> {
                    if (newPassword == null || !newPassword.equals(repeatPassword)) {
                      throw new InvalidInputException(
                          Map.of("repeatPassword", Text.of("password.mismatch")));
                    }
                    accounts.changePassword(
                        currentPassword == null ? new char[0] : currentPassword.toCharArray(),
                        newPassword);
                  });
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
    if (changed) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .getSessionMap()
          .remove(PasswordChangeFilter.MUST_CHANGE);
      FormMessages.redirectWithMessage("/", Text.of("password.changed"));
    }
  }

  /**
   * @return the longest password accepted, the new-password fields' {@code data-limit}
   */
  public int getLimit() {
    return LoginView.PASSWORD_LIMIT;
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
