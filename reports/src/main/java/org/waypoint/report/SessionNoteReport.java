package org.waypoint.report;

import static org.waypoint.report.ReportText.present;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    return new Writer(ReportText.of(BUNDLE, locale)).render(data);
  }

  /** Turns one note into the layout's parameters and rows in one language. */
  private static final class Writer {
    private final ReportText text;
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

    Writer(ReportText text) {
      this.text = text;
      this.locale = text.locale();
      this.date = text.pattern("format.date");
      this.time = text.pattern("format.time");
      this.dateTime = text.pattern("format.dateTime");
      this.notRecorded = text.get("notRecorded");
    }

    byte[] render(SessionNoteData data) {
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("CENTER_NAME", data.centerName());
      parameters.put("TITLE", text.get("title"));
      parameters.put("CLIENT_NAME", data.clientName());
      parameters.put("MRN", text.get("mrn") + " " + data.mrn());
      parameters.put(
          "IDENTITY", text.format("identity", date.format(data.dateOfBirth()), data.program()));
      parameters.put(
          "HEADER",
          text.format("header", data.clientName(), data.mrn(), date.format(data.contactDate())));
      parameters.put("WATERMARK", data.draft() ? text.get("draft") : null);
      parameters.put(
          "PRINTED", text.format("printed", dateTime.format(data.printedAt()), data.printedBy()));
      parameters.put("CONFIDENTIAL", text.get("confidential"));
      parameters.put("PAGE", text.get("page"));
      parameters.put(JRParameter.REPORT_LOCALE, locale); // the page count's digits and wrapping

      contact(data);
      if (present(data.groupSharedPart())) {
        block(text.get("groupSharedPart"), data.groupSharedPart());
      }
      heading("heading.note");
      for (SessionNoteData.Section section : data.sections()) {
        block(text.label("field.", section.field()), section.text());
      }
      risk(data);
      plan(data);
      signature(data);
      addenda(data);
      return PdfRenderer.render("session-note", parameters, rows);
    }

    private void contact(SessionNoteData data) {
      heading("heading.contact");
      field(text.get("contactDate"), date.format(data.contactDate()));
      field(text.get("time"), times(data.startTime(), data.endTime()));
      field(text.get("modality"), text.label("modality.", data.modality()));
      field(text.get("format"), text.label("format.", data.format()));
      if (present(data.groupTopic())) {
        field(text.get("groupTopic"), data.groupTopic());
      }
      field(text.get("author"), data.author());
    }

    private void risk(SessionNoteData data) {
      heading("heading.risk");
      field(text.get("riskLevel"), text.label("risk.", data.riskLevel()));
      field(
          text.get("checkIn"),
          data.checkInAt() == null ? text.get("noCheckIn") : at(data.checkInAt()));
      block(text.get("riskObserved"), data.riskObserved());
    }

    private void plan(SessionNoteData data) {
      heading("heading.plan");
      List<String> used = new ArrayList<>();
      boolean otherShown = false;
      for (String code : data.interventions()) {
        if ("OTHER".equals(code) && present(data.otherInterventions())) {
          used.add(
              text.format(
                  "otherValue", text.label("intervention.", code), data.otherInterventions()));
          otherShown = true;
        } else {
          used.add(text.label("intervention.", code));
        }
      }
      if (!otherShown && present(data.otherInterventions())) {
        used.add(
            text.format("otherValue", text.get("intervention.OTHER"), data.otherInterventions()));
      }
      field(text.get("interventions"), used.isEmpty() ? null : String.join(", ", used));
      field(
          text.get("nextAppointment"),
          data.nextAppointment() == null ? null : at(data.nextAppointment()));
      if (present(data.planGateReason())) {
        block(text.get("planGateReason"), data.planGateReason());
      }
    }

    private void signature(SessionNoteData data) {
      heading("heading.signature");
      if (data.draft()) {
        mark(text.get("draft"));
      }
      if (data.lateEntry()) {
        mark(text.format("lateEntry", at(data.contactAt()), at(data.signedAt())));
      }
      if (data.signedAt() != null) {
        line(text.format("signed", text.orNotRecorded(data.signedBy()), at(data.signedAt())));
      }
      if (data.coSignedAt() != null) {
        line(text.format("coSigned", text.orNotRecorded(data.coSignedBy()), at(data.coSignedAt())));
      } else if (data.coSignatureRequired() && !data.draft() && data.returnedBy() == null) {
        mark(text.get("awaitingCoSignature"));
      }
      if (data.returnedBy() != null) {
        line(
            text.format(
                "returned",
                data.returnedBy(),
                data.returnedAt() == null ? notRecorded : at(data.returnedAt())));
        line(text.orNotRecorded(data.returnComment()));
      }
    }

    private void addenda(SessionNoteData data) {
      if (data.addenda().isEmpty()) {
        return;
      }
      heading("addenda");
      int n = 0;
      for (SessionNoteData.Addendum addendum : data.addenda()) {
        subheading(text.format("addendum", ++n));
        field(
            text.get("addendumAdded"),
            text.format("addendumAddedValue", at(addendum.at()), addendum.author()));
        field(text.get("reason"), addendum.reason());
        line(text.orNotRecorded(addendum.text()));
      }
    }

    private String times(LocalTime start, LocalTime end) {
      if (start == null && end == null) {
        return null;
      }
      String range =
          text.format(
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
      return text.format("duration", range, minutes);
    }

    private String at(ZonedDateTime when) {
      return dateTime.format(when);
    }

    /** Starts a part of the note under a heading; the layout keeps a heading with what follows. */
    private void heading(String key) {
      part++;
      heading = text.get(key);
      item = 0;
      subheading = null;
    }

    /** Starts an item of the current part under a subheading, kept with its first rows. */
    private void subheading(String value) {
      item++;
      subheading = value;
    }

    private void field(String label, String value) {
      row(FIELD, label, text.orNotRecorded(value));
    }

    private void block(String label, String value) {
      row(BLOCK, label, text.orNotRecorded(value));
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
}
