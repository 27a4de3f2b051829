package org.waypoint.perf.floor;

import java.util.OptionalDouble;

/**
 * The targets (p95 on a 2-core machine with PostgreSQL at full scale), per action of the
 * latency phase; the load phase is judged as a whole (200 users: p95 ≤ 300 ms, no errors).
 */
public final class Targets {
  /** Every action within this multiple of its SQL floor (p95). */
  public static final double FLOOR_RATIO = 3.0;

  /** The load phase's p95, all requests, in milliseconds. */
  public static final double LOAD_P95 = 300;

  /** Server ready within this many seconds of start. */
  public static final double READY_SECONDS = 15;

  /** Heap at most this many MiB throughout. */
  public static final double HEAP_MIB = 1024;

  private Targets() {}

  /**
   * @param action an action's name, e.g. {@code chart-heavy-notes}
   * @return its p95 target in milliseconds, empty when the issue sets none
   */
  public static OptionalDouble p95(String action) {
    if (action.startsWith("dashboard-") || action.equals("client-search")) {
      return OptionalDouble.of(50);
    }
    if (action.equals("chart-heavy") || action.startsWith("chart-heavy-")) {
      return OptionalDouble.of(100);
    }
    switch (action) {
      case "check-in-record":
      case "plan-save":
      case "note-sign":
      case "note-draft":
        return OptionalDouble.of(50);
      case "discharge-pdf":
        return OptionalDouble.of(200);
      case "handover-pdf":
        return OptionalDouble.of(500);
      default:
        return OptionalDouble.empty();
    }
  }
}
