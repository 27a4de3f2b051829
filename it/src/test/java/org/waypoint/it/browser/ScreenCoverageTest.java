package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.waypoint.it.browser.Screens.Screen;
import org.waypoint.it.browser.Screens.Visitor;

/**
 * The accessibility test's list of screens ({@link Screens}) keeps up with the pages: every page
 * under {@code web/src/main/webapp} (each {@code .xhtml} outside {@code WEB-INF}, whose includes
 * and templates are parts of pages, and each error page) is visited, and by exactly the roles that
 * {@code web.xml} lets see it. Runs without a server.
 */
class ScreenCoverageTest {

  private static final Path WEBAPP =
      Path.of(System.getProperty("basedir", "."))
          .resolve("../web/src/main/webapp")
          .toAbsolutePath()
          .normalize();

  @Test
  void everyPageIsAScreenOfTheAccessibilityTest() throws IOException {
    Set<String> listed = Screens.ALL.stream().map(Screen::page).collect(Collectors.toSet());
    List<String> missing = pages().stream().filter(p -> !listed.contains(p)).toList();

    assertTrue(
        missing.isEmpty(),
        "pages that AccessibilityIT does not visit: "
            + missing
            + "; add each to Screens.ALL with the roles that see it");
  }

  @Test
  void everyScreenOfTheAccessibilityTestIsAPage() {
    List<String> gone =
        Screens.ALL.stream()
            .map(Screen::page)
            .distinct()
            .filter(p -> !Files.isRegularFile(WEBAPP.resolve(p)))
            .toList();

    assertTrue(gone.isEmpty(), "Screens.ALL names pages that are not in " + WEBAPP + ": " + gone);
  }

  @Test
  void eachPageIsVisitedByExactlyTheRolesThatWebXmlAllows() throws Exception {
    List<Constraint> constraints = constraints();
    Map<String, Set<Visitor>> visitedBy = new TreeMap<>();
    Map<String, Set<Visitor>> allowed = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Screen screen : Screens.ALL) {
      if (screen.errorPage()) {
        // the error pages are public and the same for every role: one visit is enough
        continue;
      }
      Set<Visitor> may = allowed(constraints, requestPath(screen.path()));
      for (Visitor v : screen.visitors()) {
        if (!may.contains(v)) {
          wrong.add(screen.name() + ": " + v + " may not see " + screen.path());
        }
      }
      visitedBy
          .computeIfAbsent(screen.page(), p -> EnumSet.noneOf(Visitor.class))
          .addAll(screen.visitors());
      allowed.computeIfAbsent(screen.page(), p -> EnumSet.noneOf(Visitor.class)).addAll(may);
    }
    allowed.forEach(
        (page, may) -> {
          // a public page (the sign-in) is seen before signing in
          Set<Visitor> expected =
              may.contains(Visitor.ANONYMOUS) ? EnumSet.of(Visitor.ANONYMOUS) : may;
          if (!visitedBy.get(page).equals(expected)) {
            wrong.add(page + " is visited by " + visitedBy.get(page) + ", seen by " + expected);
          }
        });

    assertEquals(List.of(), wrong);
  }

  @Test
  void theRoleCheckReadsWebXmlAsTheServerDoes() throws Exception {
    List<Constraint> constraints = constraints();

    assertEquals(EnumSet.of(Visitor.ADMIN), allowed(constraints, requestPath("admin/user/{user}")));
    assertEquals(
        EnumSet.of(Visitor.INTAKE, Visitor.SUPERVISOR),
        allowed(constraints, requestPath("{intake}?step=payer")));
    assertEquals(
        EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS)),
        allowed(constraints, requestPath("account/password")));
    assertEquals(EnumSet.allOf(Visitor.class), allowed(constraints, requestPath("login")));
  }

  /** The pages: every .xhtml outside WEB-INF, and the error pages. */
  private static Set<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> WEBAPP.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/"))
          .filter(p -> p.endsWith(".xhtml") || (p.startsWith("errors/") && p.endsWith(".html")))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** The request path a screen's path stands for, its placeholders filled with example ids. */
  private static String requestPath(String path) {
    String filled =
        path.replace("{client}", "1")
            .replace("{outside}", "2")
            .replace("{intake}", "intake/3")
            .replace("{user}", "admin/user/4")
            .replace("{note}", "5");
    int query = filled.indexOf('?');
    return "/" + (query < 0 ? filled : filled.substring(0, query));
  }

  /** A web resource collection's patterns and the roles it allows ({@code null}: anyone). */
  private record Constraint(List<String> patterns, Set<String> roles) {}

  private static List<Constraint> constraints() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document webXml =
        factory.newDocumentBuilder().parse(WEBAPP.resolve("WEB-INF/web.xml").toFile());
    List<Constraint> constraints = new ArrayList<>();
    NodeList list = webXml.getElementsByTagNameNS("*", "security-constraint");
    for (int i = 0; i < list.getLength(); i++) {
      Element constraint = (Element) list.item(i);
      NodeList auth = constraint.getElementsByTagNameNS("*", "auth-constraint");
      Set<String> roles = null;
      if (auth.getLength() > 0) {
        roles = new TreeSet<>(texts((Element) auth.item(0), "role-name"));
      }
      constraints.add(new Constraint(texts(constraint, "url-pattern"), roles));
    }
    return constraints;
  }

  private static List<String> texts(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagNameNS("*", tag);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }

  /**
   * Who may see a path: the constraints of its best-matching pattern (an exact match, else the
   * longest {@code /prefix/*}), combined, as the servlet specification decides it.
   */
  private static Set<Visitor> allowed(List<Constraint> constraints, String path) {
    int best = -1;
    List<Constraint> matching = new ArrayList<>();
    for (Constraint c : constraints) {
      for (String pattern : c.patterns()) {
        int strength = strength(pattern, path);
        if (strength > best) {
          best = strength;
          matching.clear();
        }
        if (strength == best && strength >= 0 && !matching.contains(c)) {
          matching.add(c);
        }
      }
    }
    if (matching.isEmpty() || matching.stream().anyMatch(c -> c.roles() == null)) {
      return EnumSet.allOf(Visitor.class);
    }
    Set<Visitor> may = EnumSet.noneOf(Visitor.class);
    for (Visitor v : Visitor.values()) {
      if (v.role != null && matching.stream().anyMatch(c -> c.roles().contains(v.role))) {
        may.add(v);
      }
    }
    return may;
  }

  /** How well a pattern matches: exact beats any prefix, a longer prefix a shorter; -1 no match. */
  private static int strength(String pattern, String path) {
    if (pattern.equals(path)) {
      return Integer.MAX_VALUE;
    }
    if (pattern.endsWith("/*")) {
      String prefix = pattern.substring(0, pattern.length() - 2);
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return prefix.length();
      }
    }
    return -1;
  }
}
