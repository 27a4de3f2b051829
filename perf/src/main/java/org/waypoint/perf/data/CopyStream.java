package org.waypoint.perf.data;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's rows streamed into PostgreSQL with {@code COPY ... FROM STDIN} (text format) on a
 * connection of its own, in chunks: a row is appended field by field and sent when the buffer is
 * full, so no table is ever held in memory. Not thread-safe: one writer per stream.
 */
final class CopyStream implements AutoCloseable {

  private static final int CHUNK = 1 << 18;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

  private final String table;
  private final String columns;
  private final Connection connection;
  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(CHUNK + 16_384);
  private boolean first = true;
  private long rows;

  /** A stream sending its rows as they come, on a connection of its own. */
  CopyStream(Connection connection, String table, String columns) throws SQLException {
    this.table = table;
    this.columns = columns;
    this.connection = connection;
    this.copy = open(connection, table, columns);
  }

  private CopyStream(String table, String columns) {
    this.table = table;
    this.columns = columns;
    this.connection = null;
    this.copy = null;
  }

  /** A stream gathering its rows in memory until {@link #sendTo}: for the smaller tables. */
  static CopyStream gathering(String table, String columns) {
    return new CopyStream(table, columns);
  }

  private static CopyIn open(Connection connection, String table, String columns)
      throws SQLException {
    return connection
        .unwrap(PGConnection.class)
        .getCopyAPI()
        .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
  }

  /** Sends what a gathering stream holds, and commits. */
  void sendTo(Connection target) throws SQLException {
    CopyIn in = open(target, table, columns);
    for (int from = 0; from < buffer.length(); from += CHUNK) {
      byte[] bytes =
          buffer
              .substring(from, Math.min(buffer.length(), from + CHUNK))
              .getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
    }
    in.endCopy();
    target.commit();
    buffer.setLength(0);
    buffer.trimToSize();
  }

  String table() {
    return table;
  }

  long rows() {
    return rows;
  }

  Connection connection() {
    return connection;
  }

  private void separate() {
    if (first) {
      first = false;
    } else {
      buffer.append('\t');
    }
  }

  CopyStream nul() {
    separate();
    buffer.append("\\N");
    return this;
  }

  CopyStream num(long value) {
    separate();
    buffer.append(value);
    return this;
  }

  CopyStream num(Long value) {
    return value == null ? nul() : num(value.longValue());
  }

  CopyStream num(Integer value) {
    return value == null ? nul() : num(value.longValue());
  }

  CopyStream bool(boolean value) {
    separate();
    buffer.append(value ? 't' : 'f');
    return this;
  }

  CopyStream bool(Boolean value) {
    return value == null ? nul() : bool(value.booleanValue());
  }

  CopyStream time(Instant value) {
    if (value == null) {
      return nul();
    }
    separate();
    buffer.append(TIMESTAMP.format(OffsetDateTime.ofInstant(value, ZoneOffset.UTC)));
    return this;
  }

  CopyStream date(LocalDate value) {
    if (value == null) {
      return nul();
    }
    separate();
    buffer.append(value);
    return this;
  }

  CopyStream clock(LocalTime value) {
    if (value == null) {
      return nul();
    }
    separate();
    buffer.append(value);
    return this;
  }

  /** Text, escaped for COPY's text format; {@code null} is SQL NULL. */
  CopyStream text(String value) {
    if (value == null) {
      return nul();
    }
    separate();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(c);
      }
    }
    return this;
  }

  /** Ends the row. */
  void end() throws SQLException {
    buffer.append('\n');
    first = true;
    rows++;
    if (copy != null && buffer.length() >= CHUNK) {
      flush();
    }
  }

  private void flush() throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  @Override
  public void close() throws SQLException {
    flush();
    copy.endCopy();
    connection.commit();
  }
}
