package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** Security headers on every kind of response; session cookies that are hard to steal or reuse. */
class ResponseHardeningIT extends BrowserTest {

  private static void assertHardened(String what, HttpResponse<?> response) {
    var headers = response.headers();
    String policy = headers.firstValue("Content-Security-Policy").orElse(null);
    assertNotNull(policy, what + " has no Content-Security-Policy");
    assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
    assertTrue(policy.contains("object-src 'none'"), what + ": " + policy);
    assertTrue(policy.contains("default-src 'self'"), what + ": " + policy);
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
    assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    HttpClient anonymous = HttpClient.newHttpClient();
    assertHardened(
        "the sign-in page",
        anonymous.send(
            HttpRequest.newBuilder(URI.create(url("login"))).build(), BodyHandlers.discarding()));
    assertHardened(
        "a redirect to sign-in",
        anonymous.send(
            HttpRequest.newBuilder(URI.create(url("clients"))).build(), BodyHandlers.discarding()));

    signIn("supervisor");
    for (String page :
        List.of(
            "",
            "clients",
            "intake",
            "client/1",
            "client/999999",
            "reports/face-sheet/1",
            "no-such-page",
            "jakarta.faces.resource/waypoint.css.xhtml?ln=waypoint")) {
      HttpResponse<byte[]> response = fetchAsBrowser(page);
      assertHardened(page + " (" + response.statusCode() + ")", response);
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyStrictAndRenewedAtSignIn() throws Exception {
    HttpResponse<Void> loginPage =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("login"))).build(),
                BodyHandlers.discarding());
    String setCookie = loginPage.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(setCookie.startsWith("JSESSIONID="), setCookie);
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);

    open("login");
    Cookie before = browser.manage().getCookieNamed("JSESSIONID");
    signIn("intake");
    Cookie after = browser.manage().getCookieNamed("JSESSIONID");

    assertNotNull(before, "the sign-in page starts a session");
    assertNotEquals(before.getValue(), after.getValue(), "sign-in renews the session id");
    assertTrue(after.isHttpOnly());
  }
}
