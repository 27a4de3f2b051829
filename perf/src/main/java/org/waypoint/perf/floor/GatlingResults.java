package org.waypoint.perf.floor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Gatling run's figures from its HTML report: {@code js/stats.js}, which Gatling 3.15
 * writes for the report pages (its {@code simulation.log} is binary). For every request name it
 * holds the counts (total, ok, ko) and four percentiles of the response time, by default the 50th,
 * 75th, 95th and 99th ({@code charting.indicators.percentile1..4} in {@code gatling.conf}); the
 * labels are read back from the report's {@code index.html} when it shows them.
 */
public final class GatlingResults {
  private static final Pattern ENTRY =
      Pattern.compile(
          "type:\\s*\"(GROUP|REQUEST)\",\\s*name:\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*"
              + "path:\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*pathFormatted:\\s*\"[^\"]*\",\\s*stats:\\s*\\{");
  private static final Pattern LABEL = Pattern.compile(">\\s*(\\d{1,2})(?:th|st|nd|rd) pct\\s*<");

  /**
   * One request name's figures (all requests of that name, succeeded or failed).
   *
   * @param name the request name, e.g. {@code latency:dashboard-clinician}
   * @param count how many were sent
   * @param errors how many failed (status or check)
   * @param p50 the median response time in milliseconds, empty when none
   * @param p95 the 95th percentile
   * @param p99 the 99th percentile
   */
  public record Request(
      String name,
      long count,
      long errors,
      OptionalDouble p50,
      OptionalDouble p95,
      OptionalDouble p99) {}

  private final Map<String, Request> requests;
  private final Request all;
  private final List<Integer> percentiles;

  private GatlingResults(Map<String, Request> requests, Request all, List<Integer> percentiles) {
    this.requests = requests;
    this.all = all;
    this.percentiles = percentiles;
  }

  /**
   * @param directory a run's directory, e.g. {@code perf/target/gatling/waypointsimulation-2026...}
   *     (or the {@code js/stats.js} file itself)
   * @return the run's figures
   * @throws IOException when the report is missing or not as expected
   */
  public static GatlingResults read(Path directory) throws IOException {
    Path stats =
        Files.isRegularFile(directory) ? directory : directory.resolve("js").resolve("stats.js");
    if (!Files.isRegularFile(stats)) {
      throw new IOException("no Gatling report at " + stats);
    }
    Path index = stats.getParent().getParent().resolve("index.html");
    List<Integer> labels = List.of(50, 75, 95, 99);
    if (Files.isRegularFile(index)) {
      labels = labels(Files.readString(index, StandardCharsets.UTF_8), labels);
    }
    return parse(Files.readString(stats, StandardCharsets.UTF_8), labels);
  }

  static List<Integer> labels(String html, List<Integer> fallback) {
    List<Integer> found = new ArrayList<>();
    Matcher matcher = LABEL.matcher(html);
    while (matcher.find() && found.size() < 4) {
      int value = Integer.parseInt(matcher.group(1));
      if (!found.contains(value)) {
        found.add(value);
      }
    }
    return found.size() == 4 ? List.copyOf(found) : fallback;
  }

  static GatlingResults parse(String js, List<Integer> percentiles) throws IOException {
    int p50 = indexOf(percentiles, 50);
    int p95 = indexOf(percentiles, 95);
    int p99 = indexOf(percentiles, 99);
    Map<String, Request> requests = new LinkedHashMap<>();
    Request all = null;
    Matcher matcher = ENTRY.matcher(js);
    while (matcher.find()) {
      int open = matcher.end() - 1;
      String object = js.substring(open, close(js, open) + 1);
      String name = unescape(matcher.group(2));
      long[] counts = triple(object, "numberOfRequests");
      Request request =
          new Request(
              name,
              counts[0],
              counts[2],
              percentile(object, p50),
              percentile(object, p95),
              percentile(object, p99));
      if (matcher.group(1).equals("REQUEST")) {
        requests.merge(name, request, (a, b) -> a);
      } else if (all == null) {
        all = request;
      }
    }
    if (all == null) {
      throw new IOException("not a Gatling stats.js: no group of all requests");
    }
    return new GatlingResults(requests, all, percentiles);
  }

  private static int indexOf(List<Integer> percentiles, int percent) throws IOException {
    int index = percentiles.indexOf(percent);
    if (index < 0) {
      throw new IOException(
          "the report lacks the " + percent + "th percentile (it has " + percentiles + ")");
    }
    return index + 1;
  }

  private static int close(String text, int open) throws IOException {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IOException("unbalanced stats object at " + open);
  }

  private static long[] triple(String object, String key) throws IOException {
    Matcher m = field(object, key);
    if (!m.find()) {
      throw new IOException("no " + key + " in " + object);
    }
    return new long[] {number(m.group(1)), number(m.group(2)), number(m.group(3))};
  }

  private static OptionalDouble percentile(String object, int which) throws IOException {
    Matcher m = field(object, "percentiles" + which);
    if (!m.find()) {
      throw new IOException("no percentiles" + which + " in " + object);
    }
    String total = m.group(1);
    return total.equals("-") || total.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(Double.parseDouble(total.replace(",", "")));
  }

  private static Matcher field(String object, String key) {
    return Pattern.compile(
            "\""
                + key
                + "\"\\s*:\\s*\\{\\s*\"total\"\\s*:\\s*\"?([^\",}]*)\"?\\s*,\\s*\"ok\"\\s*:\\s*\"?([^\",}]*)\"?"
                + "\\s*,\\s*\"ko\"\\s*:\\s*\"?([^\",}]*)\"?")
        .matcher(object);
  }

  private static long number(String text) {
    String t = text.strip();
    return t.equals("-") || t.isEmpty() ? 0 : (long) Double.parseDouble(t);
  }

  private static String unescape(String text) {
    return text.replace("\\\"", "\"").replace("\\\\", "\\");
  }

  /**
   * @return every request name's figures, in the report's order
   */
  public Map<String, Request> requests() {
    return requests;
  }

  /**
   * @return the figures of all requests together (Gatling's "All Requests")
   */
  public Request all() {
    return all;
  }

  /**
   * @return the four percentiles the report shows
   */
  public List<Integer> percentiles() {
    return percentiles;
  }
}
