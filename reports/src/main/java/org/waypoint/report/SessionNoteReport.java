package org.waypoint.report;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;

/**
 * The printed session note: one client's note of one contact with its signatures, co-signature,
 * late-entry mark and addenda, or a draft under a DRAFT watermark on every page. Labels come from
 * the {@code SessionNote} resource bundle; the layout is {@code session-note.jrxml}. The
 * clinicians' texts are printed whole, as written: long ones continue on the next page.
 */
public final class SessionNoteReport {

  /** The bundle of the session note's words and date patterns, one file per language. */
  public static final String BUNDLE = "org.waypoint.report.SessionNote";

  // row kinds: each has its own detail band in the layout
  private static final String FIELD = "field";
  private static final String BLOCK = "block";
  private static final String LINE = "line";
  private static final String MARK = "mark";

  private SessionNoteReport() {}

  /**
   * Renders the session note in English.
   *
   * @param data the note and print details
   * @return the PDF document
   */
  public static byte[] render(SessionNoteData data) {
    return render(data, Locale.ENGLISH);
  }

  /**
   * Renders the session note in a language of its bundle (English when the bundle lacks it).
   *
   * @param data the note and print details
   * @param locale the language and the way dates are written
   * @return the PDF document
   */
  public static byte[] render(SessionNoteData data, Locale locale) {
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            SessionNoteReport.class.getClassLoader(),
            // English is the base file: never fall back to the server's default locale
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Writer(text, locale).render(data);
  }

  /** Turns one note into the layout's parameters and rows in one language. */
  private static final class Writer {
    private final ResourceBundle text;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final String notRecorded;
    private final List<Map<String, ?>> rows = new ArrayList<>();
    private int part;
    private String heading;
    private int item;
    private String subheading;

    Writer(ResourceBundle text, Locale locale) {
      this.text = text;
      this.locale = locale;
      this.date = DateTimeFormatter.ofPattern(text.getString("format.date"), locale);
      this.time = DateTimeFormatter.ofPattern(text.getString("format.time"), locale);
      this.dateTime = DateTimeFormatter.ofPattern(text.getString("format.dateTime"), locale);
      this.notRecorded = text.getString("notRecorded");
    }

    byte[] render(SessionNoteData data) {
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("CENTER_NAME", data.centerName());
      parameters.put("TITLE", text.getString("title"));
      parameters.put("CLIENT_NAME", data.clientName());
      parameters.put("MRN", text.getString("mrn") + " " + data.mrn());
      parameters.put(
          "IDENTITY", format("identity", date.format(data.dateOfBirth()), data.program()));
      parameters.put(
          "HEADER",
          format("header", data.clientName(), data.mrn(), date.format(data.contactDate())));
      parameters.put("WATERMARK", data.draft() ? text.getString("draft") : null);
      parameters.put(
          "PRINTED", format("printed", dateTime.format(data.printedAt()), data.printedBy()));
      parameters.put("CONFIDENTIAL", text.getString("confidential"));
      parameters.put("PAGE", text.getString("page"));
      parameters.put(JRParameter.REPORT_LOCALE, locale); // the page count's digits and wrapping

      contact(data);
      if (present(data.groupSharedPart())) {
        block(text.getString("groupSharedPart"), data.groupSharedPart());
      }
      heading("heading.note");
      for (SessionNoteData.Section section : data.sections()) {
        block(label("field.", section.field()), section.text());
      }
      risk(data);
      plan(data);
      signature(data);
      addenda(data);
      return PdfRenderer.render("session-note", parameters, rows);
    }

    private void contact(SessionNoteData data) {
      heading("heading.contact");
      field(text.getString("contactDate"), date.format(data.contactDate()));
      field(text.getString("time"), times(data.startTime(), data.endTime()));
      field(text.getString("modality"), label("modality.", data.modality()));
      field(text.getString("format"), label("format.", data.format()));
      if (present(data.groupTopic())) {
        field(text.getString("groupTopic"), data.groupTopic());
      }
      field(text.getString("author"), data.author());
    }

    private void risk(SessionNoteData data) {
      heading("heading.risk");
      field(text.getString("riskLevel"), label("risk.", data.riskLevel()));
      field(
          text.getString("checkIn"),
          data.checkInAt() == null ? text.getString("noCheckIn") : at(data.checkInAt()));
      block(text.getString("riskObserved"), data.riskObserved());
    }

    private void plan(SessionNoteData data) {
      heading("heading.plan");
      List<String> used = new ArrayList<>();
      boolean otherShown = false;
      for (String code : data.interventions()) {
        if ("OTHER".equals(code) && present(data.otherInterventions())) {
          used.add(format("otherValue", label("intervention.", code), data.otherInterventions()));
          otherShown = true;
        } else {
          used.add(label("intervention.", code));
        }
      }
      if (!otherShown && present(data.otherInterventions())) {
        used.add(
            format("otherValue", text.getString("intervention.OTHER"), data.otherInterventions()));
      }
      field(text.getString("interventions"), used.isEmpty() ? null : String.join(", ", used));
      field(
          text.getString("nextAppointment"),
          data.nextAppointment() == null ? null : at(data.nextAppointment()));
      if (present(data.planGateReason())) {
        block(text.getString("planGateReason"), data.planGateReason());
      }
    }

    private void signature(SessionNoteData data) {
      heading("heading.signature");
      if (data.draft()) {
        mark(text.getString("draft"));
      }
      if (data.lateEntry()) {
        mark(format("lateEntry", at(data.contactAt()), at(data.signedAt())));
      }
      if (data.signedAt() != null) {
        line(format("signed", orNotRecorded(data.signedBy()), at(data.signedAt())));
      }
      if (data.coSignedAt() != null) {
        line(format("coSigned", orNotRecorded(data.coSignedBy()), at(data.coSignedAt())));
      } else if (data.coSignatureRequired() && !data.draft() && data.returnedBy() == null) {
        mark(text.getString("awaitingCoSignature"));
      }
      if (data.returnedBy() != null) {
        line(
            format(
                "returned",
                data.returnedBy(),
                data.returnedAt() == null ? notRecorded : at(data.returnedAt())));
        line(orNotRecorded(data.returnComment()));
      }
    }

    private void addenda(SessionNoteData data) {
      if (data.addenda().isEmpty()) {
        return;
      }
      heading("addenda");
      int n = 0;
      for (SessionNoteData.Addendum addendum : data.addenda()) {
        subheading(format("addendum", ++n));
        field(
            text.getString("addendumAdded"),
            format("addendumAddedValue", at(addendum.at()), addendum.author()));
        field(text.getString("reason"), addendum.reason());
        line(orNotRecorded(addendum.text()));
      }
    }

    private String times(LocalTime start, LocalTime end) {
      if (start == null && end == null) {
        return null;
      }
      String range =
          format(
              "timeRange",
              start == null ? notRecorded : time.format(start),
              end == null ? notRecorded : time.format(end));
      if (start == null || end == null) {
        return range;
      }
      long minutes = Duration.between(start, end).toMinutes();
      if (minutes < 0) {
        minutes += Duration.ofDays(1).toMinutes(); // a night-time crisis contact past midnight
      }
      return format("duration", range, minutes);
    }

    private String at(ZonedDateTime when) {
      return dateTime.format(when);
    }

    private String label(String prefix, String code) {
      if (code == null || code.isBlank()) {
        return null;
      }
      // an unknown code prints as itself rather than failing the print
      return text.containsKey(prefix + code) ? text.getString(prefix + code) : code;
    }

    private String format(String key, Object... args) {
      return String.format(locale, text.getString(key), args);
    }

    private String orNotRecorded(String value) {
      return present(value) ? value : notRecorded;
    }

    /** Starts a part of the note under a heading; the layout keeps a heading with what follows. */
    private void heading(String key) {
      part++;
      heading = text.getString(key);
      item = 0;
      subheading = null;
    }

    /** Starts an item of the current part under a subheading, kept with its first rows. */
    private void subheading(String value) {
      item++;
      subheading = value;
    }

    private void field(String label, String value) {
      row(FIELD, label, orNotRecorded(value));
    }

    private void block(String label, String value) {
      row(BLOCK, label, orNotRecorded(value));
    }

    private void line(String value) {
      row(LINE, null, value);
    }

    private void mark(String value) {
      row(MARK, null, value);
    }

    private void row(String kind, String label, String value) {
      Map<String, Object> row = new HashMap<>();
      row.put("part", part);
      row.put("heading", heading);
      row.put("item", item);
      row.put("subheading", subheading);
      row.put("kind", kind);
      row.put("label", label);
      row.put("value", value);
      rows.add(row);
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
