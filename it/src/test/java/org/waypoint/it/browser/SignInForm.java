package org.waypoint.it.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sign-in form's postback as the page sends it, for tests that speak HTTP without a browser.
 */
final class SignInForm {

  private SignInForm() {}

  /**
   * @param username who signs in
   * @param password their password
   * @param viewState the page's {@code jakarta.faces.ViewState}
   * @param nonce the page's {@code primefaces.nonce}
   * @return the form-encoded body of the sign-in button's postback
   */
  static String body(String username, String password, String viewState, String nonce) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("loginForm", "loginForm");
    form.put("return", "");
    form.put("loginForm:username", username);
    form.put("loginForm:password", password);
    form.put("loginForm:signIn", "");
    form.put("jakarta.faces.ViewState", viewState);
    form.put("primefaces.nonce", nonce);
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
