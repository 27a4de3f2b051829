package org.waypoint.perf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints a Gatling run's figures per request (count, errors, p50, p95, p99, max in ms), read from
 * the statistics table of its HTML report (Gatling 3.15 writes its {@code simulation.log} in a
 * binary form). Warm-ups are left out. Usage: {@code Summary RUN_DIR}; exit status 1 when the
 * report cannot be read.
 */
public final class Summary {

  /** A row of the report's table: the request's name, then its values by column number. */
  private static final Pattern ROW =
      Pattern.compile(
          "class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL | Pattern.MULTILINE);

  private static final Pattern CELL = Pattern.compile("class=\"value [a-z]+ col-(\\d+)\">([^<]*)<");

  private Summary() {}

  /**
   * @param args the run's directory (the one holding {@code index.html})
   * @throws IOException when the report cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Summary RUN_DIR");
      System.exit(2);
    }
    Path index = Path.of(args[0]).resolve("index.html");
    String html = Files.readString(index, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      String name = row.group(1).replace("&amp;", "&");
      if (name.startsWith("warmup:") || rows.stream().anyMatch(r -> r[0].equals(name))) {
        continue;
      }
      String[] values = new String[15];
      values[0] = name;
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        int column = Integer.parseInt(cell.group(1));
        if (column < values.length) {
          values[column] = cell.group(2).strip();
        }
      }
      rows.add(values);
    }
    if (rows.isEmpty()) {
      System.err.println("no statistics in " + index);
      System.exit(1);
    }
    System.out.printf(
        "%-44s %8s %6s %8s %8s %8s %8s%n",
        "request", "count", "errors", "p50", "p95", "p99", "max");
    for (String[] r : rows) {
      // columns: 2 total, 3 ok, 4 ko, 5 %ko, 6 rps, 7 min, 8 p50, 9 p75, 10 p95, 11 p99, 12 max
      System.out.printf(
          "%-44s %8s %6s %8s %8s %8s %8s%n", r[0], r[2], r[4], r[8], r[10], r[11], r[12]);
    }
  }
}
