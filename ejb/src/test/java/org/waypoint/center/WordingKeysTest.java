package org.waypoint.center;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The services' words live in {@code ValidationMessages.properties}: every key a constraint or a
 * service uses is there, and every other language has the same keys.
 */
class WordingKeysTest {

  private static final Path JAVA = Path.of("src/main/java");
  private static final Path RESOURCES = Path.of("src/main/resources");

  /** {@code message = "{key}"} in a constraint, or {@code Wording.text("key"} in a service. */
  private static final Pattern KEY =
      Pattern.compile(
          "message\\s*=\\s*\"\\{([^}\"]+)\\}\"|Wording\\.text\\((?:[\\w.()]+,\\s*)?\"([^\"]+)\"");

  @Test
  void everyKeyUsedIsInTheBundle() throws IOException {
    Properties english = load(RESOURCES.resolve("ValidationMessages.properties"));
    List<String> missing = new ArrayList<>();
    try (Stream<Path> all = Files.walk(JAVA)) {
      for (Path source : all.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY.matcher(Files.readString(source));
        while (m.find()) {
          String key = m.group(1) != null ? m.group(1) : m.group(2);
          if (!key.startsWith("jakarta.validation.") && !english.containsKey(key)) {
            missing.add(source + ": " + key);
          }
        }
      }
    }
    assertEquals(List.of(), missing, "keys used but missing from ValidationMessages.properties");
  }

  @Test
  void everyLanguageHasTheSameKeys() throws IOException {
    Set<String> english =
        new TreeSet<>(
            load(RESOURCES.resolve("ValidationMessages.properties")).stringPropertyNames());
    try (Stream<Path> others = Files.list(RESOURCES)) {
      for (Path other :
          others
              .filter(p -> p.getFileName().toString().matches("ValidationMessages_.+\\.properties"))
              .toList()) {
        assertEquals(english, new TreeSet<>(load(other).stringPropertyNames()), other.toString());
      }
    }
  }

  @Test
  void placeholdersNeverMeetALoneApostrophe() throws IOException {
    Properties english = load(RESOURCES.resolve("ValidationMessages.properties"));
    List<String> wrong = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String value = english.getProperty(key);
      if (value.matches("(?s).*\\{\\d.*") && value.replace("''", "").contains("'")) {
        wrong.add(key);
      }
    }
    assertEquals(List.of(), wrong, "write an apostrophe as '' in a text with placeholders");
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
