package org.waypoint.safetyplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges two revisions of the same plan made at once: what a user revised from an older version
 * ("mine") and what was saved meanwhile ("theirs"), both from the same base. Nothing either typed
 * is discarded: when both changed one entry differently, or one removed what the other changed,
 * both wordings are kept and the merge says so.
 */
public final class PlanMerge {

  private PlanMerge() {}

  /**
   * The merged entries and where the two revisions disagreed.
   *
   * @param entries the merged plan: theirs, with my additions, removals and changes applied
   * @param conflicts entries both revised: each keeps their wording and adds mine beside it
   */
  public record Result(List<PlanEntry> entries, List<EntryChange> conflicts) {}

  /**
   * @param base the version both started from
   * @param mine my revision
   * @param theirs the version saved meanwhile
   * @param newKey makes a key for an entry kept beside another (a copy of mine in a conflict)
   * @return the merge
   */
  public static Result merge(
      List<PlanEntry> base,
      List<PlanEntry> mine,
      List<PlanEntry> theirs,
      java.util.function.Supplier<String> newKey) {
    Map<String, PlanEntry> baseByKey = PlanComparison.byKey(base);
    Map<String, PlanEntry> mineByKey = PlanComparison.byKey(mine);
    Map<String, PlanEntry> theirsByKey = PlanComparison.byKey(theirs);
    List<PlanEntry> merged = new ArrayList<>();
    List<EntryChange> conflicts = new ArrayList<>();
    for (PlanEntry their : theirs) {
      PlanEntry original = baseByKey.get(their.key());
      PlanEntry my = mineByKey.get(their.key());
      if (original == null) {
        merged.add(their); // they added it
        continue;
      }
      boolean theyChanged = !original.sameContent(their);
      if (my == null) {
        // I removed it: it goes, unless they changed it meanwhile
        if (theyChanged) {
          merged.add(their);
          conflicts.add(new EntryChange(EntryChange.Kind.REMOVED, their.part(), original, their));
        }
        continue;
      }
      boolean iChanged = !original.sameContent(my);
      if (iChanged && theyChanged && !my.sameContent(their)) {
        merged.add(their);
        PlanEntry copy =
            new PlanEntry(
                newKey.get(), my.part(), my.text(), my.relationship(), my.phone(), my.heldBy());
        merged.add(copy);
        conflicts.add(new EntryChange(EntryChange.Kind.CHANGED, my.part(), their, copy));
      } else {
        merged.add(iChanged ? my : their);
      }
    }
    for (PlanEntry my : mine) {
      PlanEntry original = baseByKey.get(my.key());
      if (original == null) {
        merged.add(my); // I added it
      } else if (!theirsByKey.containsKey(my.key()) && !original.sameContent(my)) {
        // they removed what I changed: keep my wording
        merged.add(my);
        conflicts.add(new EntryChange(EntryChange.Kind.CHANGED, my.part(), original, my));
      }
    }
    // plan order by part, keeping the order within each part
    merged.sort(java.util.Comparator.comparing(PlanEntry::part));
    return new Result(List.copyOf(merged), List.copyOf(conflicts));
  }
}
