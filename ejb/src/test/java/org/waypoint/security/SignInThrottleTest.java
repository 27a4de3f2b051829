package org.waypoint.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
  private final SignInThrottle throttle = new SignInThrottle(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void fourFailuresOnlyCount() {
    SignInThrottle.Outcome outcome = throttle.afterFailure(3);

    assertEquals(4, outcome.failures());
    assertNull(outcome.lockedUntil());
  }

  @Test
  void theFifthFailureLocksForFifteenMinutes() {
    SignInThrottle.Outcome outcome = throttle.afterFailure(4);

    assertEquals(NOW.plus(Duration.ofMinutes(15)), outcome.lockedUntil());
    assertEquals(0, outcome.failures(), "the count starts again once the lock ends");
  }

  @Test
  void aLockHoldsUntilItsEnd() {
    assertTrue(throttle.isLocked(NOW.plusSeconds(1)));
    assertTrue(throttle.isLocked(NOW.plus(Duration.ofMinutes(15))));
  }

  @Test
  void aLockThatEndedNoLongerHolds() {
    assertFalse(throttle.isLocked(NOW));
    assertFalse(throttle.isLocked(NOW.minusSeconds(1)));
    assertFalse(throttle.isLocked(null));
  }
}
