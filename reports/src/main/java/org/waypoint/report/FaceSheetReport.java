package org.waypoint.report;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The one-page client face sheet: who the client is, how to reach them, where they are in care.
 * Labels come from the {@code FaceSheet} resource bundle; the layout is {@code face-sheet.jrxml}.
 */
public final class FaceSheetReport {

  /** The bundle of the face sheet's words and date patterns, one file per language. */
  public static final String BUNDLE = "org.waypoint.report.FaceSheet";

  private FaceSheetReport() {}

  /**
   * Renders the face sheet in English.
   *
   * @param data the client and print details
   * @return the PDF document
   */
  public static byte[] render(FaceSheetData data) {
    return render(data, Locale.ENGLISH);
  }

  /**
   * Renders the face sheet in a language of its bundle (English when the bundle lacks it).
   *
   * @param data the client and print details
   * @param locale the language and the way dates are written
   * @return the PDF document
   */
  public static byte[] render(FaceSheetData data, Locale locale) {
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            FaceSheetReport.class.getClassLoader(),
            // English is the base file: never fall back to the server's default locale
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    DateTimeFormatter date = DateTimeFormatter.ofPattern(text.getString("format.date"), locale);
    DateTimeFormatter dateTime =
        DateTimeFormatter.ofPattern(text.getString("format.dateTime"), locale);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("CENTER_NAME", data.centerName());
    parameters.put("TITLE", text.getString("title"));
    parameters.put("CLIENT_NAME", displayName(data));
    parameters.put("MRN", text.getString("mrn") + " " + data.mrn());
    parameters.put(
        "PRINTED",
        String.format(
            text.getString("printed"), dateTime.format(data.printedAt()), data.printedBy()));
    parameters.put("CONFIDENTIAL", text.getString("confidential"));
    parameters.put("PAGE", text.getString("page"));

    String notRecorded = text.getString("notRecorded");
    List<Map<String, ?>> rows = new ArrayList<>();
    row(rows, text.getString("legalName"), data.legalName(), notRecorded);
    row(rows, text.getString("preferredName"), data.preferredName(), notRecorded);
    row(rows, text.getString("pronouns"), data.pronouns(), notRecorded);
    row(
        rows,
        text.getString("dateOfBirth"),
        String.format(
            text.getString("dateOfBirthValue"),
            date(date, data.dateOfBirth()),
            Period.between(data.dateOfBirth(), data.printedAt().toLocalDate()).getYears()),
        notRecorded);
    row(rows, text.getString("phone"), data.phone(), notRecorded);
    String program =
        data.program().equalsIgnoreCase(data.levelOfCare())
            ? data.program()
            : String.format(text.getString("programValue"), data.program(), data.levelOfCare());
    row(rows, text.getString("program"), program, notRecorded);
    row(rows, text.getString("primaryClinician"), data.primaryClinician(), notRecorded);
    row(rows, text.getString("status"), data.status(), notRecorded);
    row(rows, text.getString("admissionDate"), date(date, data.admissionDate()), notRecorded);
    return PdfRenderer.render("face-sheet", parameters, rows);
  }

  private static String displayName(FaceSheetData data) {
    return data.preferredName() == null || data.preferredName().isBlank()
        ? data.legalName()
        : data.legalName() + " (" + data.preferredName() + ")";
  }

  private static String date(DateTimeFormatter format, LocalDate date) {
    return date == null ? null : format.format(date);
  }

  private static void row(List<Map<String, ?>> rows, String label, String value, String absent) {
    rows.add(Map.of("label", label, "value", value == null || value.isBlank() ? absent : value));
  }
}
