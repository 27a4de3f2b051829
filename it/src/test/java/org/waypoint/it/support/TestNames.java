package org.waypoint.it.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/** Names that no other test, and no earlier run against the same database, has used. */
public final class TestNames {

  private static final AtomicLong NEXT = new AtomicLong(System.nanoTime());

  private TestNames() {}

  /**
   * @param prefix a capitalised word, e.g. {@code Browser}
   * @return the prefix followed by letters only, as client names must be
   */
  public static String uniqueLastName(String prefix) {
    StringBuilder name = new StringBuilder(prefix);
    long n = NEXT.incrementAndGet();
    while (n > 0) {
      name.append((char) ('a' + n % 26));
      n /= 26;
    }
    return name.toString();
  }

  /**
   * @return today in the center's time zone (the test server runs with the default, Chicago), the
   *     day the services judge dates by
   */
  public static LocalDate centerToday() {
    return LocalDate.now(ZoneId.of("America/Chicago"));
  }
}
