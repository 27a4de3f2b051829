package org.waypoint.report;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One report's words in one language: its resource bundle (English is the base file, never the
 * server's default locale) and the small helpers every report uses to turn codes and values into
 * printed text.
 */
final class ReportText {
  private final ResourceBundle bundle;
  private final Locale locale;

  private ReportText(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * @param name the bundle's base name, e.g. {@link HandoverReport#BUNDLE}
   * @param locale the language wanted; English when the bundle lacks it
   * @return the bundle in that language
   */
  static ResourceBundle bundle(String name, Locale locale) {
    return ResourceBundle.getBundle(
        name,
        locale,
        ReportText.class.getClassLoader(),
        // English is the base file: never fall back to the server's default locale
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * @param name the bundle's base name
   * @param locale the language wanted, which also sets how dates and numbers are written
   * @return the words of that bundle, formatted for {@code locale}
   */
  static ReportText of(String name, Locale locale) {
    return new ReportText(bundle(name, locale), locale);
  }

  /**
   * @param bundle a bundle already loaded
   * @param locale how dates and numbers are written
   * @return the words of that bundle, formatted for {@code locale}
   */
  static ReportText of(ResourceBundle bundle, Locale locale) {
    return new ReportText(bundle, locale);
  }

  Locale locale() {
    return locale;
  }

  String get(String key) {
    return bundle.getString(key);
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** A date pattern of the bundle ({@code format.date}...) in this language. */
  DateTimeFormatter pattern(String key) {
    return DateTimeFormatter.ofPattern(get(key), locale);
  }

  /** The bundle's text for a code, {@code null} for no code; an unknown code prints as itself. */
  String label(String prefix, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    // an unknown code prints as itself rather than failing the print
    return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : code;
  }

  /** The bundle's pattern {@code key} filled with {@code args} ({@link String#format}). */
  String format(String key, Object... args) {
    return String.format(locale, get(key), args);
  }

  /** The value, or the bundle's {@code notRecorded} when it is missing or blank. */
  String orNotRecorded(String value) {
    return present(value) ? value : get("notRecorded");
  }

  /** The value, or the bundle's {@code none} when it is missing or blank. */
  String orNone(String value) {
    return present(value) ? value : get("none");
  }

  static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
