package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/** Security headers on every kind of response; session cookies that are hard to steal or reuse. */
class ResponseHardeningIT extends BrowserTest {

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

  private static void assertHardened(String what, HttpResponse<?> response) {
    var headers = response.headers();
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), what + " has not one Content-Security-Policy: " + policies);
    String policy = policies.get(0);
    String scripts = scriptSources(policy);
    assertTrue(scripts.startsWith("script-src 'self'"), what + ": " + policy);
    assertFalse(scripts.contains("unsafe-inline"), what + ": " + policy);
    assertFalse(scripts.contains("unsafe-eval"), what + ": " + policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
    assertTrue(policy.contains("object-src 'none'"), what + ": " + policy);
    assertTrue(policy.contains("default-src 'self'"), what + ": " + policy);
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
    assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
  }

  /** The policy's script-src directive. */
  private static String scriptSources(String policy) {
    for (String directive : policy.split(";")) {
      if (directive.trim().startsWith("script-src ")) {
        return directive.trim();
      }
    }
    throw new AssertionError("no script-src in " + policy);
  }

  /** The nonce a page's policy allows scripts with, or an empty string. */
  private static String nonceOf(HttpResponse<?> response) {
    Matcher nonce =
        NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
    return nonce.find() ? nonce.group(1) : "";
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
  void eachPageAllowsOnlyItsOwnScriptsByAFreshNonce() throws Exception {
    signIn("supervisor");
    HttpResponse<byte[]> first = fetchAsBrowser("clients");
    HttpResponse<byte[]> second = fetchAsBrowser("clients");
    String nonce = nonceOf(first);
    assertFalse(nonce.isEmpty(), "no nonce in " + first.headers().map());
    assertNotEquals(nonce, nonceOf(second), "the nonce is the same on two loads of a page");
    String page = new String(first.body(), StandardCharsets.UTF_8);
    assertTrue(page.contains("nonce=\"" + nonce + "\""), "the page's scripts lack its nonce");
    assertTrue(
        page.contains("name=\"primefaces.nonce\" value=\"" + nonce + "\""),
        "the page's forms lack its nonce");
    // resources and error pages carry the policy without a nonce: no inline script at all
    assertEquals("", nonceOf(fetchAsBrowser("no-such-page")));

    // an inline script the page did not send runs neither from the page nor from an injection
    open("clients");
    assertEquals(List.of(), policyViolations());
    ((JavascriptExecutor) browser)
        .executeScript(
            "var s = document.createElement('script');"
                + " s.textContent = \"document.body.setAttribute('data-injected', 'ran');\";"
                + " document.body.appendChild(s);"
                + " var b = document.createElement('button');"
                + " b.id = 'injectedButton';"
                + " b.setAttribute('onclick', \"document.body.setAttribute('data-clicked', 'ran')\");"
                + " document.body.appendChild(b);"
                + " b.click();");
    assertNull(browser.findElement(By.tagName("body")).getAttribute("data-injected"));
    assertNull(browser.findElement(By.tagName("body")).getAttribute("data-clicked"));
    List<String> refused = policyViolations();
    assertEquals(2, refused.size(), "the browser did not report both refusals: " + refused);
    assertTrue(
        refused.stream().allMatch(m -> m.contains("Content Security Policy")), refused.toString());
    // while the page's own scripts ran: PrimeFaces took the nonce its forms carry
    assertEquals(
        nonceOfPage(),
        ((JavascriptExecutor) browser).executeScript("return PrimeFaces.csp.NONCE_VALUE;"));
  }

  @Test
  void aFormSentWithAnotherPagesNonceIsNotProcessed() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> first =
        client.send(
            HttpRequest.newBuilder(URI.create(url("login"))).build(), BodyHandlers.ofString());
    String session =
        first.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> second =
        client.send(
            HttpRequest.newBuilder(URI.create(url("login"))).header("Cookie", session).build(),
            BodyHandlers.ofString());
    String otherNonce = formValue(second.body(), "primefaces.nonce");
    assertNotEquals(formValue(first.body(), "primefaces.nonce"), otherNonce);

    HttpResponse<String> refused = signIn(client, session, first.body(), otherNonce);
    assertEquals(302, refused.statusCode(), refused.body());
    String to = refused.headers().firstValue("Location").orElse("");
    assertTrue(to.contains("/expired"), "sent to " + to);
    HttpResponse<String> dashboard =
        client.send(
            HttpRequest.newBuilder(URI.create(url(""))).header("Cookie", session).build(),
            BodyHandlers.ofString());
    assertTrue(
        dashboard.headers().firstValue("Location").orElse("").contains("/login"),
        "signed in by a form with another page's nonce");

    // the same form with its own nonce signs in
    HttpResponse<String> signedIn =
        signIn(client, session, first.body(), formValue(first.body(), "primefaces.nonce"));
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertFalse(signedIn.headers().firstValue("Location").orElse("").contains("/expired"));
  }

  private HttpResponse<String> signIn(
      HttpClient client, String session, String loginPage, String nonce) throws Exception {
    String body =
        SignInForm.body("intake", PASSWORD, formValue(loginPage, "jakarta.faces.ViewState"), nonce);
    return client.send(
        HttpRequest.newBuilder(URI.create(url("login")))
            .header("Cookie", session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }

  /** The value of a page's hidden input. */
  private static String formValue(String page, String name) {
    Element input = Jsoup.parse(page).selectFirst("input[name='" + name + "']");
    assertNotNull(input, "no " + name + " in " + page);
    return input.val();
  }

  /** The nonce the open page's forms carry. */
  private String nonceOfPage() {
    return browser
        .findElement(By.cssSelector("input[name='primefaces.nonce']"))
        .getAttribute("value");
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
