package org.waypoint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every report bundle (the face sheet, the session note, the discharge safety plan, the handover,
 * and any other {@code .properties} beside them) has each of its keys in English and in Spanish,
 * with a text, and with the same placeholders: a key missing on either side would print the other
 * language's words, or fail the print.
 */
class ReportBundlesTest {

  private static final String FOLDER = "org/waypoint/report/";
  private static final List<String> KNOWN =
      List.of("FaceSheet", "SessionNote", "DischargePlan", "Handover");
  private static final List<String> LANGUAGES = List.of("es");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]|\\{\\d+[^}]*}");

  @Test
  void theReportBundlesAreFound() throws IOException {
    SortedSet<String> found = bundles();
    assertTrue(found.contains("DischargePlan"), "found: " + found);
    assertTrue(found.contains("SessionNote"), "found: " + found);
    assertTrue(found.contains("FaceSheet"), "found: " + found);
  }

  @TestFactory
  Stream<DynamicTest> everyKeyOfEveryReportBundleIsInEnglishAndSpanish() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String bundle : bundles()) {
      for (String language : LANGUAGES) {
        tests.add(
            DynamicTest.dynamicTest(
                bundle + " in English and " + language, () -> sameKeys(bundle, language)));
        tests.add(
            DynamicTest.dynamicTest(
                bundle + " placeholders in " + language, () -> samePlaceholders(bundle, language)));
      }
    }
    return tests.stream();
  }

  private static void sameKeys(String bundle, String language) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties other = load(bundle + "_" + language + ".properties");
    if (other == null) {
      fail(bundle + "_" + language + ".properties is missing");
    }
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      if (!other.containsKey(key)) {
        problems.add("missing in " + language + ": " + key);
      } else if (other.getProperty(key).isBlank()) {
        problems.add("empty in " + language + ": " + key);
      }
      if (english.getProperty(key).isBlank()) {
        problems.add("empty in English: " + key);
      }
    }
    for (String key : new TreeSet<>(other.stringPropertyNames())) {
      if (!english.containsKey(key)) {
        problems.add("missing in English: " + key);
      }
    }
    assertEquals(List.of(), problems, bundle);
  }

  private static void samePlaceholders(String bundle, String language) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties other = load(bundle + "_" + language + ".properties");
    if (other == null) {
      fail(bundle + "_" + language + ".properties is missing");
    }
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      if (other.containsKey(key)
          && !placeholders(english.getProperty(key)).equals(placeholders(other.getProperty(key)))) {
        problems.add(
            key
                + ": "
                + placeholders(english.getProperty(key))
                + " in English, "
                + placeholders(other.getProperty(key))
                + " in "
                + language);
      }
    }
    assertEquals(List.of(), problems, bundle);
  }

  /** The placeholders of a text, in any order (a translation may move them). */
  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    Collections.sort(found);
    return found;
  }

  /** The base names of the report bundles: the known ones and any other beside them. */
  private static SortedSet<String> bundles() throws IOException {
    SortedSet<String> names = new TreeSet<>();
    for (String name : KNOWN) {
      if (resource(name + ".properties") != null) {
        names.add(name);
      }
    }
    for (URL folder : Collections.list(loader().getResources(FOLDER))) {
      if (!"file".equals(folder.getProtocol())) {
        continue;
      }
      try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".properties") && !n.contains("_"))
            .map(n -> n.substring(0, n.length() - ".properties".length()))
            .forEach(names::add);
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
    }
    return names;
  }

  private static Properties load(String file) throws IOException {
    URL url = resource(file);
    if (url == null) {
      return null;
    }
    // read the file itself: a ResourceBundle would show the English parent's keys as Spanish ones
    Properties properties = new Properties();
    try (InputStream in = url.openStream();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  private static URL resource(String file) {
    return loader().getResource(FOLDER + file);
  }

  private static ClassLoader loader() {
    return ReportBundlesTest.class.getClassLoader();
  }
}
