package org.waypoint.web.report;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.NotFoundException;

/**
 * What the PDF servlets share: the record's id from the address ({@code /reports/kind/{id}}), the
 * service's answer turned into a status (no such record or a malformed id 404, not allowed 403, a
 * refused parameter 400) and the document written inline, never cached by the browser.
 */
final class PdfReply {

  /**
   * A printed document and the file name the browser offers when it is saved.
   *
   * @param bytes the PDF
   * @param fileName the file name, without quotes
   */
  record Pdf(byte[] bytes, String fileName) {}

  private PdfReply() {}

  /**
   * Answers a PDF request.
   *
   * @param request the request; its path info is {@code /{id}}
   * @param response the response: the PDF, or the error status
   * @param read reads what is printed for the id (the service checks access and audits)
   * @param print renders what was read
   * @param <T> what the service returns
   * @throws IOException when the response cannot be written
   */
  static <T> void send(
      HttpServletRequest request,
      HttpServletResponse response,
      LongFunction<T> read,
      Function<T, Pdf> print)
      throws IOException {
    long id;
    try {
      String path = request.getPathInfo();
      id = Long.parseLong(path == null ? "" : path.substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    T found;
    try {
      found = read.apply(id);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (AccessDeniedException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (InvalidInputException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Pdf pdf = print.apply(found);
    response.setContentType("application/pdf");
    response.setContentLength(pdf.bytes().length);
    response.setHeader("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(pdf.bytes());
  }
}
