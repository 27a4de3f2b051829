package org.waypoint.safetyplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanEntriesTest {

  @Test
  void aVersionNeedsWordsInEveryEntryAndAPhoneForEveryContact() {
    List<PlanEntry> entries =
        List.of(
            new PlanEntry("a", PlanPart.COPING_ALONE, " ", null, null, null),
            new PlanEntry("b", PlanPart.PEOPLE_TO_ASK, "Aunt Rosa", "aunt", null, null),
            new PlanEntry("c", PlanPart.PROFESSIONALS, "988 Lifeline", null, "988", null),
            new PlanEntry("d", PlanPart.PROFESSIONALS, "Dr. Lee", null, "call me", null));
    assertEquals(
        Set.of("entries[0].text", "entries[1].phone", "entries[3].phone"),
        PlanEntries.refusals(entries, true).keySet());
    assertEquals(
        Set.of(),
        PlanEntries.refusals(entries, false).keySet(),
        "a draft keeps what is typed so far, a number half typed included");
    assertEquals(
        Set.of("entries[0].phone"),
        PlanEntries.refusals(
                List.of(
                    new PlanEntry("e", PlanPart.PEOPLE_TO_ASK, "Sam", null, "3".repeat(31), null)),
                false)
            .keySet(),
        "but not one longer than any number");
  }

  @Test
  void aPartHoldsAtMostTwentyEntries() {
    List<PlanEntry> many =
        java.util.stream.IntStream.range(0, 21)
            .mapToObj(i -> new PlanEntry("k" + i, PlanPart.DISTRACTIONS, "x" + i, null, null, null))
            .toList();
    assertTrue(PlanEntries.refusals(many, true).containsKey("part.DISTRACTIONS"));
  }

  @Test
  void aPhoneNumberBecomesATapToCallLinkOnlyWhenItCanBeDialled() {
    assertEquals("tel:3125550142", contact("(312) 555-0142").telUri());
    assertEquals("tel:988", contact("988").telUri());
    assertEquals("tel:+13125550142", contact("+1 312.555.0142").telUri());
    assertEquals(null, contact("312-").telUri(), "half typed");
    assertEquals(null, contact(null).telUri());
  }

  private static PlanEntry contact(String phone) {
    return new PlanEntry("k", PlanPart.PEOPLE_TO_ASK, "Rosa", "aunt", phone, null);
  }
}
