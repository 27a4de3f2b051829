package org.waypoint.web.safetyplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.waypoint.safetyplan.PlanEntries;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;

/** The editor's limits are the service's: a box takes exactly what a saved entry may hold. */
class EditableEntryTest {

  private static final String KEY = "00000000-0000-0000-0000-000000000001";

  @Test
  void eachBoxTakesExactlyWhatTheServiceKeeps() {
    assertLimit("text", EditableEntry.TEXT_LIMIT, t -> entry(t, null, null, null));
    assertLimit(
        "relationship", EditableEntry.RELATIONSHIP_LIMIT, t -> entry("Rosa", t, null, null));
    assertLimit("phone", EditableEntry.PHONE_LIMIT, t -> entry("Rosa", null, t, null));
    assertLimit("heldBy", EditableEntry.HELD_BY_LIMIT, t -> entry("Pills", null, null, t));
  }

  @Test
  void theVersionDetailsLimitsAreReadFromTheServiceRule() {
    assertEquals(120, SafetyPlanEditorView.limitOf("acknowledgedWith"));
    assertEquals(500, SafetyPlanEditorView.limitOf("note"));
  }

  @Test
  void textIsKeptExactlyAsTypedAndOnlyABlankBoxIsEmpty() {
    EditableEntry e = new EditableEntry(KEY, PlanPart.WARNING_SIGNS);
    String typed = "  " + "y".repeat(501) + "  ";
    e.setText(typed);
    assertEquals(typed, e.toEntry().text());
    e.setText(" \t ");
    assertNull(e.toEntry().text());
  }

  private static void assertLimit(String field, int limit, Function<String, PlanEntry> entry) {
    // digits, so a phone number at the limit is one the service could keep
    String atLimit = "1".repeat(limit);
    Map<String, String> none = PlanEntries.refusals(List.of(entry.apply(atLimit)), false);
    assertTrue(none.isEmpty(), field + " at " + limit + " is kept: " + none);
    Map<String, String> refused = PlanEntries.refusals(List.of(entry.apply(atLimit + "1")), false);
    assertTrue(
        refused.containsKey("entries[0]." + field),
        field + " over " + limit + " is refused: " + refused);
  }

  private static PlanEntry entry(String text, String relationship, String phone, String heldBy) {
    return new PlanEntry(KEY, PlanPart.PEOPLE_TO_ASK, text, relationship, phone, heldBy);
  }
}
