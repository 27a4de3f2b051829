package org.waypoint.web.note;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.waypoint.note.Intervention;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFormat;
import org.waypoint.risk.RiskLevel;

/**
 * The form-encoded shape of a draft that the editor's script sends when the page is hidden or
 * closed, or when a lost connection comes back ({@code note-autosave.js}): one parameter per field,
 * named as the service names fields. Dates are ISO ({@code 2026-11-30}), times {@code HH:mm},
 * choices their constant's name, {@code interventions} repeated, each part {@code text.SUBJECTIVE}
 * and so on. A parameter that is absent or empty leaves the field empty.
 */
final class NoteDraftFields {

  /** The parameter holding the version the page's text is based on. */
  static final String VERSION = "version";

  /** The parameter holding the page's token, to know its own earlier saves. */
  static final String TOKEN = "token";

  private NoteDraftFields() {}

  /**
   * @param one a parameter's value by name
   * @param many a repeated parameter's values by name
   * @return the content the parameters describe
   * @throws IllegalArgumentException when a value cannot be read (a tampered request)
   */
  static NoteContent read(Function<String, String> one, Function<String, String[]> many) {
    NoteContent c = new NoteContent();
    c.setContactDate(value(one, "contactDate", LocalDate::parse));
    c.setStartTime(value(one, "startTime", LocalTime::parse));
    c.setEndTime(value(one, "endTime", LocalTime::parse));
    c.setModality(value(one, "modality", Modality::valueOf));
    NoteFormat format = value(one, "format", NoteFormat::valueOf);
    c.setFormat(format == null ? NoteFormat.SOAP : format);
    for (NoteField field : NoteField.values()) {
      c.setText(field, lines(one.apply("text." + field.name())));
    }
    c.setCheckInId(value(one, "checkInId", Long::valueOf));
    c.setRiskLevel(value(one, "riskLevel", RiskLevel::valueOf));
    c.setRiskObserved(lines(one.apply("riskObserved")));
    Set<Intervention> used = EnumSet.noneOf(Intervention.class);
    String[] names = many.apply("interventions");
    if (names != null) {
      for (String name : names) {
        if (name != null && !name.isBlank()) {
          used.add(Intervention.valueOf(name.strip()));
        }
      }
    }
    c.setInterventions(used);
    c.setOtherInterventions(lines(one.apply("otherInterventions")));
    c.setNextAppointmentDate(value(one, "nextAppointmentDate", LocalDate::parse));
    c.setNextAppointmentTime(value(one, "nextAppointmentTime", LocalTime::parse));
    c.setPlanGateReason(lines(one.apply("planGateReason")));
    return c;
  }

  /**
   * A script sends a text box's line breaks as {@code \n}; a form sends them as {@code \r\n}. Both
   * are kept the way a form sends them, so a limit counts the same either way.
   */
  static String lines(String text) {
    return text == null
        ? null
        : text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
  }

  private static <T> T value(Function<String, String> one, String name, Function<String, T> parse) {
    String raw = one.apply(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parse.apply(raw.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " cannot be read", e);
    }
  }
}
