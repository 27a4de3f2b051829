package org.waypoint.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/check-in/42",
        "/client/7?section=check-ins",
        "/safety-plan/3",
        "/clients?text=O%27Brien"
      })
  void signInReturnsToAPageOfWaypoint(String path) {
    assertEquals(Optional.of(path), ReturnPath.of(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "check-in/42",
        "//evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "/%0d%0aSet-Cookie:x",
        "/check-in/42\r\nLocation: https://evil.example",
        "/ /evil",
        "/\t/evil.example",
        "/../../etc/passwd",
        "/client/..",
        "/login",
        "/login?return=/x",
        "/login.xhtml",
        "/expired?return=/check-in/1"
      })
  void anythingElseIsRefused(String candidate) {
    assertEquals(Optional.empty(), ReturnPath.of(candidate), candidate);
  }

  @Test
  void aNullIsRefused() {
    assertEquals(Optional.empty(), ReturnPath.of((String) null));
  }

  @Test
  void theReturnIsAddedEncoded() {
    assertEquals(
        "/login?return=%2Fclient%2F7%3Fsection%3Dplan",
        ReturnPath.withReturn("/login", Optional.of("/client/7?section=plan")));
    assertEquals(
        "/login?timedOut=true&return=%2F",
        ReturnPath.withReturn("/login?timedOut=true", Optional.of("/")));
    assertEquals("/login", ReturnPath.withReturn("/login", Optional.empty()));
  }
}
