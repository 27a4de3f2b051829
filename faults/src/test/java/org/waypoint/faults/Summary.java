package org.waypoint.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts the run prints (issue 16: faults survived, records lost), written to {@code
 * target/reliability/faults.txt} after each test and printed at the end of the run.
 */
final class Summary {

  private static final Map<String, String> LINES = new LinkedHashMap<>();
  private static final Map<String, Long> COUNTS = new LinkedHashMap<>();

  private Summary() {}

  /** Adds to a count. */
  static synchronized void add(String name, long n) {
    COUNTS.merge(name, n, Long::sum);
    write();
  }

  /** A line of its own, under a test's name (replaced when the test runs again). */
  static synchronized void line(String test, String text) {
    LINES.put(test, text);
    write();
  }

  static synchronized String text() {
    StringBuilder s = new StringBuilder("Waypoint fault tests (-Pfaults)\n");
    COUNTS.forEach((k, v) -> s.append(String.format("  %-46s %d%n", k + ":", v)));
    LINES.forEach((k, v) -> s.append("  ").append(k).append(": ").append(v).append('\n'));
    return s.toString();
  }

  private static void write() {
    Path file = Path.of(System.getProperty("faults.summary", "target/reliability/faults.txt"));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
