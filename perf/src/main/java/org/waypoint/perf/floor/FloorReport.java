package org.waypoint.perf.floor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * The benchmark's report: Gatling's figures per action and phase beside each action's SQL floor
 * (measured now, against the same database) and the targets, then the global targets.
 * Prints the table and writes it as Markdown.
 *
 * <pre>
 * java -cp "perf/target/classes:postgresql.jar" org.waypoint.perf.floor.FloorReport \
 *     RUN_DIR JDBC_URL USER PASSWORD [--ready-seconds S] [--heap-mib M] \
 *     [--markdown FILE] [--warmups 2] [--runs 30] [--zone America/Chicago] [--no-floor]
 * </pre>
 *
 * RUN_DIR is a Gatling run's directory (the one holding {@code index.html} and {@code js/}). The
 * exit status is 0 when the report was written, whether or not the targets are met (the table
 * says), 2 on wrong arguments, 1 when the results or the database cannot be read.
 */
public final class FloorReport {
  private static final String NONE = "—";

  private FloorReport() {}

  /**
   * @param args see the class comment
   * @throws Exception when the results or the database cannot be read
   */
  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: FloorReport RUN_DIR JDBC_URL USER PASSWORD [--ready-seconds S] [--heap-mib M]"
              + " [--markdown FILE] [--warmups N] [--runs N] [--zone ZONE] [--no-floor]");
      System.exit(2);
      return;
    }
    GatlingResults results = GatlingResults.read(options.run);
    Map<String, Percentiles> floors = new LinkedHashMap<>();
    Map<String, String[]> shapes = new LinkedHashMap<>();
    Map<String, String> failures = new LinkedHashMap<>();
    if (options.floor) {
      Properties properties = new Properties();
      properties.setProperty("user", options.user);
      properties.setProperty("password", options.password);
      properties.setProperty("stringtype", "unspecified");
      try (Connection connection = DriverManager.getConnection(options.url, properties)) {
        Fixture fixture = Fixture.find(connection);
        Floor floor = new Floor(connection, fixture, options.zone);
        for (String action : FloorActions.names()) {
          try {
            FloorScript script = FloorScript.load(action);
            Percentiles measured = floor.measure(script, options.warmups, options.runs);
            floors.put(action, measured);
            shapes.put(
                action,
                new String[] {
                  action,
                  Integer.toString(script.transactions().size()),
                  Integer.toString(floor.statements()),
                  ms(measured.p50()),
                  ms(measured.p95()),
                  ms(measured.p99())
                });
          } catch (SQLException | IOException | RuntimeException e) {
            failures.put(action, e.getMessage());
          }
        }
      }
    }
    Report report = Report.of(results, floors, options.readySeconds, options.heapMib);
    report.floors.addAll(shapes.values());
    report.print(System.out);
    failures.forEach(
        (action, message) -> System.out.println("floor of " + action + " failed: " + message));
    Path markdown =
        options.markdown != null ? options.markdown : options.run.resolve("floor-report.md");
    Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
    System.out.println("Markdown: " + markdown);
  }

  private static final class Options {
    Path run;
    String url;
    String user;
    String password;
    OptionalDouble readySeconds = OptionalDouble.empty();
    OptionalDouble heapMib = OptionalDouble.empty();
    Path markdown;
    int warmups = 2;
    int runs = 30;
    boolean floor = true;
    ZoneId zone = ZoneId.of(System.getProperty("waypoint.timezone", "America/Chicago"));

    static Options parse(String[] args) {
      Options options = new Options();
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--ready-seconds":
            options.readySeconds = OptionalDouble.of(number(args, ++i));
            break;
          case "--heap-mib":
            options.heapMib = OptionalDouble.of(number(args, ++i));
            break;
          case "--markdown":
            options.markdown = Path.of(value(args, ++i));
            break;
          case "--warmups":
            options.warmups = (int) number(args, ++i);
            break;
          case "--runs":
            options.runs = (int) number(args, ++i);
            break;
          case "--zone":
            options.zone = ZoneId.of(value(args, ++i));
            break;
          case "--no-floor":
            options.floor = false;
            break;
          default:
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + arg);
            }
            positional.add(arg);
        }
      }
      if (positional.size() != 4) {
        throw new IllegalArgumentException("expected RUN_DIR JDBC_URL USER PASSWORD");
      }
      if (options.runs < 20 || options.warmups < 0) {
        throw new IllegalArgumentException("--runs must be at least 20, --warmups at least 0");
      }
      options.run = Path.of(positional.get(0));
      options.url = positional.get(1);
      options.user = positional.get(2);
      options.password = positional.get(3);
      return options;
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException("missing value after " + args[i - 1]);
      }
      return args[i];
    }

    private static double number(String[] args, int i) {
      try {
        return Double.parseDouble(value(args, i));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number after " + args[i - 1]);
      }
    }
  }

  /** The table and the global targets, as text or Markdown. */
  static final class Report {
    private final List<String[]> rows = new ArrayList<>();
    private final List<String[]> globals = new ArrayList<>();
    private final List<String[]> floors = new ArrayList<>();

    static Report of(
        GatlingResults results,
        Map<String, Percentiles> floors,
        OptionalDouble readySeconds,
        OptionalDouble heapMib) {
      Report report = new Report();
      long loadErrors = 0;
      long loadCount = 0;
      double loadP95Bound = 0;
      boolean loadP95Known = true;
      long allErrors = 0;
      for (GatlingResults.Request request : results.requests().values()) {
        int colon = request.name().indexOf(':');
        String phase = colon < 0 ? NONE : request.name().substring(0, colon);
        String action = colon < 0 ? request.name() : request.name().substring(colon + 1);
        Percentiles floor = floors.get(action);
        boolean latency = phase.equals("latency");
        OptionalDouble target = latency ? Targets.p95(action) : OptionalDouble.empty();
        String ratio = NONE;
        String met = NONE;
        if (latency) {
          List<String> misses = new ArrayList<>();
          if (request.errors() > 0) {
            misses.add("errors");
          }
          if (target.isPresent()
              && (request.p95().isEmpty() || request.p95().getAsDouble() > target.getAsDouble())) {
            misses.add("p95");
          }
          if (floor != null && request.p95().isPresent()) {
            double r = request.p95().getAsDouble() / Math.max(floor.p95(), 0.001);
            ratio = String.format(Locale.ROOT, "%.1f", r);
            if (r > Targets.FLOOR_RATIO) {
              misses.add("ratio");
            }
          }
          met = misses.isEmpty() ? "yes" : "no (" + String.join(", ", misses) + ")";
        } else if (floor != null && request.p95().isPresent()) {
          ratio =
              String.format(
                  Locale.ROOT, "%.1f", request.p95().getAsDouble() / Math.max(floor.p95(), 0.001));
        }
        if (phase.equals("load")) {
          loadErrors += request.errors();
          loadCount += request.count();
          if (request.p95().isPresent()) {
            loadP95Bound = Math.max(loadP95Bound, request.p95().getAsDouble());
          } else {
            loadP95Known = false;
          }
        }
        allErrors += request.errors();
        report.rows.add(
            new String[] {
              phase,
              action,
              Long.toString(request.count()),
              Long.toString(request.errors()),
              ms(request.p50()),
              ms(request.p95()),
              ms(request.p99()),
              floor == null ? NONE : ms(floor.p95()),
              ratio,
              target.isPresent() ? "≤ " + ms(target) : NONE,
              met
            });
      }
      // The p95 of a mixture is at most the largest p95 among its parts: an upper bound of the
      // load phase's p95 over all requests, which the per-name figures allow.
      String loadP95 =
          loadCount == 0 || !loadP95Known
              ? "not measured"
              : "≤ " + ms(OptionalDouble.of(loadP95Bound)) + " ms (largest per-action p95)";
      report.globals.add(
          new String[] {
            "200 users: p95 of all requests",
            "≤ " + ms(OptionalDouble.of(Targets.LOAD_P95)) + " ms",
            loadP95,
            loadCount == 0
                ? "not measured"
                : loadP95Bound <= Targets.LOAD_P95 && loadP95Known ? "yes" : "no"
          });
      report.globals.add(
          new String[] {
            "200 users: errors",
            "0",
            loadCount == 0 ? "not measured" : loadErrors + " of " + loadCount,
            loadCount == 0 ? "not measured" : loadErrors == 0 ? "yes" : "no"
          });
      report.globals.add(
          new String[] {
            "all phases: errors",
            "0",
            allErrors + " of " + results.all().count(),
            allErrors == 0 ? "yes" : "no"
          });
      report.globals.add(
          global(
              "server ready after start",
              "≤ " + ms(OptionalDouble.of(Targets.READY_SECONDS)) + " s",
              readySeconds,
              " s",
              Targets.READY_SECONDS));
      report.globals.add(
          global(
              "heap, largest sample",
              "≤ " + ms(OptionalDouble.of(Targets.HEAP_MIB)) + " MiB",
              heapMib,
              " MiB",
              Targets.HEAP_MIB));
      return report;
    }

    private static String[] global(
        String name, String target, OptionalDouble value, String unit, double limit) {
      if (value.isEmpty()) {
        return new String[] {name, target, "not measured", "not measured"};
      }
      return new String[] {
        name, target, ms(value) + unit, value.getAsDouble() <= limit ? "yes" : "no"
      };
    }

    private static final String[] HEADER = {
      "phase",
      "action",
      "count",
      "errors",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "floor p95 ms",
      "p95/floor",
      "target p95",
      "met?"
    };
    private static final String[] GLOBAL_HEADER = {"target", "required", "measured", "met?"};
    private static final String[] FLOOR_HEADER = {
      "SQL floor", "transactions", "statements", "p50 ms", "p95 ms", "p99 ms"
    };

    void print(PrintStream out) {
      table(out, HEADER, rows);
      out.println();
      table(out, GLOBAL_HEADER, globals);
      if (!floors.isEmpty()) {
        out.println();
        table(out, FLOOR_HEADER, floors);
      }
    }

    private static void table(PrintStream out, String[] header, List<String[]> body) {
      int[] widths = new int[header.length];
      for (int c = 0; c < header.length; c++) {
        widths[c] = header[c].length();
        for (String[] row : body) {
          widths[c] = Math.max(widths[c], row[c].length());
        }
      }
      out.println(line(header, widths));
      StringBuilder rule = new StringBuilder();
      for (int c = 0; c < header.length; c++) {
        rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
      }
      out.println(rule);
      for (String[] row : body) {
        out.println(line(row, widths));
      }
    }

    private static String line(String[] cells, int[] widths) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cells.length; c++) {
        String cell = cells[c];
        line.append(c == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[c] - cell.length()));
      }
      return line.toString().stripTrailing();
    }

    String markdown() {
      StringBuilder md = new StringBuilder();
      markdownTable(md, HEADER, rows);
      md.append('\n');
      markdownTable(md, GLOBAL_HEADER, globals);
      if (!floors.isEmpty()) {
        md.append('\n');
        markdownTable(md, FLOOR_HEADER, floors);
      }
      return md.toString();
    }

    private static void markdownTable(StringBuilder md, String[] header, List<String[]> body) {
      md.append("| ").append(String.join(" | ", header)).append(" |\n|");
      for (int c = 0; c < header.length; c++) {
        md.append(c < 2 ? "---|" : "--:|");
      }
      md.append('\n');
      for (String[] row : body) {
        md.append("| ").append(String.join(" | ", row).replace("\n", " ")).append(" |\n");
      }
    }
  }

  private static String ms(OptionalDouble value) {
    return value.isPresent() ? ms(value.getAsDouble()) : NONE;
  }

  private static String ms(double value) {
    return value >= 10 || value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
