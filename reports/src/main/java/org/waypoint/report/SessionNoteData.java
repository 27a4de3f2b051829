package org.waypoint.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a printed session note shows: one client's note of one contact, its signatures and its
 * addenda. Codes (modality, format, section fields, risk level, interventions) are printed with the
 * labels of the {@code SessionNote} bundle; the clinicians' own texts are printed exactly as given.
 * Optional values are {@code null}; the report shows "Not recorded" (or says what is missing)
 * rather than leaving a gap that reads like an omission.
 *
 * @param centerName the center's name for the header
 * @param clientName the client's legal name, as "Last, First"
 * @param mrn the client's medical record number
 * @param dateOfBirth the client's date of birth
 * @param program the client's program
 * @param draft {@code true} for a note not yet signed: every page carries a DRAFT watermark
 * @param contactDate the date of the contact
 * @param startTime when the contact started, or {@code null}
 * @param endTime when the contact ended, or {@code null}
 * @param modality the modality's code ({@code INDIVIDUAL}, {@code GROUP}, {@code FAMILY}, {@code
 *     CRISIS}, {@code PHONE}), or {@code null}
 * @param format the note format's code ({@code SOAP}, {@code DAP}, {@code BIRP})
 * @param sections the format's fields in the order to print them
 * @param groupTopic the group session's topic, {@code null} unless a group session
 * @param groupSharedPart the part written once for the whole group, {@code null} unless a group
 *     session
 * @param riskLevel the linked check-in's risk level code ({@code LOW}, {@code MODERATE}, {@code
 *     HIGH}, {@code IMMINENT}), or {@code null}
 * @param checkInAt when the linked check-in was recorded, or {@code null} when none is linked
 * @param riskObserved the clinician's words about the risk observed, or {@code null}
 * @param interventions the codes of the interventions used ({@code CBT}, {@code DBT_SKILLS}, {@code
 *     SAFETY_PLAN_REVIEW}, {@code MOTIVATIONAL_INTERVIEWING}, {@code CRISIS_INTERVENTION}, {@code
 *     OTHER})
 * @param otherInterventions the free text describing {@code OTHER}, or {@code null}
 * @param nextAppointment the next appointment, or {@code null}
 * @param planGateReason why the safety plan was not reviewed at a High or Imminent contact, or
 *     {@code null} when no reason was needed
 * @param author the display name of the note's author
 * @param signedAt when the note was signed, {@code null} for a draft
 * @param signedBy the display name of the signer, {@code null} for a draft
 * @param lateEntry {@code true} when the note was signed more than 24 hours after the contact
 * @param contactAt the contact's start as a date-time, for the late-entry mark; required when
 *     {@code lateEntry}
 * @param coSignatureRequired {@code true} when the author's notes need a supervisor's co-signature
 * @param coSignedAt when the note was co-signed, or {@code null}
 * @param coSignedBy the display name of the co-signer, or {@code null}
 * @param returnedBy the supervisor who returned this version, or {@code null}
 * @param returnedAt when this version was returned, or {@code null}
 * @param returnComment the supervisor's comment on returning it, or {@code null}
 * @param addenda the addenda in the order they were added
 * @param printedAt when the note was printed, in the center's time zone
 * @param printedBy the display name of the staff member printing it
 */
public record SessionNoteData(
    String centerName,
    String clientName,
    String mrn,
    LocalDate dateOfBirth,
    String program,
    boolean draft,
    LocalDate contactDate,
    LocalTime startTime,
    LocalTime endTime,
    String modality,
    String format,
    List<Section> sections,
    String groupTopic,
    String groupSharedPart,
    String riskLevel,
    ZonedDateTime checkInAt,
    String riskObserved,
    List<String> interventions,
    String otherInterventions,
    ZonedDateTime nextAppointment,
    String planGateReason,
    String author,
    ZonedDateTime signedAt,
    String signedBy,
    boolean lateEntry,
    ZonedDateTime contactAt,
    boolean coSignatureRequired,
    ZonedDateTime coSignedAt,
    String coSignedBy,
    String returnedBy,
    ZonedDateTime returnedAt,
    String returnComment,
    List<Addendum> addenda,
    ZonedDateTime printedAt,
    String printedBy) {

  /**
   * Refuses a note without the values that identify the client, the contact and the print, a signed
   * note without its signature, and a late entry without both of its times; copies the lists so the
   * print cannot change under the report.
   */
  public SessionNoteData {
    Objects.requireNonNull(centerName, "centerName");
    Objects.requireNonNull(clientName, "clientName");
    Objects.requireNonNull(mrn, "mrn");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(contactDate, "contactDate");
    Objects.requireNonNull(format, "format");
    sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    interventions = List.copyOf(Objects.requireNonNull(interventions, "interventions"));
    Objects.requireNonNull(author, "author");
    if (!draft) {
      Objects.requireNonNull(signedAt, "signedAt (a note that is not a draft is signed)");
      Objects.requireNonNull(signedBy, "signedBy (a note that is not a draft is signed)");
    }
    if (lateEntry) {
      Objects.requireNonNull(contactAt, "contactAt (a late entry shows the contact's time)");
      Objects.requireNonNull(signedAt, "signedAt (a late entry shows the signing time)");
    }
    addenda = List.copyOf(Objects.requireNonNull(addenda, "addenda"));
    Objects.requireNonNull(printedAt, "printedAt");
    Objects.requireNonNull(printedBy, "printedBy");
  }

  /**
   * One field of the note's format, e.g. the "Subjective" of a SOAP note.
   *
   * @param field the field's code ({@code SUBJECTIVE}, {@code OBJECTIVE}, {@code ASSESSMENT},
   *     {@code PLAN}, {@code DATA}, {@code BEHAVIOR}, {@code INTERVENTION}, {@code RESPONSE})
   * @param text what the clinician wrote, or {@code null}/blank when nothing was (printed as "Not
   *     recorded")
   */
  public record Section(String field, String text) {

    /** Refuses a section without its field. */
    public Section {
      Objects.requireNonNull(field, "field");
    }
  }

  /**
   * A correction or addition made after the note was signed.
   *
   * @param at when it was added
   * @param author the display name of who added it
   * @param reason why it was added, or {@code null} (printed as "Not recorded")
   * @param text what was added, or {@code null} (printed as "Not recorded")
   */
  public record Addendum(ZonedDateTime at, String author, String reason, String text) {

    /** Refuses an addendum without its time or author. */
    public Addendum {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(author, "author");
    }
  }
}
