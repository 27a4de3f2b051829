package org.waypoint.perf.floor;

import java.util.Arrays;

/**
 * Percentiles of a set of timings by the nearest-rank method (the smallest value with at least p%
 * of the values at or below it).
 *
 * @param count how many timings
 * @param p50 the median, in milliseconds
 * @param p95 the 95th percentile, in milliseconds
 * @param p99 the 99th percentile, in milliseconds
 */
public record Percentiles(int count, double p50, double p95, double p99) {

  /**
   * @param millis the timings, in milliseconds (not changed)
   * @return their percentiles
   */
  public static Percentiles of(double[] millis) {
    if (millis.length == 0) {
      throw new IllegalArgumentException("no timings");
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
  }

  private static double rank(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
