package org.waypoint.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.waypoint.kernel.PasswordChangeRequiredException;

/**
 * Holds a user whose password was set by an administrator on the password page until they chose
 * their own. The sign-in page sets the session flag; the password page clears it. The services hold
 * to the same rule ({@code PasswordChangeGuard}): when one refuses a call with {@link
 * PasswordChangeRequiredException} (an administrator reset the password while the user was signed
 * in, or a request got past this filter), the user is sent to the password page as well, never to
 * an error page: here for servlets, by {@link RedirectingExceptionHandler} for Faces requests.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The session attribute that holds a user on the password page. */
  static final String MUST_CHANGE = "waypoint.mustChangePassword";

  /** The password page, from the application's root. */
  static final String PAGE = "/account/password";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean held = session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE));
    boolean allowed =
        path.startsWith("/account/password")
            || path.startsWith("/jakarta.faces.resource/")
            || path.startsWith("/errors/")
            || path.startsWith("/login");
    if (held && !allowed) {
      response.sendRedirect(request.getContextPath() + PAGE);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!requiredBy(e) || response.isCommitted()) {
        throw e;
      }
      hold(request);
      response.resetBuffer();
      response.sendRedirect(request.getContextPath() + PAGE);
    }
  }

  /**
   * @param thrown what a request threw
   * @return whether a service refused it because the user must change their password first
   */
  static boolean requiredBy(Throwable thrown) {
    return RedirectingExceptionHandler.causedBy(thrown, PasswordChangeRequiredException.class);
  }

  /**
   * Holds the request's user on the password page from now on.
   *
   * @param request a request by a signed-in user
   */
  static void hold(HttpServletRequest request) {
    request.getSession().setAttribute(MUST_CHANGE, Boolean.TRUE);
  }
}
