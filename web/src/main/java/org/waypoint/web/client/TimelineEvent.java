package org.waypoint.web.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.waypoint.client.ClientProfile;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.note.NoteSummary;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.risk.RiskEntry;
import org.waypoint.web.support.Text;

/**
 * One line of the chart's timeline.
 *
 * @param at when
 * @param what what happened, in words
 * @param who who did it, by name, or {@code null}
 * @param noteId the session note it links to, or {@code null} (always for intake staff)
 */
public record TimelineEvent(Instant at, String what, String who, Long noteId)
    implements Serializable {

  /**
   * An entry without a link.
   *
   * @param at when
   * @param what what happened, in words
   * @param who who did it, by name, or {@code null}
   */
  public TimelineEvent(Instant at, String what, String who) {
    this(at, what, who, null);
  }

  /**
   * @param client the client
   * @param intake the client's intake, or {@code null}
   * @param risks the client's risk levels
   * @param precautions the client's precautions
   * @param notes the client's latest notes (the chart's first page), or none
   * @param linkNotes whether the user may open notes (the care team): their entries link to them
   * @return what happened in the client's care, newest first
   */
  static List<TimelineEvent> of(
      ClientProfile client,
      IntakeRecord intake,
      List<RiskEntry> risks,
      List<PrecautionEntry> precautions,
      List<NoteSummary> notes,
      boolean linkNotes) {
    List<TimelineEvent> events = new ArrayList<>();
    if (intake != null) {
      events.add(
          new TimelineEvent(
              intake.startedAt(), Text.of("chart.timeline.intakeStarted"), intake.startedBy()));
    }
    events.add(
        new TimelineEvent(
            client.registeredAt(),
            intake != null
                ? Text.of("chart.timeline.admitted", client.programName())
                : Text.of("chart.timeline.registered"),
            client.registeredBy()));
    for (RiskEntry r : risks) {
      events.add(
          new TimelineEvent(
              r.assessedAt(),
              Text.of("chart.timeline.risk", r.level().label(), r.source().label(), r.reasonText()),
              r.assessedBy()));
    }
    for (PrecautionEntry p : precautions) {
      events.add(
          new TimelineEvent(
              p.startedAt(), Text.of("chart.timeline.started", p.description()), p.startedBy()));
      if (p.endedAt() != null) {
        events.add(
            new TimelineEvent(
                p.endedAt(),
                p.endNote() == null
                    ? Text.of("chart.timeline.ended", p.description())
                    : Text.of("chart.timeline.endedWithNote", p.description(), p.endNote()),
                p.endedBy()));
      }
    }
    for (NoteSummary n : notes) {
      if (n.signedAt() != null) {
        events.add(
            new TimelineEvent(
                n.signedAt(),
                Text.of(
                    "chart.timeline.noteSigned",
                    n.modality() == null ? Text.of("chart.notes.notSet") : n.modality().label(),
                    n.authorName()),
                null,
                linkNotes ? n.id() : null));
      }
    }
    events.sort(Comparator.comparing(TimelineEvent::at).reversed());
    return events;
  }
}
