package org.waypoint.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a shift handover shows, for one program and one shift, in I-PASS order: the census,
 * then one block per client ordered by risk (Imminent first), then the signature lines. Codes (risk
 * levels, trends, action kinds, event kinds) are printed with the labels of the {@code Handover}
 * bundle; staff's and clients' own texts are printed exactly as given, never shortened. Optional
 * values are {@code null}; the report prints "None" or "Not recorded" rather than leaving a gap.
 *
 * @param centerName the center's name for the header
 * @param program the program's name
 * @param shiftDate the date the shift starts, in the center's time zone
 * @param shiftStart when the shift starts (center's time)
 * @param shiftEnd when the shift ends (center's time; earlier than the start for a night shift)
 * @param preparedBy the display name of the staff member giving the handover
 * @param preparedAt when it was prepared (the moment the contents were read)
 * @param census the program's counts
 * @param clients one block per client present, ordered by risk, most urgent first
 * @param acknowledgedBy the display name of the receiving staff member, or {@code null} while not
 *     acknowledged
 * @param acknowledgedAt when it was acknowledged, or {@code null}
 * @param synthesis the receiver's own summary line, or {@code null}
 * @param printedAt when it was printed, in the center's time zone
 * @param printedBy the display name of the staff member printing it
 */
public record HandoverData(
    String centerName,
    String program,
    LocalDate shiftDate,
    LocalTime shiftStart,
    LocalTime shiftEnd,
    String preparedBy,
    ZonedDateTime preparedAt,
    Census census,
    List<ClientBlock> clients,
    String acknowledgedBy,
    ZonedDateTime acknowledgedAt,
    String synthesis,
    ZonedDateTime printedAt,
    String printedBy) {

  public HandoverData {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(census, "census");
    clients = List.copyOf(clients);
  }

  /**
   * The program at the moment of the handover.
   *
   * @param present clients present (active in the program)
   * @param imminent how many of them are at Imminent risk
   * @param high at High
   * @param moderate at Moderate
   * @param low at Low
   * @param notAssessed with no risk level yet
   * @param rising how many are marked rising
   * @param admissions clients admitted in the last 24 hours, as display names
   * @param discharges clients discharged in the last 24 hours, as display names
   */
  public record Census(
      int present,
      int imminent,
      int high,
      int moderate,
      int low,
      int notAssessed,
      int rising,
      List<String> admissions,
      List<String> discharges) {
    public Census {
      admissions = List.copyOf(admissions);
      discharges = List.copyOf(discharges);
    }
  }

  /**
   * One client, in I-PASS order.
   *
   * @param name the client's display name ("Preferred (Legal) Last" as the screens show it)
   * @param mrn the medical record number
   * @param illness I: illness severity
   * @param summary P: the client summary
   * @param actions A: the action list, most urgent first; empty when nothing is due
   * @param awareness S: situation awareness and contingencies
   * @param events events since the last shift, oldest first; empty when none
   */
  public record ClientBlock(
      String name,
      String mrn,
      Illness illness,
      Summary summary,
      List<Action> actions,
      Awareness awareness,
      List<Event> events) {
    public ClientBlock {
      Objects.requireNonNull(name, "name");
      actions = List.copyOf(actions);
      events = List.copyOf(events);
    }
  }

  /**
   * Illness severity.
   *
   * @param level the current risk level's code ({@code LOW}, {@code MODERATE}, {@code HIGH}, {@code
   *     IMMINENT}), or {@code null} when not assessed
   * @param reasons the reasons that produced the level, in the center's language, or {@code null}
   * @param trend the trend's code against the previous level ({@code UP}, {@code DOWN}, {@code
   *     SAME}), or {@code null} when there is nothing to compare with
   * @param rising whether the client is marked rising
   * @param risingReason why, or {@code null}
   */
  public record Illness(
      String level, String reasons, String trend, boolean rising, String risingReason) {}

  /**
   * The client summary.
   *
   * @param program the client's program
   * @param clinician the primary clinician's display name, or {@code null}
   * @param daysInCare days since admission, or {@code null} when no admission date is known
   * @param lastCheckInAt when the last check-in was recorded, or {@code null}
   * @param lastCheckInLevel its level's code, or {@code null}
   * @param lastNoteAt when the last signed note was signed, or {@code null}
   * @param lastNoteBy its author's display name, or {@code null}
   */
  public record Summary(
      String program,
      String clinician,
      Long daysInCare,
      ZonedDateTime lastCheckInAt,
      String lastCheckInLevel,
      ZonedDateTime lastNoteAt,
      String lastNoteBy) {}

  /**
   * One item of the action list.
   *
   * @param kind its code: {@code CHECK_IN_DUE}, {@code REVIEW_TASK}, {@code UNSIGNED_NOTE}, {@code
   *     CO_SIGNATURE}, {@code ALERT}, {@code FOLLOW_UP_CALL}
   * @param text what it is about, in the center's language (e.g. the alert's summary), or {@code
   *     null}
   * @param owner the display name of who owns it, or {@code null} for "the program's supervisors"
   * @param due when it is due, or {@code null}; a due time in the past prints as overdue
   */
  public record Action(String kind, String text, String owner, ZonedDateTime due) {
    public Action {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * Situation awareness and contingencies.
   *
   * @param precautions the active precautions with their observation level, one line each, in the
   *     center's language
   * @param warningSigns the client's warning signs from the current safety plan, in the client's
   *     words
   * @param whatHelps what helps, from the current safety plan (coping, people and places, people to
   *     ask), in the client's words
   * @param planVersion the current safety plan's version number, or {@code null} when there is none
   */
  public record Awareness(
      List<String> precautions,
      List<String> warningSigns,
      List<String> whatHelps,
      Integer planVersion) {
    public Awareness {
      precautions = List.copyOf(precautions);
      warningSigns = List.copyOf(warningSigns);
      whatHelps = List.copyOf(whatHelps);
    }
  }

  /**
   * Something that happened since the last shift.
   *
   * @param at when
   * @param kind its code: {@code CHECK_IN}, {@code ALERT}, {@code PRECAUTION_STARTED}, {@code
   *     PRECAUTION_ENDED}, {@code PLAN_REVISED}, {@code NOTE_SIGNED}, {@code FOLLOW_UP_CALL}
   * @param text the details, in the center's language (e.g. "High: urge 8/10"), or {@code null}
   */
  public record Event(ZonedDateTime at, String kind, String text) {
    public Event {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(kind, "kind");
    }
  }
}
