package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * HTTPS on the server's own listener (8443 plus the port offset), with the self-signed certificate
 * WildFly makes for localhost: every cookie is {@code Secure}, {@code HttpOnly} and {@code
 * SameSite=Strict}, and Strict-Transport-Security is sent over HTTPS and never over plain HTTP.
 */
class HttpsIT extends BrowserTest {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE =
      Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]+)\"");

  @Override
  boolean acceptsSelfSignedCertificate() {
    return true;
  }

  /** The application over HTTPS, on localhost (the name in the self-signed certificate). */
  private static String https(String path) {
    int port = 8443 + Integer.getInteger("waypoint.it.portOffset", 0);
    return "https://localhost:" + port + "/waypoint/" + path;
  }

  /**
   * A client that trusts only a self-signed certificate for localhost, the one WildFly makes; no
   * redirects followed, so each response's own headers are seen.
   */
  private static HttpClient localhostClient() throws GeneralSecurityException {
    TrustManager selfSignedLocalhost =
        new X509TrustManager() {
          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType)
              throws CertificateException {
            X509Certificate certificate = chain[0];
            if (chain.length != 1
                || !"CN=localhost".equals(certificate.getSubjectX500Principal().getName())
                || !certificate
                    .getSubjectX500Principal()
                    .equals(certificate.getIssuerX500Principal())) {
              throw new CertificateException(
                  "not the self-signed localhost certificate: "
                      + certificate.getSubjectX500Principal());
            }
            try {
              certificate.verify(certificate.getPublicKey());
            } catch (GeneralSecurityException e) {
              throw new CertificateException("not self-signed", e);
            }
            certificate.checkValidity();
          }

          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType)
              throws CertificateException {
            throw new CertificateException("no client certificates");
          }

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {selfSignedLocalhost}, null);
    return HttpClient.newBuilder()
        .sslContext(tls)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private static void assertCookiesHardened(String what, HttpResponse<?> response) {
    List<String> cookies = response.headers().allValues("Set-Cookie");
    assertFalse(cookies.isEmpty(), what + " sets no cookie");
    for (String cookie : cookies) {
      Set<String> attributes =
          List.of(cookie.split(";")).stream()
              .skip(1)
              .map(String::strip)
              .map(a -> a.toLowerCase(java.util.Locale.ROOT))
              .collect(Collectors.toSet());
      assertTrue(attributes.contains("secure"), what + ": " + cookie);
      assertTrue(attributes.contains("httponly"), what + ": " + cookie);
      assertTrue(attributes.contains("samesite=strict"), what + ": " + cookie);
    }
  }

  private static void assertStrictTransportSecurity(String what, HttpResponse<?> response) {
    String hsts = response.headers().firstValue("Strict-Transport-Security").orElse(null);
    assertTrue(hsts != null && hsts.matches("max-age=[1-9][0-9]{6,}(;.*)?"), what + ": " + hsts);
  }

  private static String sessionOf(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }

  @Test
  void signingInOverHttpsGivesSecureCookiesAndStrictTransportSecurity() throws Exception {
    HttpClient client = localhostClient();

    HttpResponse<String> loginPage =
        client.send(
            HttpRequest.newBuilder(URI.create(https("login"))).build(), BodyHandlers.ofString());
    assertEquals(200, loginPage.statusCode());
    assertStrictTransportSecurity("the sign-in page over HTTPS", loginPage);
    assertCookiesHardened("the sign-in page over HTTPS", loginPage);
    String anonymousSession = sessionOf(loginPage);
    Matcher viewState = VIEW_STATE.matcher(loginPage.body());
    assertTrue(viewState.find(), "the sign-in form has no view state:\n" + loginPage.body());
    Matcher nonce = NONCE.matcher(loginPage.body());
    assertTrue(nonce.find(), "the sign-in form has no script nonce:\n" + loginPage.body());

    String body =
        SignInForm.body(
            "intake", PASSWORD, viewState.group(1).replace("&#58;", ":"), nonce.group(1));
    HttpResponse<String> signedIn =
        client.send(
            HttpRequest.newBuilder(URI.create(https("login")))
                .header("Cookie", anonymousSession)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            BodyHandlers.ofString());
    assertEquals(302, signedIn.statusCode(), "sign-in answers with a redirect: " + signedIn.body());
    assertStrictTransportSecurity("the sign-in over HTTPS", signedIn);
    assertCookiesHardened("the sign-in over HTTPS", signedIn);
    String session = sessionOf(signedIn);
    assertNotEquals(anonymousSession, session, "sign-in renews the session id");

    HttpResponse<String> dashboard =
        client.send(
            HttpRequest.newBuilder(URI.create(https(""))).header("Cookie", session).build(),
            BodyHandlers.ofString());
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains("id=\"signedInAs\""), "signed in over HTTPS");
    assertStrictTransportSecurity("the dashboard over HTTPS", dashboard);
  }

  @Test
  void plainHttpSendsNoStrictTransportSecurityAndNoSecureCookie() throws Exception {
    HttpResponse<Void> loginPage =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url("login"))).build(),
                BodyHandlers.discarding());
    assertEquals(200, loginPage.statusCode());
    assertTrue(
        loginPage.headers().firstValue("Strict-Transport-Security").isEmpty(),
        "HSTS over plain HTTP: " + loginPage.headers());
    String cookie = loginPage.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.startsWith("JSESSIONID="), cookie);
    // a Secure cookie would never come back over plain HTTP: the flag belongs to HTTPS only
    assertFalse(cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"), cookie);
  }

  @Test
  void theBrowserWorksOverHttpsAndHoldsOnlySecureCookies() {
    browser.get(https("login"));
    waitForPage();
    type(By.id("loginForm:username"), "supervisor");
    type(By.id("loginForm:password"), PASSWORD);
    browser.findElement(By.id("loginForm:signIn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedInAs")));
    waitForPage();
    assertTrue(browser.getCurrentUrl().startsWith("https://localhost:"), browser.getCurrentUrl());

    // an Ajax screen over HTTPS: the client search
    browser.get(https("clients"));
    waitForPage();
    type(By.id("clientsForm:text"), "Patel");
    browser.findElement(By.id("clientsForm:search")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("clientsForm:clients"), "Patel"));
    waitForPage();

    Set<Cookie> cookies = browser.manage().getCookies();
    assertFalse(cookies.isEmpty(), "the browser holds the session cookie");
    for (Cookie cookie : cookies) {
      assertTrue(cookie.isSecure(), cookie.getName() + " is not Secure");
      assertTrue(cookie.isHttpOnly(), cookie.getName() + " is not HttpOnly");
      assertEquals("Strict", cookie.getSameSite(), cookie.getName());
    }
  }
}
