package org.waypoint.report;

import static org.waypoint.report.ReportText.present;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRParameter;

/**
 * The client's discharge safety plan: the seven parts of the current safety plan in the client's
 * own words, the crisis numbers, the aftercare appointments and the signature lines, in the
 * client's language. Every fixed text comes from the {@code DischargePlan} resource bundle and is
 * written plainly for the client; the client's entries are printed exactly as written (never
 * translated, never shortened: a long entry continues on the next page). Before a supervisor
 * approved the discharge every page carries a DRAFT watermark. The layout is {@code
 * discharge-plan.jrxml}.
 */
public final class DischargePlanReport {

  /** The bundle of the plan's fixed words and date patterns, one file per language. */
  public static final String BUNDLE = "org.waypoint.report.DischargePlan";

  /** The seven parts of a safety plan, in the order they are printed. */
  public static final List<String> PARTS =
      List.of(
          "WARNING_SIGNS",
          "COPING_ALONE",
          "DISTRACTIONS",
          "PEOPLE_TO_ASK",
          "PROFESSIONALS",
          "SAFER_SURROUNDINGS",
          "REASONS_FOR_LIVING");

  // row kinds: each has its own detail band in the layout
  private static final String PARAGRAPH = "paragraph";
  private static final String STRONG = "strong";
  private static final String ENTRY = "entry";
  private static final String EMPTY = "empty";
  private static final String APPOINTMENT = "appointment";
  private static final String SIGNATURES = "signatures";

  private DischargePlanReport() {}

  /**
   * Renders the discharge safety plan in English.
   *
   * @param data the plan and print details
   * @return the PDF document
   */
  public static byte[] render(DischargePlanData data) {
    return render(data, Locale.ENGLISH);
  }

  /**
   * Renders the discharge safety plan in the client's language: Spanish for {@code es}, English for
   * any language the bundle lacks.
   *
   * @param data the plan and print details
   * @param locale the client's language, which also sets how dates are written; {@code null} for
   *     English
   * @return the PDF document
   */
  public static byte[] render(DischargePlanData data, Locale locale) {
    if (locale == null) {
      locale = Locale.ENGLISH;
    }
    ResourceBundle text = ReportText.bundle(BUNDLE, locale);
    // dates follow the bundle actually used, so an English plan never gets foreign month names
    Locale language = text.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    return new Writer(ReportText.of(text, language)).render(data);
  }

  /** Turns one plan into the layout's parameters and rows in one language. */
  private static final class Writer {
    private final ReportText text;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter appointmentTime;
    private final List<Map<String, ?>> rows = new ArrayList<>();
    private int part;
    private String heading;
    private String guide;

    Writer(ReportText text) {
      this.text = text;
      this.locale = text.locale();
      this.date = text.pattern("format.date");
      this.appointmentTime = text.pattern("format.appointment");
    }

    byte[] render(DischargePlanData data) {
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("CENTER_NAME", data.centerName());
      parameters.put("TITLE", text.get("title"));
      parameters.put("CLIENT_NAME", data.clientName());
      parameters.put("IDENTITY", identity(data));
      parameters.put(
          "DISCHARGE",
          data.dischargeDate() == null
              ? null
              : text.format("dischargeDate", date.format(data.dischargeDate())));
      parameters.put("PLAN_VERSION", planVersion(data));
      parameters.put("DRAFT_NOTICE", data.draft() ? text.get("draftNotice") : null);
      parameters.put("WATERMARK", data.draft() ? text.get("draft") : null);
      parameters.put("HEADER", text.format("header", data.clientName()));
      parameters.put("CRISIS", text.get("crisis.footer"));
      parameters.put(
          "PRINTED",
          data.printedAt() == null ? null : text.format("printed", date.format(data.printedAt())));
      parameters.put("PAGE", text.get("page"));
      parameters.put(JRParameter.REPORT_LOCALE, locale); // the page count's digits and wrapping

      boolean noPlan = data.planVersion() == null && data.parts().isEmpty();
      row(PARAGRAPH, text.get("intro"));
      if (noPlan) {
        row(PARAGRAPH, text.get("noPlan"));
      }
      parts(data);
      crisis(data);
      appointments(data);
      signatures(data);
      return PdfRenderer.render("discharge-plan", parameters, rows);
    }

    private String identity(DischargePlanData data) {
      List<String> bits = new ArrayList<>();
      if (data.dateOfBirth() != null) {
        bits.add(text.format("dateOfBirth", date.format(data.dateOfBirth())));
      }
      if (present(data.mrn())) {
        bits.add(text.format("recordNumber", data.mrn()));
      }
      return bits.isEmpty() ? null : String.join("   ·   ", bits);
    }

    private String planVersion(DischargePlanData data) {
      if (data.planVersion() == null) {
        return null;
      }
      return data.planSavedAt() == null
          ? text.format("planVersionOnly", data.planVersion())
          : text.format("planVersion", data.planVersion(), date.format(data.planSavedAt()));
    }

    /** The seven parts in their order, each printed even when empty (with lines to write on). */
    private void parts(DischargePlanData data) {
      Map<String, DischargePlanData.Part> given = new LinkedHashMap<>();
      for (DischargePlanData.Part p : data.parts()) {
        given.merge(
            p.section(),
            p,
            (a, b) ->
                new DischargePlanData.Part(
                    a.section(),
                    Stream.concat(a.entries().stream(), b.entries().stream()).toList()));
      }
      List<String> order = new ArrayList<>(PARTS);
      // a part this layout does not know still prints, after the seven, under its own code
      given.keySet().stream()
          .filter(code -> !PARTS.contains(code))
          .sorted(Comparator.naturalOrder())
          .forEach(order::add);
      for (String code : order) {
        heading(
            text.label("part.", code),
            text.has("guide." + code) ? text.label("guide.", code) : null);
        DischargePlanData.Part p = given.get(code);
        if (p == null || p.entries().isEmpty()) {
          row(EMPTY, text.get("empty"));
          continue;
        }
        for (DischargePlanData.Entry entry : p.entries()) {
          Map<String, Object> row = row(ENTRY, entry.text());
          row.put("detail", present(entry.detail()) ? entry.detail() : null);
          row.put("phone", present(entry.phone()) ? text.format("phone", entry.phone()) : null);
        }
      }
    }

    private void crisis(DischargePlanData data) {
      heading(text.get("crisis.heading"), text.get("crisis.guide"));
      row(STRONG, text.get("crisis.988"));
      row(PARAGRAPH, text.get("crisis.988.about"));
      if (present(data.crisisLine())) {
        row(STRONG, text.format("crisis.center", data.crisisLine()));
        if (present(data.centerName())) {
          row(PARAGRAPH, text.format("crisis.center.about", data.centerName()));
        }
      }
      row(STRONG, text.get("crisis.911"));
      row(PARAGRAPH, text.get("crisis.911.about"));
    }

    private void appointments(DischargePlanData data) {
      heading(text.get("appointments.heading"), text.get("appointments.guide"));
      if (data.appointments().isEmpty()) {
        row(PARAGRAPH, text.get("appointments.none"));
        return;
      }
      List<DischargePlanData.Appointment> sorted =
          data.appointments().stream()
              .sorted(Comparator.comparing(a -> a.at().toInstant()))
              .toList();
      for (DischargePlanData.Appointment a : sorted) {
        Map<String, Object> row = row(APPOINTMENT, capitalized(appointmentTime.format(a.at())));
        row.put("label", text.format("appointment.with", a.provider()));
        String place;
        if (a.telehealth()) {
          place =
              present(a.address())
                  ? text.format("appointment.telehealthAt", a.address())
                  : text.get("appointment.telehealth");
        } else {
          place = present(a.address()) ? text.format("appointment.address", a.address()) : null;
        }
        row.put("detail", place);
        row.put("phone", present(a.phone()) ? text.format("phone", a.phone()) : null);
      }
    }

    /** The signature lines, with their heading, in one row so that they stay on one page. */
    private void signatures(DischargePlanData data) {
      heading(null, null);
      Map<String, Object> row = row(SIGNATURES, text.get("signatures.heading"));
      row.put("label", text.get("signatures.guide"));
      row.put("clientLabel", text.get("signature.client"));
      row.put("clinicianLabel", text.get("signature.clinician"));
      row.put("dateLabel", text.get("signature.date"));
      row.put("clientName", data.clientName());
      row.put("clinicianName", present(data.clinician()) ? data.clinician() : null);
    }

    /** Spanish weekdays are lower case; at the start of a line they take a capital. */
    private String capitalized(String value) {
      if (value.isEmpty()) {
        return value;
      }
      int first = value.offsetByCodePoints(0, 1);
      return value.substring(0, first).toUpperCase(locale) + value.substring(first);
    }

    /** Starts a part of the plan under a heading; the layout keeps a heading with what follows. */
    private void heading(String value, String guideLine) {
      part++;
      heading = value;
      guide = guideLine;
    }

    private Map<String, Object> row(String kind, String value) {
      Map<String, Object> row = new HashMap<>();
      row.put("part", part);
      row.put("heading", heading);
      row.put("guide", guide);
      row.put("kind", kind);
      row.put("value", value);
      rows.add(row);
      return row;
    }
  }
}
