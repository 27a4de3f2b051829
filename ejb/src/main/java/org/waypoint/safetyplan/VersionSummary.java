package org.waypoint.safetyplan;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A saved version as the chart shows it.
 *
 * @param number the version's number, from 1
 * @param savedAt when it was saved
 * @param savedBy who saved it, by name
 * @param reviewedWithClient whether it was reviewed with the client
 * @param acknowledgement how the client acknowledged it
 * @param acknowledgedWith for a verbal acknowledgement, the staff member it was given to
 * @param signature for a signed one, the signature (PNG data URL)
 * @param reviewDue the review date set with it
 * @param note what changed, in the saver's words, or {@code null}
 * @param entries its entries, in plan order
 */
public record VersionSummary(
    int number,
    Instant savedAt,
    String savedBy,
    boolean reviewedWithClient,
    Acknowledgement acknowledgement,
    String acknowledgedWith,
    String signature,
    LocalDate reviewDue,
    String note,
    List<PlanEntry> entries)
    implements Serializable {

  public VersionSummary {
    entries = List.copyOf(entries);
  }
}
