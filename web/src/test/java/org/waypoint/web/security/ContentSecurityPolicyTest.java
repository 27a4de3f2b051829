package org.waypoint.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  private static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "frame-ancestors 'none'";

  @Test
  void thePagesScriptSourcesReplaceThePolicysInPlace() {
    assertEquals(
        "default-src 'self'; script-src 'self' 'nonce-abc=='; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'",
        ContentSecurityPolicy.merge(POLICY, "script-src 'self' 'nonce-abc==';"));
  }

  @Test
  void directivesThePolicyLacksComeAfterIt() {
    assertEquals(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; worker-src 'none'",
        ContentSecurityPolicy.merge(POLICY, " worker-src   'none' ;;"));
  }

  @Test
  void namesAreComparedWithoutCaseAndTheFirstOfTwoCounts() {
    assertEquals(
        "default-src 'self'; SCRIPT-SRC 'nonce-x'",
        ContentSecurityPolicy.merge(
            "default-src 'self'; script-src 'self'", "SCRIPT-SRC 'nonce-x'; script-src *"));
  }

  @Test
  void withoutAPolicyThePagesIsTheWhole() {
    assertEquals(
        "script-src 'self' 'nonce-x'",
        ContentSecurityPolicy.merge(null, "script-src 'self' 'nonce-x';"));
  }
}
