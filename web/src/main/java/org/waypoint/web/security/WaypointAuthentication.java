package org.waypoint.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Form sign-in through Waypoint's own sign-in page ({@link LoginView} hands the credentials to
 * {@code SecurityContext.authenticate}; the session then carries the caller, {@link
 * AutoApplySession}). A request for a protected page without a signed-in user is sent to:
 *
 * <ul>
 *   <li>{@code /login?return=/that/page} when it asks for a page (GET): after sign-in the user is
 *       on the page they asked for;
 *   <li>{@code /expired?return=/that/page} when it submits a form (POST, Ajax or not): the session
 *       the form belonged to has ended (15 idle minutes, or signed out elsewhere), so what was sent
 *       cannot be taken. The expired page says so, signs the user in again and returns them to the
 *       page, where autosaved drafts are offered again. An Ajax request gets a Faces partial
 *       response that redirects, so PrimeFaces follows it instead of failing silently.
 * </ul>
 *
 * The way back travels in the address, checked by {@link ReturnPath} (only a page of Waypoint's
 * own); nothing of the old request is kept or replayed. Replaying a submitted form after sign-in
 * (as Jakarta Security's login-to-continue does) met a view whose state had gone with the session
 * and ended on the "Something went wrong" page.
 */
@ApplicationScoped
@AutoApplySession
public class WaypointAuthentication implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    Optional<String> back = ReturnPath.of(request);
    if ("POST".equals(request.getMethod())) {
      return send(request, response, context, ReturnPath.withReturn("/expired", back));
    }
    return send(request, response, context, ReturnPath.withReturn("/login", back));
  }

  private static AuthenticationStatus send(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String page) {
    String location = request.getContextPath() + page;
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.redirect(location);
    }
    // Faces Ajax reads a partial response; an HTTP redirect would hand it the sign-in page's HTML
    try {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Cache-Control", "no-store");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                  + "\"/></partial-response>");
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
