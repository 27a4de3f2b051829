package org.waypoint.web.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The check-in form's text limits are the service's own {@code @Size} rules. */
class CheckInLimitsTest {

  @Test
  void theLimitsAreReadFromTheAnswersRules() {
    assertEquals(4000, CheckInFormView.limitOf("clientWords"));
    assertEquals(1000, CheckInFormView.limitOf("overrideReason"));
  }
}
