package org.waypoint.perf.data;

/**
 * How many of each thing a scale asks for. Scale 1 is the network: 20 programs, 400 staff,
 * 20,000 clients (5,000 active), 3,000,000 check-ins, 1,000,000 session notes and 100,000
 * safety-plan versions. Smaller scales keep the fixture contract's names: 20 programs, the 40
 * supervisors, {@code clin001}, {@code clin002}, {@code intake01}, {@code admin01}, the heavy
 * client and P20's 40 active clients (as many as exist below scale 0.01).
 *
 * @param factor the scale asked for
 */
record Scale(double factor) {

  /** Programs, at every scale. */
  static final int PROGRAMS = 20;

  /** Supervisors, two per program, at every scale. */
  static final int SUPERVISORS = 2 * PROGRAMS;

  /** Active clients of P20 (the 40-client handover) at scales of 0.01 and more. */
  static final int P20_ACTIVE = 40;

  Scale {
    if (!(factor > 0) || factor > 10) {
      throw new IllegalArgumentException("--scale must be above 0 and at most 10: " + factor);
    }
  }

  private long of(double full, long minimum) {
    return Math.max(minimum, Math.round(full * factor));
  }

  int clinicians() {
    return (int) of(300, 2);
  }

  int intakeStaff() {
    return (int) of(40, 1);
  }

  int admins() {
    return (int) of(20, 1);
  }

  int clients() {
    return (int) Math.max(activeClients() + 4, of(20_000, 0));
  }

  int activeClients() {
    return (int) of(5_000, 5);
  }

  /** P20's active clients: 40, or as many as a small scale has beside P01's fixtures. */
  int p20Active() {
    return Math.min(P20_ACTIVE, activeClients() - 3);
  }

  long checkIns() {
    return of(3_000_000, 0);
  }

  long notes() {
    return of(1_000_000, 0);
  }

  long planVersions() {
    return of(100_000, 0);
  }

  /** True from scale 0.01: the heavy client's full history. */
  boolean fullHeavyClient() {
    return factor >= 0.01;
  }

  int heavyCheckIns() {
    return fullHeavyClient() ? 3_000 : 100;
  }

  int heavyNotes() {
    return fullHeavyClient() ? 1_000 : 50;
  }

  /** Days of past shifts with handovers given. */
  int handoverDays() {
    return (int) Math.max(3, Math.min(14, Math.round(14 * factor * 10)));
  }
}
