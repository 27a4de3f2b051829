package org.waypoint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

  private static final Instant AT = Instant.parse("2026-11-22T09:00:00.123456789Z");

  private static AuditHash.Content content(String detail) {
    return new AuditHash.Content(
        AT,
        "clinician",
        "CLINICIAN",
        AuditAction.CLIENT_VIEW,
        AuditOutcome.SUCCESS,
        7L,
        "Client",
        "7",
        detail,
        "127.0.0.1");
  }

  @Test
  void theHashIsSixtyFourHexDigitsAndRepeatable() {
    String hash = AuditHash.of(null, content(null));

    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, AuditHash.of(null, content(null)));
  }

  @Test
  void everyFieldAndThePreviousHashCount() {
    String base = AuditHash.of("a".repeat(64), content("x"));

    assertNotEquals(base, AuditHash.of("b".repeat(64), content("x")));
    assertNotEquals(base, AuditHash.of("a".repeat(64), content("y")));
    assertNotEquals(base, AuditHash.of(null, content("x")));
  }

  @Test
  void anAbsentValueIsNotAnEmptyOne() {
    assertNotEquals(AuditHash.of(null, content(null)), AuditHash.of(null, content("")));
  }

  @Test
  void valuesCannotBeShiftedBetweenFields() {
    AuditHash.Content a =
        new AuditHash.Content(
            AT, "ab", "c", AuditAction.SIGN_IN, AuditOutcome.DENIED, null, null, null, null, null);
    AuditHash.Content b =
        new AuditHash.Content(
            AT, "a", "bc", AuditAction.SIGN_IN, AuditOutcome.DENIED, null, null, null, null, null);

    assertNotEquals(AuditHash.of(null, a), AuditHash.of(null, b));
  }

  @Test
  void timesCountToTheMicrosecondAsStored() {
    AuditHash.Content nanos = content("x");
    AuditHash.Content micros =
        new AuditHash.Content(
            Instant.parse("2026-11-22T09:00:00.123456Z"),
            "clinician",
            "CLINICIAN",
            AuditAction.CLIENT_VIEW,
            AuditOutcome.SUCCESS,
            7L,
            "Client",
            "7",
            "x",
            "127.0.0.1");

    assertEquals(AuditHash.of(null, nanos), AuditHash.of(null, micros));
  }
}
