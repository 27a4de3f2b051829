package org.waypoint.intake;

/** How typed text is kept: trimmed, with runs of spaces collapsed; blank means not given. */
final class Text {

  private Text() {}

  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip().replaceAll("[ \\t]+", " ");
    return trimmed.isEmpty() ? null : trimmed;
  }
}
