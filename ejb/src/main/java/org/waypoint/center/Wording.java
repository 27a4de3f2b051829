package org.waypoint.center;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words services give to people (refusals, reasons, labels), from the EJB module's {@code
 * ValidationMessages} bundle in the center's locale: the same bundle Bean Validation reads, so a
 * constraint's message and a service's refusal are worded in one place.
 */
public final class Wording {

  /** The bundle's base name. */
  public static final String BUNDLE = "ValidationMessages";

  private Wording() {}

  /**
   * @param key a key of the bundle
   * @param arguments values for its {@code {0}}, {@code {1}}… placeholders
   * @return the text in the center's locale
   * @throws MissingResourceException when the key is missing (a unit test keeps them all present)
   */
  public static String text(String key, Object... arguments) {
    return text(new CenterSettings().locale(), key, arguments);
  }

  /**
   * @param constant a constant of an enum shown on screens
   * @return its label in the center's locale, from the key {@code <package>.<Enum>.<CONSTANT>},
   *     e.g. {@code risk.RiskLevel.HIGH} (the last part of the enum's package)
   */
  public static String label(Enum<?> constant) {
    Class<?> type = constant.getDeclaringClass();
    String pkg = type.getPackageName();
    return text(
        pkg.substring(pkg.lastIndexOf('.') + 1)
            + "."
            + type.getSimpleName()
            + "."
            + constant.name());
  }

  /**
   * @param locale the language wanted
   * @param key a key of the bundle
   * @param arguments values for its placeholders
   * @return the text in that language
   */
  public static String text(Locale locale, String key, Object... arguments) {
    String pattern =
        ResourceBundle.getBundle(BUNDLE, locale, Wording.class.getClassLoader()).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
