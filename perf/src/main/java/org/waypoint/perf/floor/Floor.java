package org.waypoint.perf.floor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs an action's script over JDBC, timed the way the benchmark's latency phase times the action:
 * one at a time on one connection, warm-ups first, then the measured runs, each from its first
 * statement to the end of its last transaction, every row of every result read. A transaction that
 * only reads is committed, as the application's is; one that writes (an audit row, a check-in) is
 * rolled back, so the floor leaves the database and its audit chain as they were. The rollback
 * spares the write the commit's WAL flush: a write's floor is a little lower than the real cost,
 * never higher.
 *
 * <p>Values are sent as untyped text ({@code stringtype=unspecified} on the connection), so the
 * server gives each parameter the type of what it is compared with or stored in, as it does for the
 * application's typed values.
 */
public final class Floor {
  private static final Pattern RELATIVE = Pattern.compile("\\{(now|today|day)([+-]\\d+)([sdh])\\}");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSXXX", Locale.ROOT);
  private static final String HASH = "0".repeat(64);

  private final Connection connection;
  private final Fixture fixture;
  private final ZoneId center;
  private int statements;

  /**
   * @param connection a connection to the benchmark's database, opened with {@code
   *     stringtype=unspecified} (its auto-commit is turned off)
   * @param fixture the ids the statements bind
   * @param center the center's time zone (dates and day starts are the center's)
   * @throws SQLException when the connection refuses
   */
  public Floor(Connection connection, Fixture fixture, ZoneId center) throws SQLException {
    this.connection = connection;
    this.fixture = fixture;
    this.center = center;
    connection.setAutoCommit(false);
  }

  /**
   * Measures an action.
   *
   * @param script the action's statements
   * @param warmups runs not measured
   * @param measured runs measured (at least one)
   * @return the measured runs' percentiles
   * @throws SQLException when a statement fails (its transaction is rolled back)
   */
  public Percentiles measure(FloorScript script, int warmups, int measured) throws SQLException {
    for (int i = 0; i < warmups; i++) {
      once(script);
    }
    double[] millis = new double[measured];
    for (int i = 0; i < measured; i++) {
      millis[i] = once(script);
    }
    return Percentiles.of(millis);
  }

  /**
   * Runs an action once.
   *
   * @param script the action's statements
   * @return how long it took, in milliseconds
   * @throws SQLException when a statement fails (its transaction is rolled back)
   */
  public double once(FloorScript script) throws SQLException {
    statements = 0;
    Instant now = Instant.now();
    Map<String, List<String>> kept = new HashMap<>();
    long start = System.nanoTime();
    for (List<FloorScript.Statement> transaction : script.transactions()) {
      boolean writes = false;
      try {
        for (FloorScript.Statement statement : transaction) {
          if (statement.each() == null) {
            writes |= execute(statement, now, kept, null);
          } else {
            for (String each : List.copyOf(kept.getOrDefault(statement.each(), List.of()))) {
              writes |= execute(statement, now, kept, each);
            }
          }
        }
        if (writes) {
          connection.rollback();
        } else {
          connection.commit();
        }
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
    return (System.nanoTime() - start) / 1_000_000.0;
  }

  /**
   * @return how many statements the last run executed (a per-row read counts once per row)
   */
  public int statements() {
    return statements;
  }

  /** Runs one statement; returns whether it writes. */
  private boolean execute(
      FloorScript.Statement statement, Instant now, Map<String, List<String>> kept, String each)
      throws SQLException {
    List<String> values = new ArrayList<>();
    String sql = bind(statement, now, kept, each, values);
    String lower = sql.toLowerCase(Locale.ROOT);
    boolean writes = !lower.startsWith("select") && !lower.startsWith("with");
    try (PreparedStatement prepared = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) == null) {
          prepared.setNull(i + 1, Types.OTHER);
        } else {
          prepared.setString(i + 1, values.get(i));
        }
      }
      if (!writes || lower.contains(" returning ")) {
        Map<String, List<String>> columns = new HashMap<>();
        statement.keeps().keySet().forEach(name -> columns.put(name, new ArrayList<>()));
        try (ResultSet rows = prepared.executeQuery()) {
          int count = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            String[] row = new String[count];
            for (int c = 1; c <= count; c++) {
              Object value = rows.getObject(c);
              row[c - 1] = value == null ? null : value.toString();
            }
            statement.keeps().forEach((name, column) -> columns.get(name).add(row[column - 1]));
          }
        }
        kept.putAll(columns);
      } else if (prepared.executeUpdate() == 0 && lower.startsWith("update")) {
        // the application's versioned update would have failed: the script binds the wrong row
        throw new SQLException("updated no row");
      }
      statements++;
    } catch (SQLException e) {
      throw new SQLException(
          e.getMessage() + " in: " + sql + " with " + values, e.getSQLState(), e);
    }
    return writes;
  }

  private String bind(
      FloorScript.Statement statement,
      Instant now,
      Map<String, List<String>> kept,
      String each,
      List<String> values) {
    String sql = statement.sql();
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c != '?') {
        out.append(c);
        continue;
      }
      if (next >= statement.values().size()) {
        throw new IllegalArgumentException("too few values for: " + sql);
      }
      String token = statement.values().get(next++);
      if (i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
        i++;
        List<String> list = list(token, kept);
        if (list.isEmpty()) {
          out.append("null");
        }
        for (int v = 0; v < list.size(); v++) {
          out.append(v == 0 ? "?" : ",?");
          values.add(list.get(v));
        }
      } else {
        out.append('?');
        values.add(token.equals("{each}") ? each : value(token, now, kept));
      }
    }
    if (next != statement.values().size()) {
      throw new IllegalArgumentException("too many values for: " + sql);
    }
    return out.toString();
  }

  private static List<String> list(String token, Map<String, List<String>> kept) {
    if (!token.startsWith("{kept*:") || !token.endsWith("}")) {
      throw new IllegalArgumentException("?* needs {kept*:name}, not " + token);
    }
    return kept.getOrDefault(token.substring(7, token.length() - 1), List.of());
  }

  String value(String token, Instant now, Map<String, List<String>> kept) {
    if (token.equals("null")) {
      return null;
    }
    if (token.startsWith("'") && token.endsWith("'") && token.length() >= 2) {
      return token
          .substring(1, token.length() - 1)
          .replace("''", "'")
          .replace("{search}", fixture.search());
    }
    if (!token.startsWith("{")) {
      return token;
    }
    if (token.equals("{hash}")) {
      return HASH;
    }
    if (token.equals("{now}")) {
      return TIMESTAMP.format(now.atOffset(ZoneOffset.UTC));
    }
    if (token.startsWith("{kept:")) {
      String name = token.substring(6, token.length() - 1);
      int plus = 0;
      if (name.endsWith("+1")) {
        plus = 1;
        name = name.substring(0, name.length() - 2);
      }
      List<String> values = kept.getOrDefault(name, List.of());
      if (values.isEmpty()) {
        throw new IllegalArgumentException("nothing kept as " + name);
      }
      String value = values.get(0);
      return plus == 0 || value == null ? value : Long.toString(Long.parseLong(value) + plus);
    }
    Matcher relative = RELATIVE.matcher(token);
    if (relative.matches()) {
      long amount = Long.parseLong(relative.group(2));
      LocalDate today = LocalDate.ofInstant(now, center);
      switch (relative.group(1)) {
        case "now":
          return TIMESTAMP.format(now.plusSeconds(amount).atOffset(ZoneOffset.UTC));
        case "today":
          return today.plusDays(amount).toString();
        default:
          return TIMESTAMP.format(
              today
                  .atStartOfDay(center)
                  .toInstant()
                  .plusSeconds(amount * 3600)
                  .atOffset(ZoneOffset.UTC));
      }
    }
    return fixture(token.substring(1, token.length() - 1));
  }

  private String fixture(String name) {
    switch (name) {
      case "clinicianUser":
        return fixture.clinicianUser();
      case "clinician":
        return Long.toString(fixture.clinician());
      case "supervisorUser":
        return fixture.supervisorUser();
      case "supervisor":
        return Long.toString(fixture.supervisor());
      case "intakeUser":
        return fixture.intakeUser();
      case "intake":
        return Long.toString(fixture.intake());
      case "handoverSupervisorUser":
        return fixture.handoverSupervisorUser();
      case "handoverSupervisor":
        return Long.toString(fixture.handoverSupervisor());
      case "heavyClient":
        return Long.toString(fixture.heavyClient());
      case "heavyProgram":
        return Long.toString(fixture.heavyProgram());
      case "handoverProgram":
        return Long.toString(fixture.handoverProgram());
      case "discharge":
        return Long.toString(fixture.discharge());
      case "dischargeClient":
        return Long.toString(fixture.dischargeClient());
      case "note":
        return Long.toString(fixture.note());
      default:
        throw new IllegalArgumentException("unknown value {" + name + "}");
    }
  }
}
