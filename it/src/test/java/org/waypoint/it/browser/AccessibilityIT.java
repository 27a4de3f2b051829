package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.waypoint.it.browser.Screens.Screen;
import org.waypoint.it.browser.Screens.Visitor;

/**
 * Every screen, as each role that can see it, has no serious or critical violation of the WCAG 2.1
 * A and AA rules that axe-core checks (its script comes from the axe-core jar; nothing is
 * downloaded). One test per role signs in once and walks that role's screens from {@link Screens};
 * it only reads (opens pages, searches, pages through lists, shows a chart's tab), so it depends on
 * no other test and changes nothing they see.
 *
 * <p>Each test checks every screen before it fails, and then lists each violation with the screen,
 * the role, the rule, how many elements and the first few of them. The same findings, with the
 * moderate and minor ones, go to {@code target/axe/<role>.tsv}.
 */
class AccessibilityIT extends BrowserTest {

  private static final Logger LOG = Logger.getLogger(AccessibilityIT.class.getName());

  /** The WCAG 2.0 and 2.1 rules at levels A and AA. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** The impacts that fail the test. */
  static final Set<String> FAILING = Set.of("serious", "critical");

  /** How many of a rule's elements a finding names. */
  private static final int TARGETS_SHOWN = 3;

  @Test
  void theSignInAndErrorPagesHaveNoSeriousAccessibilityViolations() throws IOException {
    walk(Visitor.ANONYMOUS);
  }

  @Test
  void everyScreenOfTheIntakeRoleHasNoSeriousAccessibilityViolations() throws IOException {
    walk(Visitor.INTAKE);
  }

  @Test
  void everyScreenOfTheClinicianRoleHasNoSeriousAccessibilityViolations() throws IOException {
    walk(Visitor.CLINICIAN);
  }

  @Test
  void everyScreenOfTheSupervisorRoleHasNoSeriousAccessibilityViolations() throws IOException {
    walk(Visitor.SUPERVISOR);
  }

  @Test
  void everyScreenOfTheAdministratorRoleHasNoSeriousAccessibilityViolations() throws IOException {
    walk(Visitor.ADMIN);
  }

  /** One element that breaks a rule: axe's selector for it, and why it fails. */
  private record Element(String target, String summary) {}

  /** One violated rule on one screen. */
  private record Finding(
      Visitor visitor,
      Screen screen,
      String rule,
      String impact,
      String help,
      List<Element> nodes) {

    boolean failing() {
      return FAILING.contains(impact);
    }

    String line() {
      List<String> targets = nodes.stream().limit(TARGETS_SHOWN).map(Element::target).toList();
      return String.format(
          "%s as %s: %s (%s) on %d element%s: %s%s — %s",
          screen.name(),
          visitor.name().toLowerCase(Locale.ROOT),
          rule,
          impact,
          nodes.size(),
          nodes.size() == 1 ? "" : "s",
          String.join(" | ", targets),
          nodes.size() > targets.size() ? " | …" : "",
          help);
    }

    /** One line per element, for target/axe/ROLE.tsv. */
    Stream<String> tsv() {
      return nodes.stream()
          .map(
              n ->
                  String.join(
                      "\t",
                      visitor.name(),
                      screen.name(),
                      screen.path(),
                      rule,
                      impact,
                      help,
                      n.target(),
                      n.summary().replaceAll("\\s+", " ")));
    }
  }

  /**
   * Signs in as the visitor (unless anonymous), checks each of its screens and fails if any has a
   * serious or critical violation, or could not be checked.
   */
  private void walk(Visitor visitor) throws IOException {
    Map<String, String> found = new HashMap<>();
    List<Screen> screens = Screens.visitedBy(visitor);
    if (screens.stream().anyMatch(s -> s.path().contains("{outside}"))) {
      // a client outside the visitor's reach cannot be searched for by the visitor
      signIn(Visitor.SUPERVISOR.username);
      found.put("{outside}", idOf(chartPathOf(Screens.OUTSIDE_CLIENT)));
      signOut();
    }
    if (visitor.username != null) {
      signIn(visitor.username);
    }
    List<Finding> findings = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (Screen screen : screens) {
      try {
        String path = resolve(screen.path(), found);
        open(path);
        wait.until(ExpectedConditions.presenceOfElementLocated(screen.shows()));
        if (screen.tab() != null) {
          showTab(screen.tab());
        }
        if (screen.reveal() != null) {
          reveal(screen.reveal());
        }
        findings.addAll(check(visitor, screen));
      } catch (RuntimeException | AssertionError e) {
        unchecked.add(
            screen.name()
                + " as "
                + visitor
                + " could not be checked at "
                + browser.getCurrentUrl()
                + ": "
                + e);
        try {
          screenshot(screen.name().replaceAll("[^A-Za-z0-9]+", "-"));
        } catch (RuntimeException | IOException screenshotFailed) {
          LOG.warning("no screenshot of " + screen.name() + ": " + screenshotFailed);
        }
      }
    }
    report(visitor, screens, findings, unchecked);
  }

  /** Runs axe-core's WCAG 2.1 AA rules on the page as it is now. */
  private List<Finding> check(Visitor visitor, Screen screen) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core did not finish: " + results.getErrorMessage());
    }
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      List<CheckedNode> nodes = rule.getNodes() == null ? List.of() : rule.getNodes();
      findings.add(
          new Finding(
              visitor,
              screen,
              rule.getId(),
              String.valueOf(rule.getImpact()),
              rule.getHelp(),
              nodes.stream()
                  .map(
                      n ->
                          new Element(
                              String.valueOf(n.getTarget()), String.valueOf(n.getFailureSummary())))
                  .toList()));
    }
    return findings;
  }

  /**
   * Shows one tab of the chart: the one {@code ?section=} opened, or else the user's click on its
   * header (on the page, without a request that saves anything).
   */
  private void showTab(String tab) {
    String panelId = "sections:" + tab;
    WebElement panel = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(panelId)));
    if (!panel.isDisplayed()) {
      By header =
          By.xpath(
              "//*[@role='tab'][@aria-controls='"
                  + panelId
                  + "' or .//a[@href='#"
                  + panelId
                  + "']]");
      WebElement tabHeader = wait.until(ExpectedConditions.elementToBeClickable(header));
      List<WebElement> links = tabHeader.findElements(By.tagName("a"));
      (links.isEmpty() ? tabHeader : links.get(0)).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(panelId)));
      waitForPage();
    }
  }

  /** Shows a hidden part of the screen as the user (or the page's own timer) does. */
  private void reveal(Screens.Reveal reveal) {
    if (reveal.click() != null) {
      wait.until(ExpectedConditions.elementToBeClickable(reveal.click())).click();
    }
    if (reveal.script() != null) {
      ((JavascriptExecutor) browser).executeScript(reveal.script());
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(reveal.visible()));
    // a popup or dialog fades in: check it once it has finished
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return typeof jQuery === 'undefined' || jQuery(':animated').length === 0;"));
    waitForPage();
  }

  /** Fills a path's placeholders, finding each demo record the way the visitor would. */
  private String resolve(String path, Map<String, String> found) {
    String resolved = path;
    if (resolved.contains("{client}")) {
      String id = found.computeIfAbsent("{client}", k -> idOf(chartPathOf(Screens.CHART_CLIENT)));
      resolved = resolved.replace("{client}", id);
    }
    if (resolved.contains("{outside}")) {
      resolved = resolved.replace("{outside}", found.get("{outside}"));
    }
    if (resolved.contains("{note}")) {
      String client =
          found.computeIfAbsent("{client}", k -> idOf(chartPathOf(Screens.CHART_CLIENT)));
      String note = found.computeIfAbsent("{note}", k -> firstNoteOf(client));
      resolved = resolved.replace("{note}", note);
    }
    if (resolved.contains("{intake}")) {
      String intake =
          found.computeIfAbsent(
              "{intake}", k -> pathOfLink("intake", "listForm:intakes", Screens.INTAKE_CLIENT));
      resolved = resolved.replace("{intake}", intake);
    }
    if (resolved.contains("{user}")) {
      String user =
          found.computeIfAbsent(
              "{user}", k -> pathOfLink("admin", "usersForm:users", Screens.STAFF_ACCOUNT));
      resolved = resolved.replace("{user}", user);
    }
    return resolved;
  }

  /**
   * Finds the first note in a chart's notes tab, as a user opens it.
   *
   * @param clientId the chart's client
   * @return the note's id
   */
  private String firstNoteOf(String clientId) {
    open("client/" + clientId + "?section=notes");
    WebElement link =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.note-link")));
    String href = link.getDomProperty("href");
    return idOf(href.contains("?") ? href.substring(0, href.indexOf('?')) : href);
  }

  private static String idOf(String chartPath) {
    return chartPath.substring(chartPath.lastIndexOf('/') + 1);
  }

  /**
   * Finds a link in a paged table, turning its pages as a user does.
   *
   * @param listPath the page with the table
   * @param tableId the table's client id
   * @param text text of the link
   * @return the link's path relative to {@code /waypoint/}
   */
  private String pathOfLink(String listPath, String tableId, String text) {
    open(listPath);
    By link =
        By.xpath("//*[@id='" + tableId + "']//a[contains(normalize-space(), '" + text + "')]");
    By next = By.cssSelector("[id='" + tableId + "'] .ui-paginator-next:not(.ui-state-disabled)");
    while (true) {
      List<WebElement> links = browser.findElements(link);
      if (!links.isEmpty()) {
        String href = links.get(0).getDomProperty("href");
        return href.substring(href.indexOf("/waypoint/") + "/waypoint/".length());
      }
      List<WebElement> nextPage = browser.findElements(next);
      if (nextPage.isEmpty()) {
        throw new AssertionError("no link '" + text + "' in " + tableId + " at " + listPath);
      }
      WebElement rows = browser.findElement(By.cssSelector("[id='" + tableId + "_data']"));
      nextPage.get(0).click();
      wait.until(gone(rows));
      waitForPage();
    }
  }

  /** Writes the findings to target/axe and the log, and fails on any serious or critical one. */
  private void report(
      Visitor visitor, List<Screen> screens, List<Finding> findings, List<String> unchecked)
      throws IOException {
    Path dir =
        Path.of(System.getProperty("waypoint.screenshots", "target/screenshots"))
            .resolveSibling("axe");
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    lines.add("role\tscreen\tpath\trule\timpact\thelp\telement\twhy");
    findings.forEach(f -> f.tsv().forEach(lines::add));
    unchecked.forEach(
        u -> lines.add(visitor + "\tNOT CHECKED\t\t\t\t\t\t" + u.replaceAll("\\s+", " ")));
    Files.write(
        dir.resolve(visitor.name().toLowerCase(Locale.ROOT) + ".tsv"),
        lines,
        StandardCharsets.UTF_8);

    StringBuilder counts = new StringBuilder();
    for (Screen screen : screens) {
      long rules = findings.stream().filter(f -> f.screen() == screen && f.failing()).count();
      int elements =
          findings.stream()
              .filter(f -> f.screen() == screen && f.failing())
              .mapToInt(f -> f.nodes().size())
              .sum();
      counts.append(
          String.format(
              "%n  %-48s %2d serious/critical rules, %3d elements",
              screen.name(), rules, elements));
    }
    List<String> failing = findings.stream().filter(Finding::failing).map(Finding::line).toList();
    String message =
        visitor
            + ": "
            + failing.size()
            + " serious or critical WCAG 2.1 AA violations on "
            + screens.size()
            + " screens"
            + (unchecked.isEmpty() ? "" : ", " + unchecked.size() + " screens not checked")
            + counts
            + (failing.isEmpty() ? "" : "\n" + String.join("\n", failing))
            + (unchecked.isEmpty() ? "" : "\n" + String.join("\n", unchecked));
    LOG.info(message);
    if (!failing.isEmpty() || !unchecked.isEmpty()) {
      fail(message);
    }
  }
}
