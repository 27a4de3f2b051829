package org.waypoint.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.waypoint.it.service.DaySeeds;
import org.waypoint.it.service.DaySeedsBean;
import org.waypoint.it.support.TestNames;

/**
 * Drives Debian's Chromium (never a downloaded one) against the deployed EAR. Each test gets a new
 * browser with an empty profile, so no test sees another's session. Waits poll for a condition;
 * nothing sleeps. A test fails when the browser refused anything under the Content-Security-Policy
 * while it ran (its console says so): a screen that works only with the policy loosened is broken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

  static final String PASSWORD = "waypoint-demo";

  @ArquillianResource URL deploymentUrl;

  WebDriver browser;
  WebDriverWait wait;
  private String testName;
  private Path profile;

  /**
   * When a test fails, keeps what the browser showed at that moment (before the browser closes): a
   * screenshot, and the address and text of the page under target/screenshots, also printed.
   */
  @RegisterExtension
  final AfterTestExecutionCallback keepWhatFailed =
      context -> {
        if (context.getExecutionException().isEmpty() || browser == null) {
          return;
        }
        try {
          String seen = "address: " + browser.getCurrentUrl() + "\n" + pageText();
          System.err.println("[" + testName + "] the page when the test failed:\n" + seen);
          screenshot("FAILED");
          Files.writeString(screenshots().resolve(testName + "-FAILED.txt"), seen);
        } catch (IOException | WebDriverException e) {
          System.err.println("[" + testName + "] the failed page could not be kept: " + e);
        }
      };

  /**
   * The built EAR, plus a test-only EJB module that makes a test's own records through the services
   * ({@link #seed}).
   */
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return DaySeeds.deployment();
  }

  @BeforeEach
  void openBrowser(TestInfo test) throws IOException {
    testName = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
    profile = Files.createTempDirectory("waypoint-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    options.setAcceptInsecureCerts(acceptsSelfSignedCertificate());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /**
   * Whether the browser accepts the server's self-signed certificate (only the HTTPS tests need it;
   * every other test uses plain HTTP on localhost).
   */
  boolean acceptsSelfSignedCertificate() {
    return false;
  }

  @AfterEach
  void closeBrowser() throws IOException {
    List<String> refused = List.of();
    if (browser != null) {
      try {
        refused = policyViolations();
      } finally {
        browser.quit();
      }
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    assertEquals(
        List.of(), refused, "the browser refused what the Content-Security-Policy does not allow");
  }

  /**
   * What the browser refused under the Content-Security-Policy since the last call (or since it
   * started), as its console reported it: a refused inline script, handler, eval or resource.
   *
   * @return the console's messages about the policy
   */
  List<String> policyViolations() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  /** The application's address: the deployed web module, whatever port the server uses. */
  String url(String path) {
    URI base = URI.create(deploymentUrl.toString());
    return base.getScheme() + "://" + base.getAuthority() + "/waypoint/" + path;
  }

  void open(String path) {
    browser.get(url(path));
    waitForPage();
  }

  void signIn(String username) {
    signIn(username, PASSWORD);
  }

  void signIn(String username, String password) {
    open("login");
    type(By.id("loginForm:username"), username);
    type(By.id("loginForm:password"), password);
    browser.findElement(By.id("loginForm:signIn")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedInAs")));
    waitForPage();
  }

  void signOut() {
    browser.findElement(By.id("signOutForm:signOut")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
    waitForPage();
  }

  void type(By field, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
    input.clear();
    // a date picker may keep its text through clear(): select it all and type over it
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /**
   * Chooses an option of a PrimeFaces select menu the way a user does: open it, click the item. The
   * panel animates open, and a click during the animation can be lost, so each poll looks at the
   * menu and repeats whichever step the user would repeat until the choice shows.
   */
  void choose(String menuId, String label) {
    By menu = By.id(menuId);
    By panel = By.id(menuId + "_panel");
    By item =
        By.cssSelector(
            "[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']");
    wait.ignoring(WebDriverException.class)
        .until(
            d -> {
              if (label.equals(d.findElement(By.id(menuId + "_label")).getText())) {
                return true;
              }
              if (d.findElement(panel).isDisplayed()) {
                d.findElement(item).click();
              } else {
                d.findElement(menu).click();
              }
              return false;
            });
    // the panel fades out; the next menu is opened only once it is gone
    wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
  }

  /**
   * Picks an option of a PrimeFaces radio group by clicking its label, as a user does.
   *
   * @param radioId the group's client id
   * @param label the option's label
   */
  void pick(String radioId, String label) {
    By option = By.xpath("//*[@id='" + radioId + "']//label[normalize-space()='" + label + "']");
    wait.until(ExpectedConditions.elementToBeClickable(option)).click();
    waitForPage();
  }

  /**
   * Sets a time input's value as the browser's time picker does (its display depends on the
   * locale), and tells the page.
   *
   * @param id the input's client id
   * @param value e.g. {@code 09:30}
   */
  void setTime(String id, String value) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            input,
            value);
    waitForPage();
  }

  /**
   * Chooses a date in a PrimeFaces date picker as picking it in its calendar does (the picker's own
   * {@code setDate}, which also fires its {@code dateSelect} event), and waits until its box shows
   * it. Typing over a picker that already holds a date is not reliable: when its calendar closes,
   * the picker may write back the date it held.
   *
   * @param datePickerId the date picker's client id (its box is {@code <id>_input})
   * @param date the date
   */
  void setDate(String datePickerId, LocalDate date) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0])"
                + ".setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
            datePickerId,
            date.getYear(),
            date.getMonthValue(),
            date.getDayOfMonth());
    wait.until(
        ExpectedConditions.attributeToBe(
            By.id(datePickerId + "_input"),
            "value",
            date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))));
    waitForPage();
  }

  /**
   * Ticks a PrimeFaces checkbox (a boolean one, or one option of a group by its label).
   *
   * @param checkboxId the checkbox's or the group's client id
   * @param label the option's label in a group, or {@code null} for a single checkbox
   */
  void tick(String checkboxId, String label) {
    By box =
        label == null
            ? By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")
            : By.xpath(
                "//*[@id='"
                    + checkboxId
                    + "']//label[normalize-space()='"
                    + label
                    + "']/preceding-sibling::div[contains(@class,'ui-chkbox')]//div[contains(@class,'ui-chkbox-box')]");
    wait.until(ExpectedConditions.elementToBeClickable(box)).click();
  }

  /**
   * Clicks a button that submits the page (not Ajax) and waits for the next page.
   *
   * @param button the button
   */
  void submit(By button) {
    WebElement html = browser.findElement(By.tagName("html"));
    wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    wait.until(gone(html));
    waitForPage();
  }

  /**
   * Like {@link ExpectedConditions#stalenessOf}, for an element whose page or part is being
   * replaced: while the old document goes, Chromium may answer "does not belong to the document"
   * instead of "stale", which means the same.
   *
   * @param element an element of the page or part being replaced
   * @return a condition true once the element is gone
   */
  static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (org.openqa.selenium.StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }

  /**
   * Finds a client with the list's search, as a user does.
   *
   * @param text what to search for
   * @return the path of the first chart found, e.g. {@code client/12}
   */
  String chartPathOf(String text) {
    open("clients");
    type(By.id("clientsForm:text"), text);
    browser.findElement(By.id("clientsForm:search")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("clientsForm:clients"), text));
    waitForPage();
    WebElement link =
        browser.findElement(By.cssSelector("[id='clientsForm:clients'] a.client-link"));
    String href = link.getAttribute("href");
    return href.substring(href.indexOf("/waypoint/") + "/waypoint/".length());
  }

  /** Waits until the page has loaded and PrimeFaces has no Ajax request queued or running. */
  void waitForPage() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (typeof PrimeFaces === 'undefined'"
                            + "     || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (typeof jQuery === 'undefined' || jQuery.active === 0);"));
  }

  String pageText() {
    return browser.findElement(By.tagName("body")).getText();
  }

  /**
   * Fetches a page with the browser's session, to look at what a browser does not show: status,
   * headers, a PDF's bytes.
   */
  HttpResponse<byte[]> fetchAsBrowser(String path) throws Exception {
    Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Makes the records a test starts from, inside the server through the services ({@link
   * DaySeeds}), before the browser does anything.
   *
   * @param day the set of records, e.g. {@code supervisor}
   * @return what was made, by name (ids, names)
   */
  Map<String, String> seed(String day) throws Exception {
    JMXServiceURL server =
        new JMXServiceURL(
            "service:jmx:remote+http://127.0.0.1:"
                + System.getProperty("waypoint.it.managementPort", "9990"));
    String made;
    try (JMXConnector connection = JMXConnectorFactory.connect(server)) {
      made =
          (String)
              connection
                  .getMBeanServerConnection()
                  .invoke(
                      new ObjectName(DaySeedsBean.NAME),
                      "seed",
                      new Object[] {day},
                      new String[] {String.class.getName()});
    }
    Map<String, String> values = new LinkedHashMap<>();
    made.lines()
        .forEach(
            line ->
                values.put(
                    line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    return values;
  }

  /** Keeps a screenshot under target/screenshots, for people to look at what the test saw. */
  void screenshot(String step) throws IOException {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(screenshots().resolve(testName + "-" + step + ".png"), png);
  }

  /** Where screenshots and the pages of failed tests are kept (made when missing). */
  private static Path screenshots() throws IOException {
    return Files.createDirectories(
        Path.of(System.getProperty("waypoint.screenshots", "target/screenshots")));
  }

  /** A last name no other test or earlier run uses. */
  static String uniqueLastName() {
    return TestNames.uniqueLastName("Browser");
  }

  void assertPageShows(String text) {
    assertTrue(pageText().contains(text), "page does not show '" + text + "':\n" + pageText());
  }
}
