package org.waypoint.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Keeps one Content-Security-Policy per response: when PrimeFaces adds its header with the page's
 * script nonce, the directives it names replace the same directives of the policy the response
 * already carries (from WEB-INF/undertow-handlers.conf) instead of becoming a second header ({@link
 * ContentSecurityPolicy#merge}).
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class ContentSecurityPolicyFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new OnePolicy(response));
  }

  /** A response whose Content-Security-Policy header is merged into, never added a second time. */
  static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (ContentSecurityPolicy.HEADER.equalsIgnoreCase(name) && value != null) {
        String policy = getHeader(ContentSecurityPolicy.HEADER);
        super.setHeader(
            ContentSecurityPolicy.HEADER,
            policy == null ? value : ContentSecurityPolicy.merge(policy, value));
      } else {
        super.setHeader(name, value);
      }
    }
  }
}
