package org.waypoint.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything the client-facing discharge safety plan shows. It is printed in the client's preferred
 * language (the {@code DischargePlan} bundle, English or Spanish): every fixed text comes from the
 * bundle and dates are written in that language's way, while the client's own words in the plan are
 * printed exactly as written, never translated or shortened.
 *
 * @param centerName the center's name
 * @param crisisLine the center's 24-hour line, or {@code null} when the center has none (the line
 *     is then left out, never printed empty)
 * @param clientName the name the client goes by (preferred name, else legal first name) with the
 *     legal last name
 * @param dateOfBirth the client's date of birth, or {@code null}
 * @param mrn the medical record number
 * @param dischargeDate the planned discharge date, or {@code null} when no discharge is planned yet
 * @param draft {@code true} until a supervisor approved the discharge: every page carries a DRAFT
 *     watermark
 * @param planVersion the safety plan version printed, or {@code null} when the client has no plan
 * @param planSavedAt when that version was saved, or {@code null}
 * @param parts the seven parts of the plan in their order; each part's entries in the client's
 *     words
 * @param appointments the aftercare appointments, earliest first
 * @param clinician the display name of the clinician who signs with the client, or {@code null}
 * @param printedAt when it was printed
 */
public record DischargePlanData(
    String centerName,
    String crisisLine,
    String clientName,
    LocalDate dateOfBirth,
    String mrn,
    LocalDate dischargeDate,
    boolean draft,
    Integer planVersion,
    ZonedDateTime planSavedAt,
    List<Part> parts,
    List<Appointment> appointments,
    String clinician,
    ZonedDateTime printedAt) {

  public DischargePlanData {
    Objects.requireNonNull(clientName, "clientName");
    parts = List.copyOf(parts);
    appointments = List.copyOf(appointments);
  }

  /**
   * One part of the safety plan.
   *
   * @param section the part's code, one of {@code WARNING_SIGNS}, {@code COPING_ALONE}, {@code
   *     DISTRACTIONS}, {@code PEOPLE_TO_ASK}, {@code PROFESSIONALS}, {@code SAFER_SURROUNDINGS},
   *     {@code REASONS_FOR_LIVING} (the titles come from the bundle)
   * @param entries the client's entries in order, each exactly as written; empty when the part has
   *     none
   */
  public record Part(String section, List<Entry> entries) {
    public Part {
      Objects.requireNonNull(section, "section");
      entries = List.copyOf(entries);
    }
  }

  /**
   * One entry of a part: the text, and for people and services a phone and a relationship.
   *
   * @param text the entry as written
   * @param detail a second line as written (relationship, address or who holds what), or {@code
   *     null}
   * @param phone a phone number as written, or {@code null}
   */
  public record Entry(String text, String detail, String phone) {
    public Entry {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * An aftercare appointment.
   *
   * @param at when, in the center's time zone
   * @param provider who the client sees
   * @param telehealth {@code true} for a video or phone visit
   * @param address where, or for telehealth how to join, as written; {@code null} when not given
   * @param phone the provider's phone, or {@code null}
   */
  public record Appointment(
      ZonedDateTime at, String provider, boolean telehealth, String address, String phone) {
    public Appointment {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(provider, "provider");
    }
  }
}
