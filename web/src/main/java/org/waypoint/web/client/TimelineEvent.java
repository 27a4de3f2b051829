package org.waypoint.web.client;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.waypoint.client.ClientProfile;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.precaution.PrecautionEntry;
import org.waypoint.risk.RiskEntry;
import org.waypoint.web.support.Text;

/**
 * One line of the chart's timeline.
 *
 * @param at when
 * @param what what happened, in words
 * @param who who did it, by name, or {@code null}
 */
public record TimelineEvent(Instant at, String what, String who) implements Serializable {

  /**
   * @param client the client
   * @param intake the client's intake, or {@code null}
   * @param risks the client's risk levels
   * @param precautions the client's precautions
   * @return what happened in the client's care, newest first
   */
  static List<TimelineEvent> of(
      ClientProfile client,
      IntakeRecord intake,
      List<RiskEntry> risks,
      List<PrecautionEntry> precautions) {
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
    events.sort(Comparator.comparing(TimelineEvent::at).reversed());
    return events;
  }
}
