package org.waypoint.perf.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real JSF postbacks the way a browser sends them: every field of the page's form as the page
 * rendered it (the form check keeps them, view state included), the user's entries over them, and
 * for an Ajax request PrimeFaces' partial-request parameters and the {@code Faces-Request} header.
 */
final class Faces {

  /** The session key of a page form's fields, as rendered. */
  static final String FORM = "form";

  /** The session key of the form's action (the address the postback goes to). */
  static final String ACTION = "formAction";

  /** The session key of the view state (renewed from each partial response that carries it). */
  static final String VIEW_STATE = "viewState";

  private Faces() {}

  /**
   * @param formId a form's id
   * @return checks that keep the form's fields, its action and the view state
   */
  static List<CheckBuilder> keepForm(String formId) {
    return List.of(
        form("form#" + formId).saveAs(FORM),
        css("form#" + formId, "action").saveAs(ACTION),
        css("form#" + formId + " input[name='jakarta.faces.ViewState']", "value")
            .saveAs(VIEW_STATE));
  }

  /**
   * @return checks for a full page of a signed-in user with no error message on it
   */
  static List<CheckBuilder> page(String marker) {
    return List.of(
        status().is(200),
        substring("id=\"signOutForm\"").exists(),
        substring(marker).exists(),
        substring("ui-messages-error").notExists());
  }

  /**
   * @return checks for a partial response that is no error and failed no validation; the view state
   *     is renewed when the response carries one
   */
  static List<CheckBuilder> partial() {
    return List.of(
        status().is(200),
        substring("<partial-response").exists(),
        substring("<error>").notExists(),
        substring("\"validationFailed\":true").notExists(),
        regex("jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>")
            .optional()
            .saveAs(VIEW_STATE));
  }

  /**
   * @return {@link #partial()} and the redirect that only a completed save sends
   */
  static List<CheckBuilder> savedAndRedirected() {
    List<CheckBuilder> checks = new ArrayList<>(partial());
    checks.add(substring("<redirect url=").exists());
    return checks;
  }

  /**
   * The fields of a full (non-Ajax) postback: the form as rendered, the user's entries over it.
   *
   * @param session the user's session
   * @param entries the user's entries by field name; a {@code null} value removes the field; a list
   *     gives several values
   * @return the request's parameters
   */
  static List<Map.Entry<String, Object>> fields(Session session, Map<String, Object> entries) {
    Map<String, Object> all = new LinkedHashMap<>(session.<Map<String, Object>>get(FORM));
    entries.forEach(
        (k, v) -> {
          if (v == null) {
            all.remove(k);
          } else {
            all.put(k, v);
          }
        });
    if (session.contains(VIEW_STATE)) {
      all.put("jakarta.faces.ViewState", session.getString(VIEW_STATE));
    }
    List<Map.Entry<String, Object>> params = new ArrayList<>();
    all.forEach(
        (k, v) -> {
          if (v instanceof List<?> values) {
            values.forEach(x -> params.add(new AbstractMap.SimpleEntry<>(k, String.valueOf(x))));
          } else {
            params.add(new AbstractMap.SimpleEntry<>(k, v));
          }
        });
    return params;
  }

  /**
   * The fields of a PrimeFaces Ajax request: its partial-request parameters, then the form.
   *
   * @param session the user's session
   * @param source the client id of the component that sends it
   * @param execute what the server processes (space separated client ids)
   * @param render what it renders back
   * @param entries the user's entries, as for {@link #fields}
   * @return the request's parameters
   */
  static List<Map.Entry<String, Object>> ajax(
      Session session, String source, String execute, String render, Map<String, Object> entries) {
    List<Map.Entry<String, Object>> params = new ArrayList<>();
    params.add(new AbstractMap.SimpleEntry<>("jakarta.faces.partial.ajax", "true"));
    params.add(new AbstractMap.SimpleEntry<>("jakarta.faces.source", source));
    params.add(new AbstractMap.SimpleEntry<>("jakarta.faces.partial.execute", execute));
    params.add(new AbstractMap.SimpleEntry<>("jakarta.faces.partial.render", render));
    params.add(new AbstractMap.SimpleEntry<>(source, source));
    params.addAll(fields(session, entries));
    return params;
  }
}
