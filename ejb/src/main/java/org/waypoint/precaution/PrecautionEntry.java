package org.waypoint.precaution;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.waypoint.center.Wording;

/**
 * A precaution as the chart shows it.
 *
 * @param id the precaution's id
 * @param version its version, to end it against
 * @param kind the kind
 * @param observationLevel the observation level, for an observation precaution
 * @param details details in words, or {@code null}
 * @param startedAt when it started
 * @param startedBy who started it, by name
 * @param endsAt when it lapses by itself, or {@code null}
 * @param endedAt when it was ended, or {@code null}
 * @param endedBy who ended it, by name, or {@code null}
 * @param endNote why it was ended, or {@code null}
 * @param active whether it applies now
 */
public record PrecautionEntry(
    long id,
    long version,
    PrecautionKind kind,
    ObservationLevel observationLevel,
    String details,
    Instant startedAt,
    String startedBy,
    Instant endsAt,
    Instant endedAt,
    String endedBy,
    String endNote,
    boolean active)
    implements Serializable {

  /**
   * @return what the precaution is, e.g. "Observation: one-to-one"
   */
  public String description() {
    return switch (kind) {
      case OBSERVATION ->
          Wording.text(
              details == null
                  ? "precaution.describe.observation"
                  : "precaution.describe.observationWith",
              observationLevel.label().toLowerCase(Locale.ROOT),
              details);
      case SHARPS ->
          details == null
              ? Wording.text("precaution.describe.sharps")
              : Wording.text("precaution.describe.sharpsWith", details);
      case OTHER -> details;
    };
  }
}
