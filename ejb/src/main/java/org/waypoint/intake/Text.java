package org.waypoint.intake;

import org.waypoint.kernel.PlainText;

/** How typed text is kept: trimmed, with runs of spaces collapsed; blank means not given. */
final class Text {

  private Text() {}

  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = PlainText.Validator.trim(text).replaceAll("[ \\t]+", " ");
    return trimmed.isEmpty() ? null : trimmed;
  }
}
