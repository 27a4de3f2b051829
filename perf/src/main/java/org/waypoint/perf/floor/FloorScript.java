package org.waypoint.perf.floor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action's statements as the application issues them, read from a script beside this class
 * ({@code <action>.floor}). The scripts were taken from PostgreSQL's statement log while the action
 * ran in the application (see docs/performance.md), with each value replaced by what it stands for.
 * A script is a list of transactions:
 *
 * <pre>
 * # a comment
 * begin
 * select ... where pc1_0.username=? and c1_0.check_in_due&lt;=?
 *   with {clinicianUser}, {now+86400s}
 *   keep programs
 * end
 * </pre>
 *
 * Values: {@code 'text'}, integers, {@code null}, {@code true}/{@code false}; fixture names ({@code
 * {clinicianUser}}, {@code {heavyClient}}, see {@link Fixture}); times relative to the run: {@code
 * {now+60s}}, {@code {today-1d}} (the center's date), {@code {day+30h}} (the center's midnight,
 * plus hours); {@code {hash}} (a SHA-256 in hex); {@code {kept:name}} (the first value an earlier
 * statement kept), {@code {kept:name+1}}, and {@code {kept*:name}} for every value kept, which
 * binds to a {@code ?*} placeholder (one {@code ?} per value). {@code keep name [column]} keeps a
 * column (default 1) of every row the statement returns.
 *
 * @param action the benchmark's action name
 * @param what what the statements stand for (the first comment line)
 * @param transactions the transactions, in order
 */
public record FloorScript(String action, String what, List<List<Statement>> transactions) {

  /**
   * One statement.
   *
   * @param sql the SQL, with {@code ?} and {@code ?*} placeholders
   * @param values the values' tokens
   * @param keeps the names the statement's rows are kept under, each with its column (1-based)
   * @param each the name of kept values the statement runs once for each of ({@code {each}} binds
   *     the value), or {@code null} to run once
   */
  public record Statement(
      String sql, List<String> values, Map<String, Integer> keeps, String each) {

    Statement with(List<String> newValues) {
      return new Statement(sql, newValues, keeps, each);
    }

    Statement keeping(String name, int column) {
      Map<String, Integer> more = new LinkedHashMap<>(keeps);
      more.put(name, column);
      return new Statement(sql, values, Map.copyOf(more), each);
    }

    Statement eachOf(String name) {
      return new Statement(sql, values, keeps, name);
    }
  }

  /**
   * @param action an action's name
   * @return its script
   * @throws IOException when there is none or it is malformed
   */
  public static FloorScript load(String action) throws IOException {
    try (InputStream in = FloorScript.class.getResourceAsStream(action + ".floor")) {
      if (in == null) {
        throw new IOException("no floor script for " + action);
      }
      return parse(action, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static FloorScript parse(String action, String text) throws IOException {
    List<List<Statement>> transactions = new ArrayList<>();
    List<Statement> current = null;
    String what = null;
    int number = 0;
    for (String line : text.split("\n")) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.startsWith("#")) {
        if (what == null) {
          what = trimmed.substring(1).strip();
        }
        continue;
      }
      if (trimmed.equals("begin")) {
        current = new ArrayList<>();
        continue;
      }
      if (current == null) {
        throw new IOException(action + ".floor:" + number + ": outside begin/end");
      }
      if (trimmed.equals("end")) {
        transactions.add(List.copyOf(current));
        current = null;
      } else if (trimmed.startsWith("with ")) {
        current.set(
            current.size() - 1, last(current, action, number).with(tokens(trimmed.substring(5))));
      } else if (trimmed.startsWith("keep ")) {
        String[] words = trimmed.substring(5).strip().split("\\s+");
        current.set(
            current.size() - 1,
            last(current, action, number)
                .keeping(words[0], words.length > 1 ? Integer.parseInt(words[1]) : 1));
      } else if (trimmed.startsWith("each ")) {
        current.set(
            current.size() - 1, last(current, action, number).eachOf(trimmed.substring(5).strip()));
      } else {
        current.add(new Statement(trimmed, List.of(), Map.of(), null));
      }
    }
    if (current != null) {
      throw new IOException(action + ".floor: a transaction without end");
    }
    return new FloorScript(action, what == null ? action : what, List.copyOf(transactions));
  }

  private static Statement last(List<Statement> current, String action, int number)
      throws IOException {
    if (current.isEmpty()) {
      throw new IOException(action + ".floor:" + number + ": with/keep before a statement");
    }
    return current.get(current.size() - 1);
  }

  /** Splits a value list at top-level commas ({@code 'a, b'} stays one value). */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        tokens.add(token.toString().strip());
        token.setLength(0);
      } else {
        token.append(c);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString().strip());
    }
    return tokens;
  }

  /**
   * @return how many statements the script runs
   */
  public int statements() {
    return transactions.stream().mapToInt(List::size).sum();
  }
}
