package org.waypoint.web.report;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.client.ClientService;
import org.waypoint.report.FaceSheetReport;
import org.waypoint.web.support.Text;

/**
 * {@code GET /reports/face-sheet/{clientId}}: the client's face sheet as a PDF. The service decides
 * whether the caller may see the client; the PDF is never cached by the browser.
 */
@WebServlet("/reports/face-sheet/*")
public class FaceSheetServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @EJB private transient ClientService clients;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PdfReply.send(
        request,
        response,
        clients::faceSheet,
        data ->
            new PdfReply.Pdf(
                FaceSheetReport.render(data), Text.of("errors.faceSheet.fileName", data.mrn())));
  }
}
