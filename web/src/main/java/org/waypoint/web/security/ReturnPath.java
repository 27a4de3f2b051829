package org.waypoint.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where sign-in returns a user to: a page of Waypoint's own, given as a path from the application's
 * root ({@code /check-in/42}, {@code /client/7?section=plan}) in the {@code return} parameter of
 * the sign-in and expired pages. Anything else (another site, {@code //host}, a scheme, a
 * backslash, a control character, the sign-in page itself) is refused, so the parameter can never
 * send anyone elsewhere; sign-in then goes to the dashboard.
 */
public final class ReturnPath {

  /** The request parameter that carries the path. */
  public static final String PARAMETER = "return";

  private static final int LONGEST = 2000;

  private ReturnPath() {}

  /**
   * @param candidate what the request carried, e.g. {@code /check-in/42}
   * @return it, when it is a path of this application that sign-in may return to
   */
  public static Optional<String> of(String candidate) {
    if (candidate == null
        || candidate.isEmpty()
        || candidate.length() > LONGEST
        || candidate.charAt(0) != '/'
        || candidate.startsWith("//")
        || candidate.contains("\\")
        || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(candidate);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String path = uri.getPath();
    if (uri.isAbsolute()
        || uri.getRawAuthority() != null
        || path == null
        || !path.startsWith("/")
        || path.contains("/../")
        || path.endsWith("/..")
        || path.startsWith("//")
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
        || isSignInOrExpired(path)) {
      return Optional.empty();
    }
    return Optional.of(candidate);
  }

  /**
   * @param request a request for a page of the application
   * @return its path from the application's root with its query, e.g. {@code /check-in/42}, when
   *     sign-in may return there
   */
  public static Optional<String> of(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    return of(query == null ? path : path + "?" + query);
  }

  /**
   * @param page a page's path from the application's root, e.g. {@code /login}
   * @param returnPath where to go after it, or empty
   * @return the page's path with {@code ?return=…} when there is somewhere to return to
   */
  public static String withReturn(String page, Optional<String> returnPath) {
    return returnPath
        .map(
            r ->
                page
                    + (page.contains("?") ? "&" : "?")
                    + PARAMETER
                    + "="
                    + URLEncoder.encode(r, StandardCharsets.UTF_8))
        .orElse(page);
  }

  private static boolean isSignInOrExpired(String path) {
    String page = path.endsWith(".xhtml") ? path.substring(0, path.length() - 6) : path;
    return page.equals("/login") || page.equals("/expired");
  }
}
