package org.waypoint.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RedirectMessagesTest {

  @Test
  void theTokenJoinsThePathsQueryBeforeAnyFragment() {
    assertEquals("/note/7?done=t", RedirectMessages.withToken("/note/7", "t"));
    assertEquals(
        "/client/3?section=notes&done=t",
        RedirectMessages.withToken("/client/3?section=notes", "t"));
    assertEquals(
        "/intake/2?done=t#screening", RedirectMessages.withToken("/intake/2#screening", "t"));
    assertEquals("/?done=t", RedirectMessages.withToken("/", "t"));
  }
}
