package org.waypoint.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MrnTest {

  @Test
  void mrnIsTheSequenceWithALuhnCheckDigit() {
    assertEquals("W1000017", Mrn.of(100001));
    assertEquals("W1000025", Mrn.of(100002));
    assertEquals("W79927398713", Mrn.of(7992739871L));
  }

  @Test
  void everyGeneratedMrnIsValid() {
    for (long n = 100001; n < 101001; n++) {
      assertTrue(Mrn.isValid(Mrn.of(n)), Mrn.of(n));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"W1000018", "W1000071", "W0100017", "1000017", "W", "W1", "", "W10000l7"})
  void aMistypedMrnIsRecognised(String typed) {
    assertFalse(Mrn.isValid(typed), typed);
  }

  @Test
  void aLowerCaseWStillCounts() {
    assertTrue(Mrn.isValid("w1000017"));
  }

  @Test
  void theSequenceMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Mrn.of(0));
  }
}
