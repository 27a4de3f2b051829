package org.waypoint.web.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditRow;
import org.waypoint.audit.AuditTrail;
import org.waypoint.center.CenterSettings;
import org.waypoint.web.support.Text;

/**
 * {@code GET /audit-export?client=&user=&action=&from=&to=}: the audit events of a filter as CSV,
 * oldest first, read page by page so a long trail never sits in memory at once. The export itself
 * goes on the trail.
 */
@WebServlet("/audit-export")
public class AuditExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int PAGE = 500;

  @EJB private transient AuditTrail trail;
  @Inject private transient CenterSettings center;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditQuery query;
    try {
      query =
          new AuditQuery(
              number(request.getParameter("client")),
              request.getParameter("user"),
              request.getParameter("action") == null
                  ? null
                  : AuditAction.valueOf(request.getParameter("action")),
              date(request.getParameter("from")),
              date(request.getParameter("to")),
              AuditQuery.SortBy.TIME,
              true);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST, Text.of(center.locale(), "audit.export.invalid"));
      return;
    }
    try {
      long total = trail.count(query);
      response.setContentType("text/csv;charset=UTF-8");
      response.setHeader(
          "Content-Disposition",
          "attachment; filename=\"waypoint-audit-" + LocalDate.now(center.timeZone()) + ".csv\"");
      response.setHeader("Cache-Control", "no-store");
      PrintWriter out = response.getWriter();
      out.print(header(center.locale()));
      long written = 0;
      for (int first = 0; first < total; first += PAGE) {
        List<AuditRow> rows = trail.search(query, first, PAGE);
        for (AuditRow row : rows) {
          out.print(line(row));
          written++;
        }
        if (rows.size() < PAGE) {
          break;
        }
      }
      out.flush();
      trail.exported(query, written);
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /**
   * @param locale the center's language
   * @return the first line, naming the columns ({@code audit.export.columns} in the bundle)
   */
  static String header(Locale locale) {
    return Text.of(locale, "audit.export.columns") + "\r\n";
  }

  private static String line(AuditRow row) {
    return String.join(
            ",",
            List.of(
                cell(Long.toString(row.id())),
                cell(DateTimeFormatter.ISO_INSTANT.format(row.occurredAt())),
                cell(row.username()),
                cell(row.roles()),
                cell(row.action().name()),
                cell(row.outcome().name()),
                cell(row.clientId() == null ? null : row.clientId().toString()),
                cell(row.recordType()),
                cell(row.recordId()),
                cell(row.detail()),
                cell(row.remoteAddress())))
        + "\r\n";
  }

  /**
   * Quotes a value for CSV, and defuses values a spreadsheet would run as a formula (a username
   * typed at sign-in is whatever someone typed).
   */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static Long number(String text) {
    return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
  }
}
