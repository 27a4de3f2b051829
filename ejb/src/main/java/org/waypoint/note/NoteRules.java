package org.waypoint.note;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.center.Wording;
import org.waypoint.kernel.PlainText;
import org.waypoint.risk.RiskLevel;

/**
 * The rules a note's content meets, as plain functions: what a draft may hold, what signing needs,
 * when a note is a late entry and when the safety-plan gate applies. Refusals are keyed by field:
 * {@code contactDate}, {@code startTime}, {@code endTime}, {@code modality}, {@code text.SOAP
 * part}, {@code otherInterventions}, {@code nextAppointmentDate}, {@code planGateReason}.
 */
public final class NoteRules {

  /** Signed later than this after the contact's end, a note is a late entry. */
  public static final Duration LATE_AFTER = Duration.ofHours(24);

  private NoteRules() {}

  /**
   * @param field a part of a note's text
   * @return the key its refusals carry
   */
  public static String key(NoteField field) {
    return "text." + field.name();
  }

  /**
   * What any save refuses, draft or not: text over its limit or with a control character, an end
   * not after the start, a contact in the future, a next appointment before the contact.
   *
   * @param c the content
   * @param now the center's current date and time
   * @return the refusals by field, in the form's order; empty when none
   */
  public static Map<String, String> draftRefusals(NoteContent c, LocalDateTime now) {
    Map<String, String> refused = new LinkedHashMap<>();
    if (c.getContactDate() != null && c.getContactDate().isAfter(now.toLocalDate())) {
      refused.put("contactDate", Wording.text("note.contactInFuture"));
    } else if (c.getContactDate() != null
        && c.getStartTime() != null
        && c.getContactDate().atTime(c.getStartTime()).isAfter(now)) {
      refused.put("startTime", Wording.text("note.contactInFuture"));
    }
    if (c.getStartTime() != null
        && c.getEndTime() != null
        && !c.getEndTime().isAfter(c.getStartTime())) {
      refused.put("endTime", Wording.text("note.endBeforeStart"));
    }
    for (NoteField field : NoteField.values()) {
      String text = c.text(field);
      if (text != null && text.length() > NoteField.LIMIT) {
        refused.put(key(field), Wording.text("note.text.tooLong", NoteField.LIMIT, text.length()));
      } else if (text != null && PlainText.Validator.hasControlCharacter(text)) {
        refused.put(key(field), Wording.text("kernel.text.control"));
      }
    }
    LocalDateTime next = nextAppointment(c);
    if (next != null && c.getContactDate() != null && before(c, next)) {
      refused.put("nextAppointmentDate", Wording.text("note.nextBeforeContact"));
    }
    if (c.getNextAppointmentTime() != null && c.getNextAppointmentDate() == null) {
      refused.put("nextAppointmentDate", Wording.text("note.nextAppointment.dateMissing"));
    }
    return refused;
  }

  /**
   * What signing refuses: everything a draft refuses, a contact whose end is still to come, and a
   * note without its contact's date and times, its modality, every part of its format, or the words
   * for "other" interventions.
   *
   * @param c the content
   * @param now the center's current date and time
   * @return the refusals by field; empty when the note may be signed (the plan gate aside)
   */
  public static Map<String, String> signRefusals(NoteContent c, LocalDateTime now) {
    Map<String, String> refused = new LinkedHashMap<>();
    if (c.getContactDate() == null) {
      refused.put("contactDate", Wording.text("note.contactDate.required"));
    }
    if (c.getStartTime() == null) {
      refused.put("startTime", Wording.text("note.startTime.required"));
    }
    if (c.getEndTime() == null) {
      refused.put("endTime", Wording.text("note.endTime.required"));
    }
    if (c.getModality() == null) {
      refused.put("modality", Wording.text("note.modality.required"));
    }
    draftRefusals(c, now).forEach(refused::putIfAbsent);
    if (c.getContactDate() != null
        && c.getEndTime() != null
        && c.getContactDate().atTime(c.getEndTime()).isAfter(now)) {
      refused.putIfAbsent("endTime", Wording.text("note.notEnded"));
    }
    if (c.getFormat() == null) {
      refused.put("format", Wording.text("note.format.required"));
    } else {
      for (NoteField field : c.getFormat().fields()) {
        if (c.text(field) == null) {
          refused.putIfAbsent(key(field), Wording.text("note.text.required", field.label()));
        }
      }
    }
    if (c.getInterventions().contains(Intervention.OTHER) && c.getOtherInterventions() == null) {
      refused.put("otherInterventions", Wording.text("note.otherInterventions.required"));
    }
    return refused;
  }

  /**
   * A next appointment given by its date alone may be on the contact's day; one with a time must
   * not begin before the contact has ended (or begun, while its end is not written yet).
   */
  private static boolean before(NoteContent c, LocalDateTime next) {
    if (c.getNextAppointmentTime() == null) {
      return next.toLocalDate().isBefore(c.getContactDate());
    }
    LocalTime contact = c.getEndTime() != null ? c.getEndTime() : c.getStartTime();
    return next.isBefore(c.getContactDate().atTime(contact == null ? LocalTime.MIN : contact));
  }

  /**
   * @param c the content
   * @return the next appointment's date and time, the start of its day when no time is given, or
   *     {@code null}
   */
  public static LocalDateTime nextAppointment(NoteContent c) {
    if (c.getNextAppointmentDate() == null) {
      return null;
    }
    return c.getNextAppointmentDate()
        .atTime(c.getNextAppointmentTime() == null ? LocalTime.MIN : c.getNextAppointmentTime());
  }

  /**
   * @param contactDate the contact's date
   * @param end the contact's end
   * @param signedAt when the note is signed
   * @param zone the center's time zone
   * @return whether the note is signed more than {@link #LATE_AFTER} after the contact ended
   */
  public static boolean lateEntry(
      LocalDate contactDate, LocalTime end, Instant signedAt, ZoneId zone) {
    Instant ended = contactDate.atTime(end).atZone(zone).toInstant();
    return Duration.between(ended, signedAt).compareTo(LATE_AFTER) > 0;
  }

  /**
   * @param level the contact's risk level (its check-in's, or the one observed), or {@code null}
   * @return whether signing needs the safety plan reviewed in the contact, or a reason why not
   */
  public static boolean planGateApplies(RiskLevel level) {
    return level == RiskLevel.HIGH || level == RiskLevel.IMMINENT;
  }
}
