package org.waypoint.web.report;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.center.CenterSettings;
import org.waypoint.handover.HandoverPrintService;
import org.waypoint.report.HandoverReport;
import org.waypoint.web.support.Text;

/**
 * {@code GET /reports/handover/{programId}?shift=2026-11-30T15:00}: a program's shift handover as a
 * PDF, in the center's language: the given handover with its acknowledgement, or the live contents
 * while it is not given. Without {@code shift}, the shift under way now. The service decides
 * whether the caller works in the program (403 otherwise, as for an id that names no program) and
 * puts the print on the audit trail; a shift that is not one of the center's is a bad request
 * (400). The PDF is never cached by the browser.
 */
@WebServlet("/reports/handover/*")
public class HandoverPrintServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private transient HandoverPrintService handovers;
  @Inject private transient CenterSettings center;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String shift = request.getParameter("shift");
    PdfReply.send(
        request,
        response,
        programId ->
            handovers.print(programId, shift == null || shift.isBlank() ? null : shift.strip()),
        printed ->
            new PdfReply.Pdf(
                HandoverReport.render(printed.data(), center.locale()),
                Text.of(
                    "handover.fileName",
                    String.valueOf(printed.programId()),
                    printed.shiftKey().replace(':', '-'))));
  }
}
