package org.waypoint.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit event: SHA-256 over the previous event's hash and every field of the event,
 * in a fixed order with unambiguous separators. Times are taken to the microsecond, as stored.
 */
public final class AuditHash {

  private AuditHash() {}

  /**
   * The fields an audit event's hash covers.
   *
   * @param occurredAt when (UTC)
   * @param username who
   * @param roles the roles held then
   * @param action what
   * @param outcome how it ended
   * @param clientId the client, or {@code null}
   * @param recordType the kind of record, or {@code null}
   * @param recordId the record's id, or {@code null}
   * @param detail a description, or {@code null}
   * @param remoteAddress from where, or {@code null}
   */
  public record Content(
      Instant occurredAt,
      String username,
      String roles,
      AuditAction action,
      AuditOutcome outcome,
      Long clientId,
      String recordType,
      String recordId,
      String detail,
      String remoteAddress) {

    /** Keeps only what the database keeps: microseconds. */
    public Content {
      occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
  }

  /**
   * @param previousHash the previous event's hash, or {@code null} for the first event
   * @param content the event
   * @return 64 lower-case hex digits
   */
  public static String of(String previousHash, Content content) {
    StringBuilder text = new StringBuilder();
    field(text, previousHash);
    field(text, DateTimeFormatter.ISO_INSTANT.format(content.occurredAt()));
    field(text, content.username());
    field(text, content.roles());
    field(text, content.action().name());
    field(text, content.outcome().name());
    field(text, content.clientId() == null ? null : content.clientId().toString());
    field(text, content.recordType());
    field(text, content.recordId());
    field(text, content.detail());
    field(text, content.remoteAddress());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Length-prefixed, so no value can pass itself off as two. {@code null} differs from "". */
  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append("-;");
    } else {
      text.append(value.length()).append(':').append(value).append(';');
    }
  }
}
