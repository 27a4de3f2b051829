package org.waypoint.center;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * One shift of the center: the day it starts and its start and end times in the center's time zone.
 * A shift ends when the next one begins; a shift whose end is not after its start (the night shift)
 * ends on the following day. Pure: time zones are passed in.
 *
 * @param date the day the shift starts
 * @param start when it starts
 * @param end when it ends (on the next day when not after {@code start})
 */
public record Shift(LocalDate date, LocalTime start, LocalTime end) {

  private static final DateTimeFormatter KEY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

  public Shift {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * @return the shift's key, e.g. {@code 2026-11-30T15:00}: the {@code shift=} parameter of the
   *     screens' and reports' addresses
   */
  public String key() {
    return date.atTime(start).format(KEY);
  }

  /**
   * @return whether the shift ends on the day after it starts
   */
  public boolean crossesMidnight() {
    return !end.isAfter(start);
  }

  /**
   * @return the day the shift ends
   */
  public LocalDate endDate() {
    return crossesMidnight() ? date.plusDays(1) : date;
  }

  /**
   * @param zone the center's time zone
   * @return the moment the shift starts (a start in a daylight-saving gap moves forward by the gap)
   */
  public Instant startsAt(ZoneId zone) {
    return ZonedDateTime.of(date, start, zone).toInstant();
  }

  /**
   * @param zone the center's time zone
   * @return the moment the shift ends, which is the moment the next one starts
   */
  public Instant endsAt(ZoneId zone) {
    return ZonedDateTime.of(endDate(), end, zone).toInstant();
  }

  /**
   * @param at a moment
   * @param zone the center's time zone
   * @return whether the moment falls within the shift (start included, end excluded)
   */
  public boolean contains(Instant at, ZoneId zone) {
    return !at.isBefore(startsAt(zone)) && at.isBefore(endsAt(zone));
  }

  /**
   * @param key a shift key as {@link #key()} writes it
   * @return its date and start time
   * @throws java.time.format.DateTimeParseException when it is not such a key
   */
  static java.time.LocalDateTime parseKey(String key) {
    return java.time.LocalDateTime.parse(key, KEY);
  }
}
