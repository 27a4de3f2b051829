package org.waypoint.intake;

import org.waypoint.kernel.PlainText;

/** How typed text is kept: exactly as typed; blank means not given ({@link PlainText}). */
final class Text {

  private Text() {}

  static String clean(String text) {
    return PlainText.Validator.asTyped(text);
  }
}
