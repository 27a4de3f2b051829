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
import java.io.IOException;
import org.waypoint.security.AccountService;
import org.waypoint.web.support.Text;

/**
 * The sign-in form, on the sign-in page and on the expired page. One message for every refusal, so
 * it never tells which usernames exist. After sign-in the user goes back to the page named by the
 * {@code return} parameter when it is a page of Waypoint's own ({@link ReturnPath}), else to the
 * dashboard.
 */
@Named
@RequestScoped
public class LoginView {

  /** The longest username accepted (the field's limit; longer ones are refused next to it). */
  public static final int USERNAME_LIMIT = 60;

  /** The longest password accepted. */
  public static final int PASSWORD_LIMIT = 200;

  @Inject private SecurityContext security;
  @EJB private AccountService accounts;
  @Inject private FacesContext faces;

  private String username;
  private String password;

  /** Sends a user who is already signed in on to the page they came for, or the dashboard. */
  public void redirectWhenSignedIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (external.getUserPrincipal() != null) {
      external.redirect(external.getRequestContextPath() + destination());
    }
  }

  /** Checks the credentials; on success continues to the page asked for, or the dashboard. */
  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    String name = username == null ? "" : username.strip();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        name, new Password(password == null ? "" : password))));
    switch (status) {
      case SUCCESS, SEND_CONTINUE -> {
        // a session id known before sign-in is never the signed-in session's id
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
          request.changeSessionId();
        }
        if (external.isResponseCommitted()) {
          faces.responseComplete();
        } else if (accounts.mustChangePassword(name)) {
          external.getSessionMap().put(PasswordChangeFilter.MUST_CHANGE, Boolean.TRUE);
          external.redirect(external.getRequestContextPath() + "/account/password");
        } else {
          external.redirect(external.getRequestContextPath() + destination());
        }
      }
      default -> {
        password = null;
        String refused = Text.of("login.refused");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused, null));
        faces.validationFailed();
      }
    }
  }

  private String destination() {
    String back = getReturnTo();
    return back == null ? "/" : back;
  }

  /**
   * @return the page to go back to after sign-in (from the application's root, e.g. {@code
   *     /check-in/42}), or {@code null} when the request names none or one that is not Waypoint's
   */
  public String getReturnTo() {
    return ReturnPath.of(
            faces.getExternalContext().getRequestParameterMap().get(ReturnPath.PARAMETER))
        .orElse(null);
  }

  /**
   * @return whether someone is signed in on this request
   */
  public boolean isSignedIn() {
    return faces.getExternalContext().getUserPrincipal() != null;
  }

  /**
   * @return the longest username accepted, the field's {@code data-limit}
   */
  public int getUsernameLimit() {
    return USERNAME_LIMIT;
  }

  /**
   * @return the longest password accepted, the field's {@code data-limit}
   */
  public int getPasswordLimit() {
    return PASSWORD_LIMIT;
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
