package org.waypoint.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainsTest {

  private static AuditHash.Content content(String detail) {
    return new AuditHash.Content(
        Instant.parse("2026-11-22T09:00:00Z"),
        "clinician",
        "CLINICIAN",
        AuditAction.CLIENT_VIEW,
        AuditOutcome.SUCCESS,
        7L,
        null,
        null,
        detail,
        null);
  }

  @Test
  void everyNumberNamesAKnownChainAndConsecutiveNumbersUseThemAll() {
    Set<Integer> used = new HashSet<>();
    for (long key = -3; key < AuditChains.COUNT - 3; key++) {
      int chain = AuditChains.of(key);
      assertTrue(AuditChains.known(chain), "chain " + chain);
      used.add(chain);
    }
    assertEquals(AuditChains.COUNT, used.size());
    assertTrue(AuditChains.known(AuditChains.of(Long.MIN_VALUE)));
    assertFalse(AuditChains.known(0));
    assertFalse(AuditChains.known(AuditChains.COUNT + 1));
  }

  @Test
  void eachChainLinksToItsOwnPreviousEventOnly() {
    AuditChains.Links links = new AuditChains.Links();

    String first = links.append(2, 10, content("a"));
    String other = links.append(5, 11, content("b"));
    String second = links.append(2, 12, content("c"));

    assertEquals(AuditHash.of(null, content("a")), first);
    assertEquals(AuditHash.of(null, content("b")), other, "a chain starts from nothing");
    assertEquals(AuditHash.of(first, content("c")), second);
    assertEquals(12L, links.lastEventId(2));
    assertEquals(second, links.lastHash(2));
    assertEquals(second, links.previous(2));
    assertEquals(11L, links.lastEventId(5));
    assertNull(links.lastEventId(1));
    assertNull(links.lastHash(1));
  }

  @Test
  void anUnknownChainIsRefused() {
    AuditChains.Links links = new AuditChains.Links();

    assertThrows(IllegalArgumentException.class, () -> links.previous(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> links.append(AuditChains.COUNT + 1, 1, content(null)));
  }
}
