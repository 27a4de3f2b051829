package org.waypoint.client;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for name searches: lower case, accents and apostrophes removed, spaces collapsed. */
public final class SearchText {

  private SearchText() {}

  /**
   * @param legalFirstName legal first name
   * @param legalLastName legal last name
   * @param preferredName preferred name, or {@code null}
   * @return what name searches compare for a client
   */
  public static String nameKey(String legalFirstName, String legalLastName, String preferredName) {
    return fold(
        legalFirstName + " " + legalLastName + " " + (preferredName == null ? "" : preferredName));
  }

  /**
   * @param text any text
   * @return the text as name searches compare it, e.g. "Zoë García" → "zoe garcia"
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String folded =
        decomposed
            .replaceAll("\\p{M}+", "")
            .replace('ø', 'o')
            .replace('Ø', 'o')
            .replace('ł', 'l')
            .replace('Ł', 'l')
            .replace("ß", "ss")
            .replace("’", "")
            .replace("'", "")
            .toLowerCase(Locale.ROOT);
    return folded.strip().replaceAll("\\s+", " ");
  }
}
