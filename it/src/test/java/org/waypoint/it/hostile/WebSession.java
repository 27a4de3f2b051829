package org.waypoint.it.hostile;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One user's session over plain HTTP, as a browser without scripts has it: a cookie jar, pages
 * fetched and forms posted (as a full submission or as PrimeFaces' Ajax request), redirects
 * followed by hand so a test sees each answer.
 */
final class WebSession {

  private static final Pattern PARTIAL_REDIRECT = Pattern.compile("<redirect url=\"([^\"]*)\"");
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile(
          "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]>");
  private static final Pattern FULL_VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern PARTIAL_UPDATE =
      Pattern.compile("<update id=\"([^\"]*)\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);

  /**
   * One answer, after any redirects.
   *
   * @param status the first answer's status
   * @param redirected whether that answer was a redirect (a full or a partial one)
   * @param url the address of the page finally shown
   * @param body the page finally shown (for an Ajax answer not redirected: its updates, joined)
   * @param finalStatus the status of the page finally shown
   * @param validationFailed whether an Ajax answer says the submission was refused
   * @param viewState the view state the answer gives the page for its next submission (full or
   *     Ajax), or {@code null} when it gives none (a redirect, an error)
   */
  record Reply(
      int status,
      boolean redirected,
      String url,
      String body,
      int finalStatus,
      boolean validationFailed,
      String viewState) {
    Document page() {
      return Jsoup.parse(body, url);
    }
  }

  final String origin;
  final String user;
  private final HttpClient http;

  WebSession(String origin, String user) {
    this.origin = origin;
    this.user = user;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The application's address for a path such as {@code intake/12}. */
  String url(String path) {
    if (path.startsWith("http")) {
      return path;
    }
    return path.startsWith("/") ? origin + path : origin + "/waypoint/" + path;
  }

  Reply get(String path) throws IOException, InterruptedException {
    HttpResponse<String> first = send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    return follow(first, false, url(path));
  }

  /** Raw bytes of a page, e.g. a PDF. */
  HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Posts a form to the page it came from.
   *
   * @param action the form's action address
   * @param values the parameters, in order
   * @param ajaxSource the button's client id for PrimeFaces' Ajax request, or {@code null} for a
   *     full submission (the button's name then has to be among the values)
   * @param formId the form (executed and rendered by an Ajax request)
   */
  Reply post(String action, Map<String, List<String>> values, String ajaxSource, String formId)
      throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    if (ajaxSource != null) {
      append(body, "jakarta.faces.partial.ajax", "true");
      append(body, "jakarta.faces.source", ajaxSource);
      append(body, "jakarta.faces.partial.execute", formId);
      append(body, "jakarta.faces.partial.render", formId);
      append(body, ajaxSource, ajaxSource);
    }
    values.forEach((name, list) -> list.forEach(v -> append(body, name, v)));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(action)))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Origin", origin)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (ajaxSource != null) {
      request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return follow(send(request), ajaxSource != null, url(action));
  }

  static void append(StringBuilder body, String name, String value) {
    if (!body.isEmpty()) {
      body.append('&');
    }
    body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  Reply follow(HttpResponse<String> first, boolean ajax, String address)
      throws IOException, InterruptedException {
    String next = null;
    if (first.statusCode() / 100 == 3) {
      next = first.headers().firstValue("Location").orElseThrow();
    } else if (ajax) {
      Matcher m = PARTIAL_REDIRECT.matcher(first.body());
      if (m.find()) {
        next = m.group(1).replace("&amp;", "&");
      }
    }
    if (next == null) {
      String body = first.body();
      if (ajax) {
        StringBuilder updates = new StringBuilder("<html><body>");
        Matcher m = PARTIAL_UPDATE.matcher(body);
        while (m.find()) {
          if (!m.group(1).contains("ViewState")) {
            updates.append(m.group(2));
          }
        }
        body = body.contains("<error>") ? body : updates.append("</body></html>").toString();
      }
      Matcher state = (ajax ? PARTIAL_VIEW_STATE : FULL_VIEW_STATE).matcher(first.body());
      return new Reply(
          first.statusCode(),
          false,
          address,
          body,
          first.statusCode(),
          ajax && first.body().contains("\"validationFailed\":true"),
          first.statusCode() == 200 && state.find() ? state.group(1) : null);
    }
    HttpResponse<String> page = first;
    String at = address;
    for (int hops = 0; hops < 5 && next != null; hops++) {
      at = URI.create(at).resolve(next).toString();
      page = send(HttpRequest.newBuilder(URI.create(at)).GET());
      next =
          page.statusCode() / 100 == 3 ? page.headers().firstValue("Location").orElse(null) : null;
    }
    return new Reply(first.statusCode(), true, at, page.body(), page.statusCode(), false, null);
  }

  /** Signs in through the sign-in page, as a browser without scripts does. */
  WebSession signIn(String password) throws IOException, InterruptedException {
    Document login = get("login").page();
    JsfForm form = JsfForm.of(login, "loginForm");
    Map<String, List<String>> values = form.values();
    values.put("loginForm:username", List.of(user));
    values.put("loginForm:password", List.of(password));
    values.put("loginForm:signIn", List.of(""));
    Reply signedIn = post(login.select("#loginForm").attr("action"), values, null, null);
    if (!signedIn.body().contains("id=\"signedInAs\"")) {
      throw new AssertionError(user + " could not sign in:\n" + signedIn.page().text());
    }
    return this;
  }
}
