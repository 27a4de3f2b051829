package org.waypoint.it.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.waypoint.it.hostile.HostileInput.FieldKind;

/**
 * A Faces form read from a page: what a browser would send for it as it stands, and its fields.
 * PrimeFaces' own helper inputs (a menu's focus box, a number's hidden twin, a paged table's
 * rows-per-page menu) are not fields.
 */
final class JsfForm {

  static final String VIEW_STATE = "jakarta.faces.ViewState";

  final String id;
  private final Element form;

  private JsfForm(String id, Element form) {
    this.id = id;
    this.form = form;
  }

  static JsfForm of(Document page, String formId) {
    Element form = page.getElementById(formId);
    if (form == null || !form.tagName().equals("form")) {
      throw new AssertionError(
          "no form " + formId + " on " + page.location() + ":\n" + page.text());
    }
    return new JsfForm(formId, form);
  }

  /**
   * @return what a browser sends for this form as the page shows it (no button)
   */
  Map<String, List<String>> values() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Element e : form.select("input, select, textarea")) {
      String name = e.attr("name");
      if (name.isEmpty() || e.hasAttr("disabled")) {
        continue;
      }
      String type = e.attr("type").toLowerCase();
      switch (e.tagName()) {
        case "textarea" -> add(values, name, e.wholeText().replaceFirst("^\n", ""));
        case "select" -> {
          var chosen = e.select("option[selected]");
          if (chosen.isEmpty() && !e.hasAttr("multiple") && !e.select("option").isEmpty()) {
            chosen = e.select("option").first() == null ? chosen : e.select("option").eq(0);
          }
          chosen.forEach(o -> add(values, name, o.hasAttr("value") ? o.attr("value") : o.text()));
        }
        default -> {
          if (type.equals("submit") || type.equals("button") || type.equals("image")) {
            continue;
          }
          if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
            continue;
          }
          boolean box = type.equals("checkbox") || type.equals("radio");
          add(values, name, e.hasAttr("value") ? e.attr("value") : box ? "on" : "");
        }
      }
    }
    return values;
  }

  private static void add(Map<String, List<String>> values, String name, String value) {
    values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
  }

  /**
   * @return the form's fields, read from the page: every input a user fills in or a page keeps
   *     hidden, except the form's own name, the view state, PrimeFaces' helper inputs and the
   *     page's script nonce (a foreign nonce sends the form to the expired page unprocessed, which
   *     ResponseHardeningIT checks; here it would only be counted as a field)
   */
  List<Field> fields() {
    Map<String, Field> fields = new LinkedHashMap<>();
    for (Element e : form.select("input, select, textarea")) {
      String name = e.attr("name");
      if (name.isEmpty()
          || e.hasAttr("disabled")
          || name.equals(id)
          || name.startsWith("jakarta.faces.")
          || name.equals("primefaces.nonce")
          || name.endsWith("_focus")
          || name.endsWith("_hinput")
          || name.endsWith("_editableInput")
          // a paged table's rows-per-page menu: only the paginator's own request reads it (as
          // _rows), a form's save never does
          || name.endsWith("_rppDD")
          || fields.containsKey(name)) {
        continue;
      }
      String type = e.attr("type").toLowerCase();
      if (type.equals("submit") || type.equals("button") || type.equals("image")) {
        continue;
      }
      int limit = e.hasAttr("data-limit") ? Integer.parseInt(e.attr("data-limit").trim()) : 0;
      String component = name.endsWith("_input") ? name.substring(0, name.length() - 6) : name;
      FieldKind kind;
      List<String> options = new ArrayList<>();
      if (e.tagName().equals("textarea")) {
        kind = FieldKind.TEXT;
      } else if (e.tagName().equals("select")) {
        kind = FieldKind.CHOICE;
        e.select("option").forEach(o -> options.add(o.attr("value")));
      } else if (type.equals("radio") || type.equals("checkbox")) {
        kind = FieldKind.CHOICE;
        form.select("input[name=" + cssValue(name) + "]")
            .forEach(o -> options.add(o.hasAttr("value") ? o.attr("value") : "on"));
      } else if (type.equals("hidden")) {
        kind = FieldKind.HIDDEN;
      } else if (e.parent() != null
          && (e.parent().hasClass("ui-calendar") || e.parent().hasClass("ui-datepicker"))) {
        kind = FieldKind.DATE;
      } else if (type.equals("number")
          || e.hasClass("ui-spinner-input")
          || e.parent() != null && e.parent().hasClass("ui-inputnumber")) {
        kind = FieldKind.NUMBER;
      } else {
        kind = FieldKind.TEXT;
      }
      fields.put(name, new Field(name, component, kind, limit, options));
    }
    return new ArrayList<>(fields.values());
  }

  static String cssValue(String name) {
    return "\"" + name.replace("\"", "\\\"") + "\"";
  }
}
