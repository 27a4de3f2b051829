package org.waypoint.client;

/**
 * Medical record numbers: {@code W}, a sequence number, and a Luhn check digit, so a mistyped MRN
 * is recognised as one rather than opening another client's chart.
 */
public final class Mrn {

  private Mrn() {}

  /**
   * @param sequence a positive number drawn from the MRN sequence
   * @return the MRN, e.g. {@code W1000013} for 100001
   */
  public static String of(long sequence) {
    if (sequence <= 0) {
      throw new IllegalArgumentException("MRN sequence must be positive: " + sequence);
    }
    String digits = Long.toString(sequence);
    return "W" + digits + checkDigit(digits);
  }

  /**
   * @param text what a user typed
   * @return whether it has the shape of an MRN and its check digit matches
   */
  public static boolean isValid(String text) {
    if (text == null || !text.matches("[Ww][0-9]{2,11}")) {
      return false;
    }
    String digits = text.substring(1, text.length() - 1);
    return checkDigit(digits) == text.charAt(text.length() - 1) - '0';
  }

  static int checkDigit(String digits) {
    int sum = 0;
    boolean twice = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return (10 - sum % 10) % 10;
  }
}
