package org.waypoint.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The rule for repeated failed sign-ins: after {@value #MAX_FAILURES} wrong passwords in a row an
 * account is locked for {@link #LOCK}, during which even the right password is refused with the
 * same message as a wrong one. A successful sign-in starts the count again.
 */
public final class SignInThrottle {

  /** Wrong passwords in a row that lock the account. */
  public static final int MAX_FAILURES = 5;

  /** How long a lock lasts. */
  public static final Duration LOCK = Duration.ofMinutes(15);

  private final Clock clock;

  /**
   * @param clock the time source
   */
  public SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param lockedUntil the account's lock, or {@code null}
   * @return whether the account is locked now
   */
  public boolean isLocked(Instant lockedUntil) {
    return lockedUntil != null && clock.instant().isBefore(lockedUntil);
  }

  /**
   * @param failuresSoFar failed sign-ins in a row before this one
   * @return what to store after one more failure
   */
  public Outcome afterFailure(int failuresSoFar) {
    int failures = failuresSoFar + 1;
    return failures >= MAX_FAILURES
        ? new Outcome(0, clock.instant().plus(LOCK))
        : new Outcome(failures, null);
  }

  /**
   * The account's state after a failed sign-in.
   *
   * @param failures the failures in a row to store
   * @param lockedUntil the lock to store, or {@code null} for none
   */
  public record Outcome(int failures, Instant lockedUntil) {}
}
