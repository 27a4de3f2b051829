package org.waypoint.safetyplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanComparisonTest {

  static PlanEntry text(String key, PlanPart part, String text) {
    return new PlanEntry(key, part, text, null, null, null);
  }

  static PlanEntry contact(String key, String name, String relationship, String phone) {
    return new PlanEntry(key, PlanPart.PEOPLE_TO_ASK, name, relationship, phone, null);
  }

  @Test
  void addedRemovedChangedAndUnchangedEntriesAreToldApartByKey() {
    List<PlanEntry> v1 =
        List.of(
            text("a", PlanPart.WARNING_SIGNS, "Not sleeping"),
            text("b", PlanPart.COPING_ALONE, "A walk by the lake"),
            contact("c", "Aunt Rosa", "aunt", "(312) 555-0142"));
    List<PlanEntry> v2 =
        List.of(
            text("a", PlanPart.WARNING_SIGNS, "Not sleeping"),
            contact("c", "Aunt Rosa", "aunt", "(312) 555-0199"),
            text("d", PlanPart.REASONS_FOR_LIVING, "My little brother"));

    List<EntryChange> changes = PlanComparison.between(v1, v2);

    assertEquals(
        List.of(
            EntryChange.Kind.UNCHANGED,
            EntryChange.Kind.REMOVED,
            EntryChange.Kind.CHANGED,
            EntryChange.Kind.ADDED),
        changes.stream().map(EntryChange::kind).toList());
    assertEquals("A walk by the lake", changes.get(1).before().text());
    assertEquals("(312) 555-0142", changes.get(2).before().phone());
    assertEquals("(312) 555-0199", changes.get(2).after().phone());
    assertTrue(PlanComparison.anyDifference(changes));
    assertFalse(PlanComparison.anyDifference(PlanComparison.between(v1, v1)));
  }

  @Test
  void entriesKeepTheNewerOrderWithinEachPart() {
    List<PlanEntry> v1 =
        List.of(
            text("a", PlanPart.COPING_ALONE, "Journal"), text("b", PlanPart.COPING_ALONE, "Bath"));
    List<PlanEntry> v2 =
        List.of(
            text("b", PlanPart.COPING_ALONE, "Bath"), text("a", PlanPart.COPING_ALONE, "Journal"));
    assertEquals(
        List.of("b", "a"),
        PlanComparison.between(v1, v2).stream().map(c -> c.after().key()).toList());
  }

  @Test
  void twoEntriesMayNotShareAKey() {
    List<PlanEntry> twice =
        List.of(text("a", PlanPart.COPING_ALONE, "x"), text("a", PlanPart.COPING_ALONE, "y"));
    assertThrows(IllegalArgumentException.class, () -> PlanComparison.between(twice, List.of()));
  }
}
