package org.waypoint.kernel;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kernel's own words (its enums' labels), from the services' bundle {@code ValidationMessages}
 * under {@code kernel.<Enum>.<CONSTANT>}. The kernel may use no other Waypoint package, so it reads
 * the center's language as {@code org.waypoint.center.CenterSettings#locale()} does: the setting
 * {@code waypoint.locale}, else {@code en-US}.
 */
final class Labels {

  private Labels() {}

  static String of(Enum<?> constant) {
    String key = "kernel." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    return ResourceBundle.getBundle("ValidationMessages", locale(), Labels.class.getClassLoader())
        .getString(key);
  }

  private static Locale locale() {
    String tag = System.getProperty("waypoint.locale");
    if (tag == null || tag.isBlank()) {
      tag = System.getenv("WAYPOINT_LOCALE");
    }
    return Locale.forLanguageTag(tag == null || tag.isBlank() ? "en-US" : tag.trim());
  }
}
