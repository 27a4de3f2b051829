package org.waypoint.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TEMPORARY placeholder until the report branch merges: the report helper's SessionNoteReport
 * (JasperReports, session-note.jrxml) replaces this file. It writes a bare one-page PDF so the
 * print servlet can be exercised on the demo branch.
 */
public final class SessionNoteReport {

  private SessionNoteReport() {}

  /**
   * @param data the note
   * @param locale ignored by the placeholder
   * @return a bare PDF naming the note
   */
  public static byte[] render(SessionNoteData data, Locale locale) {
    String line =
        ("Session note "
                + data.clientName()
                + " "
                + data.contactDate()
                + (data.draft() ? " DRAFT" : ""))
            .replaceAll("[^ -~]", "?")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)");
    String stream = "BT /F1 12 Tf 50 780 Td (" + line + ") Tj ET";
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>");
    objects.add("<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(pdf.toString().getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
