package org.waypoint.safetyplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares two versions of a plan entry by entry, matching entries by their lasting keys. */
public final class PlanComparison {

  private PlanComparison() {}

  /**
   * @param older the older version's entries, in order
   * @param newer the newer version's entries, in order
   * @return every entry of either version with how it changed, part by part in plan order; within a
   *     part, the newer version's order, then what was removed in the older version's order
   */
  public static List<EntryChange> between(List<PlanEntry> older, List<PlanEntry> newer) {
    Map<String, PlanEntry> before = byKey(older);
    Map<String, PlanEntry> after = byKey(newer);
    List<EntryChange> changes = new ArrayList<>();
    for (PlanEntry entry : newer) {
      PlanEntry old = before.get(entry.key());
      EntryChange.Kind kind =
          old == null
              ? EntryChange.Kind.ADDED
              : old.sameContent(entry) ? EntryChange.Kind.UNCHANGED : EntryChange.Kind.CHANGED;
      changes.add(new EntryChange(kind, entry.part(), old, entry));
    }
    for (PlanEntry entry : older) {
      if (!after.containsKey(entry.key())) {
        changes.add(new EntryChange(EntryChange.Kind.REMOVED, entry.part(), entry, null));
      }
    }
    // a stable sort: by part only, keeping the order above inside each part
    changes.sort(Comparator.comparing(EntryChange::part));
    return changes;
  }

  /**
   * @param changes a comparison
   * @return whether anything was added, removed or changed
   */
  public static boolean anyDifference(List<EntryChange> changes) {
    return changes.stream().anyMatch(c -> c.kind() != EntryChange.Kind.UNCHANGED);
  }

  static Map<String, PlanEntry> byKey(List<PlanEntry> entries) {
    Map<String, PlanEntry> map = new LinkedHashMap<>();
    for (PlanEntry entry : entries) {
      if (map.put(entry.key(), entry) != null) {
        throw new IllegalArgumentException("Two entries share the key " + entry.key());
      }
    }
    return map;
  }
}
