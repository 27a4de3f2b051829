package org.waypoint.web.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the one Content-Security-Policy a response carries. WEB-INF/undertow-handlers.conf gives
 * every response the whole policy, with scripts allowed only from Waypoint itself ({@code
 * script-src 'self'}). On a Faces page PrimeFaces (context parameter {@code primefaces.CSP}) adds
 * its own header naming the page's nonce ({@code script-src 'self' 'nonce-…'}); two headers would
 * both be enforced, so {@link ContentSecurityPolicyFilter} merges PrimeFaces' directives into the
 * policy the response already has instead.
 */
public final class ContentSecurityPolicy {

  /** The header's name. */
  public static final String HEADER = "Content-Security-Policy";

  private ContentSecurityPolicy() {}

  /**
   * @param policy the policy the response has, e.g. {@code default-src 'self'; script-src 'self'}
   * @param page directives the page needs, e.g. {@code script-src 'self' 'nonce-abc';}
   * @return the policy with each directive the page names replaced by the page's, in the policy's
   *     order, and the page's other directives after them
   */
  public static String merge(String policy, String page) {
    Map<String, String> directives = directives(policy);
    directives.putAll(directives(page));
    return String.join("; ", directives.values());
  }

  /**
   * The directives of a policy by name (lower case), in their order; a repeated one counts once.
   */
  private static Map<String, String> directives(String policy) {
    Map<String, String> directives = new LinkedHashMap<>();
    if (policy == null) {
      return directives;
    }
    for (String part : policy.split(";")) {
      String directive = part.trim().replaceAll("\\s+", " ");
      if (directive.isEmpty()) {
        continue;
      }
      int space = directive.indexOf(' ');
      String name =
          (space < 0 ? directive : directive.substring(0, space)).toLowerCase(Locale.ROOT);
      // the first of two same-named directives is the one browsers enforce
      directives.putIfAbsent(name, directive);
    }
    return directives;
  }
}
