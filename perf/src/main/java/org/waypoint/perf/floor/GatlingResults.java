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
 * Reads a Gatling run's figures from its HTML report: the statistics table of {@code index.html}
 * (Gatling 3.15 writes its {@code simulation.log} in a binary form, and its {@code js/stats.js} is
 * script rather than data). For every request name the table holds the counts (total, ok, ko) and
 * the response-time percentiles of {@code gatling.conf} (by default the 50th, 75th, 95th and 99th);
 * the columns are found by their headings, so another choice of percentiles still reads right as
 * long as it includes the 50th, 95th and 99th.
 */
public final class GatlingResults {
  private static final Pattern HEADING =
      Pattern.compile("<th id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]*)<");
  private static final Pattern ROW =
      Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)<");
  private static final Pattern PERCENTILE = Pattern.compile("(\\d{1,2})(?:th|st|nd|rd) pct");

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
   * @param directory a run's directory, e.g. {@code perf/target/gatling/waypointbenchmark-2026...}
   *     (or its {@code index.html} itself)
   * @return the run's figures
   * @throws IOException when the report is missing or not as expected
   */
  public static GatlingResults read(Path directory) throws IOException {
    Path index = Files.isRegularFile(directory) ? directory : directory.resolve("index.html");
    if (!Files.isRegularFile(index)) {
      throw new IOException("no Gatling report at " + index);
    }
    return parse(Files.readString(index, StandardCharsets.UTF_8));
  }

  static GatlingResults parse(String html) throws IOException {
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<Integer> percentiles = new ArrayList<>();
    Matcher heading = HEADING.matcher(html);
    while (heading.find()) {
      String label = heading.group(2).strip();
      columns.putIfAbsent(label, Integer.parseInt(heading.group(1)));
      Matcher percentile = PERCENTILE.matcher(label);
      if (percentile.matches()) {
        percentiles.add(Integer.parseInt(percentile.group(1)));
      }
    }
    int total = column(columns, "Total");
    int ko = column(columns, "KO");
    int p50 = column(columns, "50th pct");
    int p95 = column(columns, "95th pct");
    int p99 = column(columns, "99th pct");
    Map<String, Request> requests = new LinkedHashMap<>();
    Request all = null;
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      String name = unescape(row.group(1).strip());
      Map<Integer, String> cells = new LinkedHashMap<>();
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
      }
      Request request =
          new Request(
              name,
              number(cells.get(total)),
              number(cells.get(ko)),
              millis(cells.get(p50)),
              millis(cells.get(p95)),
              millis(cells.get(p99)));
      if (all == null && name.equals("All Requests")) {
        all = request;
      } else {
        requests.putIfAbsent(name, request);
      }
    }
    if (all == null) {
      throw new IOException("not a Gatling report: no row of all requests");
    }
    return new GatlingResults(requests, all, List.copyOf(percentiles));
  }

  private static int column(Map<String, Integer> columns, String label) throws IOException {
    Integer column = columns.get(label);
    if (column == null) {
      throw new IOException(
          "the report's table lacks the column " + label + " (it has " + columns.keySet() + ")");
    }
    return column;
  }

  private static OptionalDouble millis(String text) {
    return text == null || text.equals("-") || text.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(Double.parseDouble(text.replace(",", "")));
  }

  private static long number(String text) {
    return text == null || text.equals("-") || text.isEmpty()
        ? 0
        : (long) Double.parseDouble(text.replace(",", ""));
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
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
