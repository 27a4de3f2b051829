package org.waypoint.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One member of staff in one browser session, over plain HTTP: pages are fetched and their forms
 * read as a browser renders them (every field with its value, the JSF view state included), and
 * saves are the postbacks the page's own buttons send, the user's entries over the rendered fields.
 */
final class WebUser {

  private static final Pattern VIEW_STATE =
      Pattern.compile("jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  /** What a postback answered. */
  record Answer(int status, String body) {

    /** A save that completed answers an Ajax postback with a redirect to the next page. */
    boolean redirected() {
      return status == 200 && body.contains("<redirect url=");
    }
  }

  private final String base;
  private final String origin;
  private final HttpClient http;
  private Document page;
  private String viewState;

  WebUser(String base) {
    this.base = base;
    URI u = URI.create(base);
    this.origin = u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  Document page() {
    return page;
  }

  /** Signs in through the sign-in page's own form. */
  void signIn(String username, String password) throws IOException, InterruptedException {
    open("/login");
    Map<String, String> e = new LinkedHashMap<>();
    e.put("loginForm:username", username);
    e.put("loginForm:password", password);
    e.put("loginForm:signIn", "");
    HttpResponse<String> r = send(post(action("loginForm"), fields("loginForm", e)));
    page = Jsoup.parse(r.body(), r.uri().toString());
    if (page.getElementById("signOutForm") == null) {
      throw new IllegalStateException("sign-in of " + username + " failed: " + page.title());
    }
  }

  /**
   * @param path a page's path under the application, e.g. {@code /check-in/12}
   * @return the page (a status other than 200 fails)
   */
  Document open(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode());
    }
    page = Jsoup.parse(r.body(), r.uri().toString());
    Element vs = page.selectFirst("input[name=jakarta.faces.ViewState]");
    viewState = vs == null ? null : vs.val();
    return page;
  }

  /**
   * A PrimeFaces Ajax postback, as the page's button sends it.
   *
   * @param formId the form
   * @param source the button's client id
   * @param execute what the server processes
   * @param render what it renders back
   * @param entries the user's entries over the rendered fields
   */
  Answer ajax(String formId, String source, String execute, String render, Map<String, ?> entries)
      throws IOException, InterruptedException {
    List<String[]> params = new ArrayList<>();
    params.add(new String[] {"jakarta.faces.partial.ajax", "true"});
    params.add(new String[] {"jakarta.faces.source", source});
    params.add(new String[] {"jakarta.faces.partial.execute", execute});
    params.add(new String[] {"jakarta.faces.partial.render", render});
    params.add(new String[] {source, source});
    params.addAll(fields(formId, entries));
    HttpResponse<String> r =
        send(
            post(action(formId), params)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest"));
    Matcher m = VIEW_STATE.matcher(r.body());
    if (m.find()) {
      viewState = m.group(1);
    }
    return new Answer(r.statusCode(), r.body());
  }

  private String action(String formId) {
    Element form = page.getElementById(formId);
    if (form == null) {
      throw new IllegalStateException("no form " + formId + " on " + page.location());
    }
    return origin + form.attr("action");
  }

  /** The form's fields as the page rendered them, then the user's entries over them. */
  private List<String[]> fields(String formId, Map<String, ?> entries) {
    Element form = page.getElementById(formId);
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (Element el : form.select("input, textarea, select")) {
      String name = el.attr("name");
      if (name.isEmpty() || el.hasAttr("disabled")) {
        continue;
      }
      String type = el.attr("type").toLowerCase(java.util.Locale.ROOT);
      if (el.tagName().equals("input")
          && List.of("submit", "button", "image", "reset", "file").contains(type)) {
        continue;
      }
      if ((type.equals("checkbox") || type.equals("radio")) && !el.hasAttr("checked")) {
        continue;
      }
      List<String> values = all.computeIfAbsent(name, k -> new ArrayList<>());
      if (el.tagName().equals("select")) {
        var selected = el.select("option[selected]");
        if (selected.isEmpty() && !el.hasAttr("multiple") && el.selectFirst("option") != null) {
          values.add(el.selectFirst("option").val());
        }
        selected.forEach(o -> values.add(o.val()));
      } else if (el.tagName().equals("textarea")) {
        values.add(el.wholeText());
      } else {
        values.add(el.val());
      }
    }
    entries.forEach(
        (k, v) -> {
          if (v == null) {
            all.remove(k);
          } else if (v instanceof List<?> list) {
            all.put(k, list.stream().map(String::valueOf).toList());
          } else {
            all.put(k, List.of(String.valueOf(v)));
          }
        });
    if (viewState != null) {
      all.put("jakarta.faces.ViewState", List.of(viewState));
    }
    List<String[]> params = new ArrayList<>();
    all.forEach((k, vs) -> vs.forEach(v -> params.add(new String[] {k, v})));
    return params;
  }

  private static HttpRequest.Builder post(String url, List<String[]> params) {
    StringBuilder body = new StringBuilder();
    for (String[] p : params) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(URLEncoder.encode(p[0], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
    }
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(
        request.header("Accept-Language", "en-US").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
