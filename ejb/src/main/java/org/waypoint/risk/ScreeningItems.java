package org.waypoint.risk;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The wording of the screening items: Waypoint's own, or a center's licensed text from the file
 * named by the system property {@value #OVERRIDE}. Only the words are configuration; which items
 * are asked and what they mean for the risk level are in {@link SuicideScreening} and {@link
 * ScreeningTriage}.
 */
@ApplicationScoped
public class ScreeningItems {

  /** The system property naming a properties file with the center's wording. */
  public static final String OVERRIDE = "waypoint.screening.items";

  private static final Logger LOG = Logger.getLogger(ScreeningItems.class.getName());
  private static final List<String> KEYS =
      List.of("period", "item1", "item2", "item3", "item4", "item5", "item6", "item6recent");

  private final Properties text = new Properties();

  @PostConstruct
  void load() {
    try (InputStream in = ScreeningItems.class.getResourceAsStream("screening-items.properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      text.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String file = System.getProperty(OVERRIDE);
    if (file != null && !file.isBlank()) {
      Properties center = new Properties();
      try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        center.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the screening wording in " + file, e);
      }
      for (String key : KEYS) {
        String value = center.getProperty(key);
        if (value != null && !value.isBlank()) {
          text.setProperty(key, value.strip());
        } else {
          LOG.warning(file + " has no text for " + key + "; Waypoint's own wording is used");
        }
      }
    }
  }

  /**
   * @param key {@code period}, {@code item1} … {@code item6} or {@code item6recent}
   * @return the wording
   */
  public String text(String key) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("No screening item " + key);
    }
    return text.getProperty(key);
  }
}
