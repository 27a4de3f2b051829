package org.waypoint.center;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The center's configuration. Each value comes from a system property of the server (e.g. {@code
 * -Dwaypoint.center.name=...}) or else an environment variable ({@code WAYPOINT_CENTER_NAME}), else
 * a demo default. Read on each call: nothing is cached that cluster nodes would have to agree on.
 */
@ApplicationScoped
public class CenterSettings {

  /**
   * @return the center's name, printed on reports and shown on screens
   */
  public String centerName() {
    return setting("waypoint.center.name").orElse("Waypoint Demo Center");
  }

  /**
   * @return the time zone in which times are shown; stored times are UTC
   */
  public ZoneId timeZone() {
    String zone = setting("waypoint.timezone").orElse("America/Chicago");
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalStateException("waypoint.timezone is not a time zone: " + zone, e);
    }
  }

  /**
   * @return the center's language and region ({@code waypoint.locale}, a BCP 47 tag such as {@code
   *     en-US} or {@code es-US}; default {@code en-US}): the wording of messages that services
   *     give, and how dates and numbers are written
   */
  public Locale locale() {
    return Locale.forLanguageTag(setting("waypoint.locale").orElse("en-US"));
  }

  /**
   * @return the phone number of the center's 24-hour line ({@code waypoint.crisis.line}), offered
   *     as a ready entry in every safety plan and printed on the discharge plan; {@code null} when
   *     the center has none
   */
  public String crisisLine() {
    return setting("waypoint.crisis.line").orElse(demoMode() ? "(312) 555-0911" : null);
  }

  /**
   * @return whether the server runs in demo mode (demo data and demo accounts)
   */
  public boolean demoMode() {
    return setting("waypoint.demo").map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * @return how long an emergency access to a chart lasts ({@code waypoint.emergency.hours},
   *     default 4)
   */
  public Duration emergencyAccess() {
    String hours = setting("waypoint.emergency.hours").orElse("4");
    try {
      long value = Long.parseLong(hours);
      if (value < 1 || value > 24) {
        throw new NumberFormatException(hours);
      }
      return Duration.ofHours(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "waypoint.emergency.hours must be a whole number of hours from 1 to 24: " + hours, e);
    }
  }

  /**
   * @return the days after a discharge on which follow-up calls are due ({@code
   *     waypoint.followup.days}, a comma-separated list, default {@code 3,7,14,21,28}: within 72
   *     hours, then weekly for four weeks), ascending, without repeats
   * @throws IllegalStateException when the setting is not a list of whole days from 1 to 365
   */
  public List<Integer> followUpDays() {
    String value = setting("waypoint.followup.days").orElse("3,7,14,21,28");
    java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
    try {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          int day = Integer.parseInt(part.trim());
          if (day < 1 || day > 365) {
            throw new NumberFormatException(part);
          }
          days.add(day);
        }
      }
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "waypoint.followup.days must be whole days from 1 to 365, e.g. 3,7,14,21,28: " + value,
          e);
    }
    if (days.isEmpty()) {
      throw new IllegalStateException("waypoint.followup.days names no day: " + value);
    }
    return List.copyOf(days);
  }

  /**
   * @return the first administrator's password for an empty database outside demo mode ({@code
   *     WAYPOINT_ADMIN_PASSWORD}), if given
   */
  public Optional<String> firstAdministratorPassword() {
    return setting("waypoint.admin.password");
  }

  private static Optional<String> setting(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(property.toUpperCase().replace('.', '_'));
    }
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }
}
