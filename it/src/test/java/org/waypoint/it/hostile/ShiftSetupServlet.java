package org.waypoint.it.hostile;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Programs and staff of the hostile-input test's own, in plain SQL behind the application's back
 * (the application has no screen to create a program, and a handover is given and acknowledged once
 * per program and shift): so the shift forms' tries never meet a handover another test gives or
 * acknowledges, whichever order the tests run in. Each {@code program} parameter is a new program's
 * code, each {@code user} a new clinician working in all of them but the {@code outside} program,
 * with the demo clinician's password (copied as its hash, so no password change is due). Answers
 * one line per program, {@code CODE ID}, the outside one last. Only in the hostile-input test's
 * deployment (its probe module), never in the product.
 */
@WebServlet("/shift-setup")
public class ShiftSetupServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/WaypointDS")
  private transient DataSource database;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getParameter("coSigned") != null) {
      coSigned(request, response);
      return;
    }
    String[] codes = request.getParameterValues("program");
    String outside = request.getParameter("outside");
    String[] users = request.getParameterValues("user");
    StringBuilder out = new StringBuilder();
    try (Connection c = database.getConnection()) {
      List<Long> worked = new ArrayList<>();
      for (String code : codes) {
        long id = program(c, code);
        worked.add(id);
        out.append(code).append(' ').append(id).append('\n');
      }
      out.append(outside).append(' ').append(program(c, outside)).append('\n');
      List<String[]> staff = new ArrayList<>();
      for (String user : users) {
        staff.add(new String[] {user, "CLINICIAN"});
      }
      String[] supervisors = request.getParameterValues("supervisor");
      for (String user : supervisors == null ? new String[0] : supervisors) {
        staff.add(new String[] {user, "SUPERVISOR"});
      }
      for (String[] user : staff) {
        long id = staffMember(c, user[0], user[1]);
        for (long program : worked) {
          try (PreparedStatement s =
              c.prepareStatement("insert into user_program (user_id, program_id) values (?, ?)")) {
            s.setLong(1, id);
            s.setLong(2, program);
            s.executeUpdate();
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(out.toString());
  }

  /**
   * {@code coSigned=NAME&inProgram=PROGRAM NAME}: a clinician of the test's own whose signed notes
   * wait for a supervisor's co-signature, working in an existing program (the demo one who does is
   * locked for a while by the sign-in lockout's browser test, in the same test database).
   */
  private void coSigned(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try (Connection c = database.getConnection()) {
      long id = staffMember(c, request.getParameter("coSigned"), "CLINICIAN");
      try (PreparedStatement s =
          c.prepareStatement("update staff_user set needs_co_signature = true where id = ?")) {
        s.setLong(1, id);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into user_program (user_id, program_id)"
                  + " select ?, id from program where name = ?")) {
        s.setLong(1, id);
        s.setString(2, request.getParameter("inProgram"));
        if (s.executeUpdate() != 1) {
          throw new IOException("no program " + request.getParameter("inProgram"));
        }
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write("ok");
  }

  private static long program(Connection c, String code) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into program (code, name, level_of_care, version)"
                + " values (?, ?, 'RESIDENTIAL', 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, code);
      s.setString(2, "Handover unit " + code);
      s.executeUpdate();
      return key(s);
    }
  }

  private static long staffMember(Connection c, String username, String role) throws SQLException {
    long id;
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into staff_user (username, display_name, password_hash, enabled,"
                + " demo_account, created_at, version)"
                + " select ?, ?, password_hash, true, false, ?, 0 from staff_user"
                + " where username = 'clinician'",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, username);
      s.setString(2, "Shift " + username);
      s.setTimestamp(3, Timestamp.from(Instant.now()));
      s.executeUpdate();
      id = key(s);
    }
    try (PreparedStatement s =
        c.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
      s.setLong(1, id);
      s.setString(2, role);
      s.executeUpdate();
    }
    return id;
  }

  private static long key(Statement s) throws SQLException {
    try (ResultSet keys = s.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
