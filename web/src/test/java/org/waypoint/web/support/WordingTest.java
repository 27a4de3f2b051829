package org.waypoint.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens' words live in {@code Messages.properties}: every key a page or a view bean uses is
 * there, every other language has the same keys, and no page or view bean writes words of its own.
 */
class WordingTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Path BUNDLES = Path.of("src/main/resources/org/waypoint/web");

  /** {@code #{msg['key']}} or {@code #{msg.key}} in a page. */
  private static final Pattern PAGE_KEY =
      Pattern.compile("msg\\[\\s*'([^']+)'\\s*\\]|msg\\.([A-Za-z_][\\w]*)");

  /** {@code Text.of("key"} or {@code Text.of(locale, "key"} in a view bean. */
  private static final Pattern JAVA_KEY =
      Pattern.compile("Text\\.of\\((?:[\\w.()]+,\\s*)?\"([^\"]+)\"");

  /** Attributes whose value a user reads or hears. */
  private static final Pattern WORDED_ATTRIBUTE =
      Pattern.compile(
          "\\s(value|header|title|label|itemLabel|placeholder|alt|aria-label|summary|"
              + "requiredMessage|validatorMessage|converterMessage|emptyMessage|"
              + "noSelectionLabel|footerText|headerText|message|onLabel|offLabel|"
              + "confirmLabel|yesLabel|noLabel|closeTitle|ariaLabel|counterTemplate)"
              + "=\"([^\"]*)\"");

  @Test
  void everyKeyUsedIsInTheBundle() throws IOException {
    Properties english = load("Messages.properties");
    List<String> missing = new ArrayList<>();
    for (Path page : files(WEBAPP, ".xhtml")) {
      Matcher m = PAGE_KEY.matcher(Files.readString(page));
      while (m.find()) {
        String key = m.group(1) != null ? m.group(1) : m.group(2);
        if (!english.containsKey(key)) {
          missing.add(page + ": " + key);
        }
      }
    }
    for (Path source : files(JAVA, ".java")) {
      Matcher m = JAVA_KEY.matcher(Files.readString(source));
      while (m.find()) {
        if (!english.containsKey(m.group(1))) {
          missing.add(source + ": " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), missing, "keys used but missing from Messages.properties");
  }

  @Test
  void everyLanguageHasTheSameKeys() throws IOException {
    Set<String> english = new TreeSet<>(load("Messages.properties").stringPropertyNames());
    try (Stream<Path> others = Files.list(BUNDLES)) {
      for (Path other :
          others
              .filter(p -> p.getFileName().toString().matches("Messages_.+\\.properties"))
              .toList()) {
        Set<String> keys =
            new TreeSet<>(load(other.getFileName().toString()).stringPropertyNames());
        assertEquals(english, keys, other + " must have exactly the English keys");
      }
    }
  }

  /**
   * A text with placeholders goes through {@code MessageFormat}, which swallows a lone apostrophe:
   * it is written {@code ''}. A text without placeholders is shown as it is written, where {@code
   * ''} would show both.
   */
  @Test
  void apostrophesAreWrittenForHowTheTextIsShown() throws IOException {
    Properties english = load("Messages.properties");
    List<String> wrong = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String value = english.getProperty(key);
      boolean formatted = value.matches("(?s).*\\{\\d.*");
      if (formatted && value.replace("''", "").contains("'")) {
        wrong.add(key + ": write an apostrophe as '' in a text with placeholders");
      }
      if (!formatted && value.contains("''")) {
        wrong.add(key + ": a text without placeholders is shown as written: one apostrophe");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void pagesWriteNoWordsOfTheirOwn() throws IOException {
    // -Dwording.pages=check-in,dashboard checks only pages whose path contains one of those words
    List<String> only = List.of(System.getProperty("wording.pages", "").split(","));
    List<String> inline = new ArrayList<>();
    for (Path page : files(WEBAPP, ".xhtml")) {
      if (!only.equals(List.of("")) && only.stream().noneMatch(page.toString()::contains)) {
        continue;
      }
      inline.addAll(inlineWording(page));
    }
    assertEquals(List.of(), inline, "words in pages belong in Messages.properties");
  }

  @Test
  void thePageCheckFindsInlineWords() throws IOException {
    Path page = Files.createTempFile("inline", ".xhtml");
    Files.writeString(
        page,
        "<h:form><h1>Client chart</h1><p:commandButton value=\"Save\"/>"
            + "<h:outputText value=\"#{msg['chart.title']}\"/><span>#{c.name()}</span></h:form>");
    assertEquals(2, inlineWording(page).size());
    Files.delete(page);
  }

  /**
   * @return the words a page writes outside expressions: text between tags and worded attributes
   */
  static List<String> inlineWording(Path page) throws IOException {
    String text = Files.readString(page);
    text = text.replaceAll("(?s)<!--.*?-->", "");
    text = text.replaceAll("(?s)<script[^>]*>.*?</script>", "");
    text = text.replaceAll("(?s)<style[^>]*>.*?</style>", "");
    List<String> found = new ArrayList<>();
    Matcher between = Pattern.compile(">([^<>]+)<").matcher(text);
    while (between.find()) {
      if (hasWords(between.group(1))) {
        found.add(page.getFileName() + ": text \"" + between.group(1).strip() + "\"");
      }
    }
    Matcher attribute = WORDED_ATTRIBUTE.matcher(text);
    while (attribute.find()) {
      if (hasWords(attribute.group(2))) {
        found.add(
            page.getFileName() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
      }
    }
    return found;
  }

  private static boolean hasWords(String text) {
    String outside = text.replaceAll("#\\{[^}]*\\}", "").replaceAll("&[a-z]+;|&#\\d+;", "");
    return outside.codePoints().filter(Character::isLetter).count() >= 2;
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(BUNDLES.resolve(name))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertTrue(!properties.isEmpty(), name + " is empty");
    return properties;
  }
}
