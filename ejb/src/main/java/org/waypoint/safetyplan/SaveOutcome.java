package org.waypoint.safetyplan;

import java.io.Serializable;
import java.util.List;
import org.waypoint.audit.AuditDetail;

/**
 * What became of a save: a new version, or, when someone saved the plan meanwhile, nothing saved
 * and a merge of both revisions for the user to look over and save.
 *
 * @param saved the new version, or {@code null} when the save met a newer version
 * @param latest the newer version the save met, or {@code null}
 * @param merged both revisions merged (theirs with the user's changes), or empty
 * @param conflicts entries both revised, kept in both wordings, or empty
 */
public record SaveOutcome(
    VersionSummary saved,
    VersionSummary latest,
    List<PlanEntry> merged,
    List<EntryChange> conflicts)
    implements Serializable, AuditDetail {

  public SaveOutcome {
    merged = List.copyOf(merged);
    conflicts = List.copyOf(conflicts);
  }

  /**
   * @return whether a version was saved
   */
  public boolean isSaved() {
    return saved != null;
  }

  @Override
  public String auditDetail() {
    return saved != null
        ? "version " + saved.number() + " saved"
        : "nothing saved: version "
            + latest.number()
            + " was saved meanwhile; "
            + conflicts.size()
            + " conflict(s) shown";
  }
}
