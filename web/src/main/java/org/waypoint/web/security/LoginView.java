package org.waypoint.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.waypoint.security.AccountService;

/** The sign-in page. One message for every refusal, so it never tells which usernames exist. */
@Named
@RequestScoped
public class LoginView {

  static final String REFUSED = "That username and password did not match. Try again.";

  @Inject private SecurityContext security;
  @EJB private AccountService accounts;
  @Inject private FacesContext faces;

  @NotBlank(message = "Enter your username.")
  @Size(max = 60, message = "Usernames are at most 60 characters.")
  private String username;

  @NotBlank(message = "Enter your password.")
  @Size(max = 200, message = "Passwords are at most 200 characters.")
  private String password;

  /** Sends a user who is already signed in on to the dashboard. */
  public void redirectWhenSignedIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (external.getUserPrincipal() != null) {
      external.redirect(external.getRequestContextPath() + "/");
    }
  }

  /** Checks the credentials; on success continues to the page asked for, or the dashboard. */
  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(username.strip(), new Password(password))));
    if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
      // a session id known before sign-in is never the signed-in session's id
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
    }
    if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
      if (accounts.mustChangePassword(username.strip())) {
        external.getSessionMap().put(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
        external.redirect(external.getRequestContextPath() + "/account/password");
        return;
      }
    }
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
      default -> {
        password = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
        faces.validationFailed();
      }
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
