package org.waypoint.web.report;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.center.CenterSettings;
import org.waypoint.note.NotePrintService;
import org.waypoint.report.SessionNoteReport;
import org.waypoint.web.support.Text;

/**
 * {@code GET /reports/session-note/{noteId}}: one session note as a PDF, in the center's language
 * (a draft under a DRAFT watermark). The service decides whether the caller may read the note and
 * puts the print on the audit trail; the PDF is never cached by the browser.
 */
@WebServlet("/reports/session-note/*")
public class SessionNotePrintServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private transient NotePrintService notes;
  @Inject private transient CenterSettings center;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PdfReply.send(
        request,
        response,
        notes::print,
        printed ->
            new PdfReply.Pdf(
                SessionNoteReport.render(printed.data(), center.locale()),
                Text.of(
                    "errors.sessionNote.fileName",
                    printed.data().mrn(),
                    String.valueOf(printed.noteId()))));
  }
}
