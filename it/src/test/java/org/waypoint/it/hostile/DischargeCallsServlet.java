package org.waypoint.it.hostile;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Time for a client's approved discharge, in plain SQL behind the application's back: {@code
 * action=backdate&days=N} moves the discharge's planned date and its follow-up calls' due dates N
 * days back (a call is recordable only once it is due, days after the discharge), {@code
 * action=reopen} sets every call of the client back to "not called yet" (each recorded outcome ends
 * a call, and the tries need one open). Answers the number of rows changed. H2's date arithmetic
 * (the hostile-input test runs on the README's test database). Only in the hostile-input test's
 * deployment (its probe module), never in the product.
 */
@WebServlet("/discharge-calls")
public class DischargeCallsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private transient DataSource database;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long client = Long.parseLong(request.getParameter("client"));
    int changed = 0;
    try (Connection c = database.getConnection()) {
      if ("backdate".equals(request.getParameter("action"))) {
        int days = Integer.parseInt(request.getParameter("days"));
        changed +=
            update(
                c,
                "update discharge set planned_date = dateadd(day, ?, planned_date),"
                    + " version = version + 1 where client_id = ? and state = 'APPROVED'",
                -days,
                client);
        changed +=
            update(
                c,
                "update follow_up_call set due_date = dateadd(day, ?, due_date),"
                    + " version = version + 1 where client_id = ?",
                -days,
                client);
      } else {
        changed +=
            update(
                c,
                "update follow_up_call set outcome = null, next_step = null, recorded_by = null,"
                    + " recorded_at = null, check_in_id = null, version = version + 1"
                    + " where client_id = ? and outcome is not null",
                null,
                client);
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(Integer.toString(changed));
  }

  private static int update(Connection c, String sql, Integer days, long client)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      if (days != null) {
        s.setInt(i++, days);
      }
      s.setLong(i, client);
      return s.executeUpdate();
    }
  }
}
