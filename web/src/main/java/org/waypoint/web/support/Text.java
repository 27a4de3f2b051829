package org.waypoint.web.support;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the screens, from {@code org.waypoint.web.Messages} in the locale of the view being
 * shown: pages read it as {@code #{msg['key']}}, view beans through {@link #of}.
 */
public final class Text {

  /** The bundle's base name; faces-config names it as the resource bundle and message bundle. */
  public static final String BUNDLE = "org.waypoint.web.Messages";

  private Text() {}

  /**
   * @param key a key of the bundle
   * @param arguments values for its {@code {0}}, {@code {1}}… placeholders
   * @return the text in the current view's locale
   */
  public static String of(String key, Object... arguments) {
    return of(locale(), key, arguments);
  }

  /**
   * @param locale the language wanted
   * @param key a key of the bundle
   * @param arguments values for its placeholders
   * @return the text in that language
   */
  public static String of(Locale locale, String key, Object... arguments) {
    String pattern =
        ResourceBundle.getBundle(BUNDLE, locale, Text.class.getClassLoader()).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * @return the current view's locale, or the default locale outside a Faces request
   */
  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null && faces.getViewRoot() != null) {
      return faces.getViewRoot().getLocale();
    }
    return faces != null ? faces.getApplication().getDefaultLocale() : Locale.ENGLISH;
  }
}
