package org.waypoint.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages run no script the Content-Security-Policy would refuse: no inline {@code <script>} with
 * a body (a script of Waypoint's is a file under resources/waypoint), no {@code on…} handler on a
 * plain HTML element and no {@code javascript:} address. The {@code on…} attributes of Faces and
 * PrimeFaces components ({@code p:commandButton onclick}) are allowed: PrimeFaces' CSP mode
 * registers them from a script carrying the page's nonce.
 */
class ScriptPolicyTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  private static final Pattern TAG =
      Pattern.compile(
          "<([A-Za-z][\\w:.-]*)((?:\\s+[\\w:.-]+\\s*=\\s*(?:\"[^\"]*\"|'[^']*'))*)\\s*/?>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern INLINE_SCRIPT =
      Pattern.compile(
          "<script\\b[^>]*(?<!/)>(.*?)</script\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  @Test
  void noPageRunsAnInlineScriptHandlerOrJavascriptAddress() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".html"))
              .toList()) {
        violations(Files.readString(file))
            .forEach(v -> found.add(WEBAPP.relativize(file) + ": " + v));
      }
    }
    assertEquals(List.of(), found, "scripts the Content-Security-Policy refuses");
  }

  @Test
  void findsEachKindOfScriptThePolicyRefuses() {
    assertEquals(
        List.of("inline <script>: alert(1)"), violations("<div><script>alert(1)</script></div>"));
    assertEquals(
        List.of("inline <script>: alert(1)"),
        violations("<script type=\"text/javascript\">\n  alert(1)\n</script>"));
    assertEquals(
        List.of("onclick on <button>: go()"), violations("<button onclick=\"go()\">Go</button>"));
    assertEquals(List.of("onload on <body>: x()"), violations("<body class='a' onLoad='x()'>"));
    assertEquals(
        List.of("javascript: address in href of <a>: javascript:void(0)"),
        violations("<a href=\"javascript:void(0)\">x</a>"));
    assertEquals(
        List.of("javascript: address in action of <h:form>: JavaScript:go()"),
        violations("<h:form action=\" JavaScript:go()\"/>"));
  }

  @Test
  void allowsScriptFilesAndHandlersOfComponents() {
    assertEquals(
        List.of(),
        violations(
            "<script src=\"/waypoint/x.js\"></script><script src='y.js'/>"
                + "<h:outputScript library=\"waypoint\" name=\"waypoint.js\" target=\"body\"/>"
                + "<p:commandButton id=\"b\" onclick=\"PF('d').show()\" oncomplete=\"a &gt; b\"/>"
                + "<a href=\"#{request.contextPath}/dashboard\" data-online=\"yes\">x</a>"));
  }

  /**
   * @param page a page's source
   * @return what in it the policy would refuse, one line each
   */
  static List<String> violations(String page) {
    List<String> found = new ArrayList<>();
    Matcher script = INLINE_SCRIPT.matcher(page);
    while (script.find()) {
      String body = script.group(1).strip();
      if (!body.isEmpty()) {
        found.add("inline <script>: " + body);
      }
    }
    Matcher tag = TAG.matcher(page);
    while (tag.find()) {
      String element = tag.group(1);
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        String name = attribute.group(1).toLowerCase(Locale.ROOT);
        String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
        if (!element.contains(":") && name.startsWith("on")) {
          found.add(name + " on <" + element + ">: " + value);
        }
        if (value.strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          found.add("javascript: address in " + name + " of <" + element + ">: " + value.strip());
        }
      }
    }
    return found;
  }
}
