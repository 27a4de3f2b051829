package org.waypoint.web.report;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.waypoint.client.ClientService;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.report.FaceSheetData;
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
    long id;
    try {
      String path = request.getPathInfo();
      id = Long.parseLong(path == null ? "" : path.substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    FaceSheetData data;
    try {
      data = clients.faceSheet(id);
    } catch (ClientNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    byte[] pdf = FaceSheetReport.render(data);
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader(
        "Content-Disposition",
        "inline; filename=\"" + Text.of("errors.faceSheet.fileName", data.mrn()) + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(pdf);
  }
}
