package org.waypoint.safetyplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.waypoint.safetyplan.PlanComparisonTest.text;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Two staff revise the same plan at once: nothing either typed is lost. */
class PlanMergeTest {

  private final AtomicInteger next = new AtomicInteger();
  private final Supplier<String> keys = () -> "new" + next.incrementAndGet();

  private static final List<PlanEntry> BASE =
      List.of(
          text("a", PlanPart.WARNING_SIGNS, "Not sleeping"),
          text("b", PlanPart.COPING_ALONE, "A walk"),
          text("c", PlanPart.REASONS_FOR_LIVING, "My dog"));

  private static List<String> texts(PlanMerge.Result result) {
    return result.entries().stream().map(PlanEntry::text).toList();
  }

  @Test
  void bothUsersAdditionsAreKept() {
    List<PlanEntry> mine =
        List.of(BASE.get(0), BASE.get(1), text("m", PlanPart.COPING_ALONE, "Drawing"), BASE.get(2));
    List<PlanEntry> theirs =
        List.of(
            BASE.get(0),
            text("t", PlanPart.WARNING_SIGNS, "Skipping meals"),
            BASE.get(1),
            BASE.get(2));

    PlanMerge.Result merged = PlanMerge.merge(BASE, mine, theirs, keys);

    assertEquals(
        List.of("Not sleeping", "Skipping meals", "A walk", "Drawing", "My dog"), texts(merged));
    assertEquals(List.of(), merged.conflicts());
  }

  @Test
  void changesToDifferentEntriesAndRemovalsApply() {
    List<PlanEntry> mine =
        List.of(text("a", PlanPart.WARNING_SIGNS, "Not sleeping for two nights"), BASE.get(2));
    List<PlanEntry> theirs =
        List.of(BASE.get(0), BASE.get(1), text("c", PlanPart.REASONS_FOR_LIVING, "My dog, Pepper"));

    PlanMerge.Result merged = PlanMerge.merge(BASE, mine, theirs, keys);

    assertEquals(List.of("Not sleeping for two nights", "My dog, Pepper"), texts(merged));
    assertEquals(List.of(), merged.conflicts());
  }

  @Test
  void whenBothChangeOneEntryBothWordingsAreKeptAndNamed() {
    List<PlanEntry> mine =
        List.of(
            BASE.get(0), text("b", PlanPart.COPING_ALONE, "A walk with headphones"), BASE.get(2));
    List<PlanEntry> theirs =
        List.of(BASE.get(0), text("b", PlanPart.COPING_ALONE, "A walk by the lake"), BASE.get(2));

    PlanMerge.Result merged = PlanMerge.merge(BASE, mine, theirs, keys);

    assertEquals(
        List.of("Not sleeping", "A walk by the lake", "A walk with headphones", "My dog"),
        texts(merged));
    assertEquals(1, merged.conflicts().size());
    assertEquals("new1", merged.entries().get(2).key(), "my wording is kept as a new entry");
  }

  @Test
  void anEntryOneRemovedAndTheOtherChangedIsKept() {
    List<PlanEntry> mine = List.of(BASE.get(0), BASE.get(2)); // I removed "A walk"
    List<PlanEntry> theirs =
        List.of(BASE.get(0), text("b", PlanPart.COPING_ALONE, "A long walk"), BASE.get(2));
    PlanMerge.Result merged = PlanMerge.merge(BASE, mine, theirs, keys);
    assertEquals(List.of("Not sleeping", "A long walk", "My dog"), texts(merged));
    assertEquals(1, merged.conflicts().size());

    List<PlanEntry> mine2 =
        List.of(BASE.get(0), text("b", PlanPart.COPING_ALONE, "A short walk"), BASE.get(2));
    List<PlanEntry> theirs2 = List.of(BASE.get(0), BASE.get(2)); // they removed it
    PlanMerge.Result merged2 = PlanMerge.merge(BASE, mine2, theirs2, keys);
    assertEquals(List.of("Not sleeping", "A short walk", "My dog"), texts(merged2));
    assertEquals(1, merged2.conflicts().size());
  }
}
