package org.waypoint.web.report;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.discharge.DischargePrintService;
import org.waypoint.report.DischargePlanReport;
import org.waypoint.web.support.Text;

/**
 * {@code GET /reports/discharge-plan/{clientId}}: the client's discharge safety plan as a PDF, in
 * the client's preferred language (English or Spanish), under a DRAFT watermark until a supervisor
 * approved the discharge. The service decides whether the caller may print it (the care team within
 * reach) and puts every print on the audit trail; the PDF is never cached by the browser.
 */
@WebServlet("/reports/discharge-plan/*")
public class DischargePlanPrintServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private transient DischargePrintService discharges;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PdfReply.send(
        request,
        response,
        discharges::print,
        printed ->
            new PdfReply.Pdf(
                DischargePlanReport.render(printed.data(), printed.locale()),
                Text.of("discharge.print.fileName", printed.data().mrn())));
  }
}
