package org.waypoint.report;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import org.waypoint.report.HandoverData.Action;
import org.waypoint.report.HandoverData.Awareness;
import org.waypoint.report.HandoverData.Census;
import org.waypoint.report.HandoverData.ClientBlock;
import org.waypoint.report.HandoverData.Event;
import org.waypoint.report.HandoverData.Illness;
import org.waypoint.report.HandoverData.Summary;

/**
 * The printed shift handover of one program: the census, then one block per client in the order
 * given (most urgent first) in I-PASS order (illness severity, patient summary, action list,
 * situation awareness and contingencies, events since the last shift), the receiver's
 * acknowledgement and the signature lines of the giving and the receiving staff member. Labels come
 * from the {@code Handover} resource bundle; the layout is {@code handover.jrxml}. Staff's and
 * clients' texts are printed whole, as written: long texts and long lists continue on the next
 * page, under the page header that names the program and the shift.
 *
 * <p>An action's due time before the moment the contents were read ({@code preparedAt}, else the
 * print time) is marked overdue: the sheet shows what was overdue when it was handed over.
 *
 * <p>Live contents (no handover given yet) are printed when {@code preparedBy} is {@code null}: the
 * header then says the sheet is not a given handover, with the time the contents were read, and the
 * giving staff member's name is left blank to write in.
 */
public final class HandoverReport {

  /** The bundle of the handover's words and date patterns, one file per language. */
  public static final String BUNDLE = "org.waypoint.report.Handover";

  // row kinds: each has its own detail band in the layout
  private static final String FIELD = "field";
  private static final String ITEM = "item";
  private static final String ACTION_HEAD = "actionHead";
  private static final String ACTION = "action";
  private static final String EVENT_HEAD = "eventHead";
  private static final String EVENT = "event";
  private static final String LINE = "line";
  private static final String SIGN = "sign";

  private HandoverReport() {}

  /**
   * Renders the handover in a language of its bundle (English when the bundle lacks it).
   *
   * @param data the handover's contents and print details
   * @param locale the language and the way dates are written (the center's locale)
   * @return the PDF document
   */
  public static byte[] render(HandoverData data, Locale locale) {
    return new Writer(ReportText.of(BUNDLE, locale)).render(data);
  }

  /** Turns one handover into the layout's parameters and rows in one language. */
  private static final class Writer {
    private final ReportText text;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dayTime;
    private final String notRecorded;
    private final String none;
    private final List<Map<String, ?>> rows = new ArrayList<>();
    private ZonedDateTime asOf;
    private int part;
    private String heading;
    private int client;
    private String clientName;
    private String clientMrn;
    private String clientBadge;
    private int section;
    private String sectionHeading;

    Writer(ReportText text) {
      this.text = text;
      this.locale = text.locale();
      this.date = text.pattern("format.date");
      this.time = text.pattern("format.time");
      this.dateTime = text.pattern("format.dateTime");
      this.dayTime = text.pattern("format.dayTime");
      this.notRecorded = text.get("notRecorded");
      this.none = text.get("none");
    }

    byte[] render(HandoverData data) {
      asOf = data.preparedAt() != null ? data.preparedAt() : data.printedAt();
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("CENTER_NAME", data.centerName() == null ? "" : data.centerName());
      parameters.put("TITLE", text.format("title", data.program()));
      parameters.put("SHIFT", text.format("shift", shift(data)));
      parameters.put(
          "PREPARED",
          data.preparedBy() == null
              ? text.format("notGiven", asOf == null ? notRecorded : at(asOf))
              : text.format(
                  "prepared",
                  data.preparedBy(),
                  data.preparedAt() == null ? notRecorded : at(data.preparedAt())));
      parameters.put(
          "PRINTED",
          text.format(
              "printed",
              data.printedAt() == null ? notRecorded : at(data.printedAt()),
              text.orNotRecorded(data.printedBy())));
      parameters.put("CONFIDENTIAL", text.get("confidential"));
      parameters.put("PAGE", text.get("page"));
      parameters.put("SIGNATURE", text.get("sign.signature"));
      parameters.put("DATE_TIME", text.get("sign.dateTime"));
      parameters.put(JRParameter.REPORT_LOCALE, locale); // the page count's digits and wrapping

      census(data.census());
      clients(data.clients());
      acknowledgement(data);
      signatures(data);
      return PdfRenderer.render("handover", parameters, rows);
    }

    private String shift(HandoverData data) {
      if (data.shiftDate() == null) {
        return notRecorded;
      }
      LocalTime start = data.shiftStart();
      LocalTime end = data.shiftEnd();
      if (start == null || end == null) {
        return text.format(
            "shiftRange",
            date.format(data.shiftDate()),
            start == null ? notRecorded : time.format(start),
            end == null ? notRecorded : time.format(end));
      }
      if (!end.isAfter(start)) { // a night shift ends on the next day
        return text.format(
            "shiftOvernight",
            date.format(data.shiftDate()),
            time.format(start),
            date.format(data.shiftDate().plusDays(1)),
            time.format(end));
      }
      return text.format(
          "shiftRange", date.format(data.shiftDate()), time.format(start), time.format(end));
    }

    private void census(Census census) {
      heading("heading.census");
      field(text.get("census.present"), Integer.toString(census.present()));
      field(
          text.get("census.byLevel"),
          text.format(
              "census.byLevelValue",
              census.imminent(),
              census.high(),
              census.moderate(),
              census.low(),
              census.notAssessed()));
      field(text.get("census.rising"), Integer.toString(census.rising()));
      field(text.get("census.admissions"), names(census.admissions()));
      field(text.get("census.discharges"), names(census.discharges()));
    }

    private void clients(List<ClientBlock> clients) {
      part++;
      heading = text.format("heading.clients", clients.size());
      resetClient();
      if (clients.isEmpty()) {
        line(text.get("noClients"));
        return;
      }
      int n = 0;
      for (ClientBlock block : clients) {
        client++;
        clientName = text.format("client.name", ++n, block.name());
        clientMrn = text.format("client.mrn", text.orNotRecorded(block.mrn()));
        clientBadge = badge(block.illness());
        section = 0;
        sectionHeading = null;
        illness(block.illness());
        summary(block.summary());
        actions(block.actions());
        awareness(block.awareness());
        events(block.events());
      }
      resetClient();
    }

    private String badge(Illness illness) {
      String level = illness == null ? null : illness.level();
      String badge =
          level == null || level.isBlank() ? text.get("badge.none") : text.label("badge.", level);
      return illness != null && illness.rising()
          ? text.format("badge.withRising", badge, text.get("badge.rising"))
          : badge;
    }

    private void illness(Illness illness) {
      section("section.illness");
      if (illness == null) {
        field(text.get("riskLevel"), text.get("risk.none"));
        return;
      }
      field(
          text.get("riskLevel"),
          illness.level() == null ? text.get("risk.none") : text.label("risk.", illness.level()));
      field(text.get("reasons"), illness.reasons());
      field(text.get("trend"), text.label("trend.", illness.trend()));
      field(
          text.get("rising"),
          illness.rising()
              ? text.format("risingYes", text.orNotRecorded(illness.risingReason()))
              : text.get("risingNo"));
    }

    private void summary(Summary summary) {
      section("section.summary");
      if (summary == null) {
        line(notRecorded);
        return;
      }
      field(text.get("program"), summary.program());
      field(text.get("clinician"), summary.clinician());
      field(
          text.get("daysInCare"),
          summary.daysInCare() == null
              ? null
              : text.format("daysInCareValue", summary.daysInCare()));
      String checkIn = null;
      if (summary.lastCheckInAt() != null) {
        checkIn =
            summary.lastCheckInLevel() == null
                ? at(summary.lastCheckInAt())
                : text.format(
                    "lastCheckInValue",
                    at(summary.lastCheckInAt()),
                    text.label("risk.", summary.lastCheckInLevel()));
      }
      field(text.get("lastCheckIn"), checkIn);
      String note = null;
      if (summary.lastNoteAt() != null) {
        note =
            text.format(
                "lastNoteValue",
                at(summary.lastNoteAt()),
                text.orNotRecorded(summary.lastNoteBy()));
      }
      field(text.get("lastNote"), note);
    }

    private void actions(List<Action> actions) {
      section("section.actions");
      if (actions.isEmpty()) {
        line(none);
        return;
      }
      Map<String, Object> head = row(ACTION_HEAD, null, null);
      head.put("c1", text.get("action.head.kind"));
      head.put("c2", text.get("action.head.text"));
      head.put("c3", text.get("action.head.owner"));
      head.put("c4", text.get("action.head.due"));
      for (Action action : actions) {
        Map<String, Object> row = row(ACTION, null, null);
        row.put("c1", text.label("action.", action.kind()));
        row.put("c2", text.orNone(action.text()));
        row.put("c3", action.owner() == null ? text.get("ownerSupervisors") : action.owner());
        boolean overdue = action.due() != null && asOf != null && action.due().isBefore(asOf);
        row.put(
            "c4",
            action.due() == null
                ? notRecorded
                : overdue
                    ? text.format("overdue", dayTime.format(action.due()))
                    : dayTime.format(action.due()));
        row.put("strong", overdue);
      }
    }

    private void awareness(Awareness awareness) {
      section("section.awareness");
      if (awareness == null) {
        line(notRecorded);
        return;
      }
      list(text.get("precautions"), awareness.precautions());
      field(
          text.get("planVersion"),
          awareness.planVersion() == null
              ? text.get("noPlan")
              : text.format("planVersionValue", awareness.planVersion()));
      list(text.get("warningSigns"), awareness.warningSigns());
      list(text.get("whatHelps"), awareness.whatHelps());
    }

    private void events(List<Event> events) {
      section("section.events");
      if (events.isEmpty()) {
        line(none);
        return;
      }
      Map<String, Object> head = row(EVENT_HEAD, null, null);
      head.put("c1", text.get("event.head.at"));
      head.put("c2", text.get("event.head.kind"));
      head.put("c3", text.get("event.head.text"));
      for (Event event : events) {
        Map<String, Object> row = row(EVENT, null, null);
        row.put("c1", dayTime.format(event.at()));
        row.put("c2", text.label("event.", event.kind()));
        row.put("c3", text.orNone(event.text()));
      }
    }

    private void acknowledgement(HandoverData data) {
      heading("heading.acknowledgement");
      if (data.acknowledgedBy() == null && data.acknowledgedAt() == null) {
        line(text.get("notAcknowledged"));
        return;
      }
      field(text.get("acknowledgedBy"), data.acknowledgedBy());
      field(
          text.get("acknowledgedAt"),
          data.acknowledgedAt() == null ? null : at(data.acknowledgedAt()));
      field(text.get("synthesis"), text.orNone(data.synthesis()));
    }

    /** Both signature lines and their heading in one row, so they stay together on one page. */
    private void signatures(HandoverData data) {
      part++;
      heading = null; // the row prints its own heading
      resetClient();
      Map<String, Object> row = row(SIGN, text.get("sign.giving"), blankIfNull(data.preparedBy()));
      row.put("c3", text.get("heading.signatures"));
      row.put("c1", text.get("sign.receiving"));
      row.put("c2", blankIfNull(data.acknowledgedBy()));
    }

    private String names(List<String> names) {
      return names.isEmpty() ? none : String.join(", ", names);
    }

    private String at(ZonedDateTime when) {
      return dateTime.format(when);
    }

    private void resetClient() {
      client = 0;
      clientName = null;
      clientMrn = null;
      clientBadge = null;
      section = 0;
      sectionHeading = null;
    }

    /** Starts a part of the handover (census, clients, signatures...) under a heading. */
    private void heading(String key) {
      part++;
      heading = text.get(key);
      resetClient();
    }

    /** Starts one I-PASS part of the current client's block. */
    private void section(String key) {
      section++;
      sectionHeading = text.get(key);
    }

    private void field(String label, String value) {
      row(FIELD, label, text.orNotRecorded(value));
    }

    /** A labelled list, one row per entry so a long list flows on; "None" when empty. */
    private void list(String label, List<String> values) {
      if (values.isEmpty()) {
        field(label, none);
        return;
      }
      boolean first = true;
      for (String value : values) {
        row(ITEM, first ? label : null, text.orNone(value));
        first = false;
      }
    }

    private void line(String value) {
      row(LINE, null, value);
    }

    private static String blankIfNull(String name) {
      return name == null ? "" : name; // a line to write the name on
    }

    private Map<String, Object> row(String kind, String label, String value) {
      Map<String, Object> row = new HashMap<>();
      row.put("part", part);
      row.put("heading", heading);
      row.put("client", client);
      row.put("clientName", clientName);
      row.put("clientMrn", clientMrn);
      row.put("clientBadge", clientBadge);
      row.put("section", section);
      row.put("sectionHeading", sectionHeading);
      row.put("kind", kind);
      row.put("label", label);
      row.put("value", value);
      row.put("strong", Boolean.FALSE);
      rows.add(row);
      return row;
    }
  }
}
