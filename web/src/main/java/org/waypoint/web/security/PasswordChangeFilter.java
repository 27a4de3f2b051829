package org.waypoint.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Holds a user whose password was set by an administrator on the password page until they chose
 * their own. The sign-in page sets the session flag; the password page clears it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PasswordChangeFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The session attribute that holds a user on the password page. */
  static final String MUST_CHANGE = "waypoint.mustChangePassword";

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
      response.sendRedirect(request.getContextPath() + "/account/password");
      return;
    }
    chain.doFilter(request, response);
  }
}
