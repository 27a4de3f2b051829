package org.waypoint.perf.floor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The ids the floor's statements need, found over JDBC from the fixture's names (the same names the
 * benchmark signs in with and opens; ids differ from one generation to the next). Each name can be
 * replaced by a system property ({@code -Dfloor.clinician=clinician} and so on), which lets the
 * floor run on the demo center too.
 *
 * @param clinicianUser the clinician's username ({@code clin001})
 * @param clinician the clinician's id
 * @param supervisorUser the supervisor's username ({@code sup01}, program P01)
 * @param supervisor the supervisor's id
 * @param intakeUser the intake worker's username ({@code intake01})
 * @param intake the intake worker's id
 * @param handoverSupervisorUser the supervisor who prints the P20 handover ({@code sup39})
 * @param handoverSupervisor that supervisor's id
 * @param heavyClient the heavy client's id (Avery Lindqvist, P01, clin001)
 * @param heavyProgram the heavy client's program id
 * @param handoverProgram the 40-client program's id (P20)
 * @param discharge the discharge printed: P01's approved discharge with the latest planned date (a
 *     completed one when none is approved)
 * @param dischargeClient the client of that discharge
 * @param note a draft session note the note actions save and sign (rolled back): the heavy
 *     client's, else any
 * @param search what the client search looks for, as the application folds it ({@code lindqvist}:
 *     the heavy client's last name)
 */
public record Fixture(
    String clinicianUser,
    long clinician,
    String supervisorUser,
    long supervisor,
    String intakeUser,
    long intake,
    String handoverSupervisorUser,
    long handoverSupervisor,
    long heavyClient,
    long heavyProgram,
    long handoverProgram,
    long discharge,
    long dischargeClient,
    long caseClient,
    long note,
    String search) {

  /**
   * Finds the fixture's ids.
   *
   * @param connection a connection to the benchmark's database
   * @return the ids
   * @throws SQLException when a name is missing from the database
   */
  public static Fixture find(Connection connection) throws SQLException {
    String clinicianUser = name("floor.clinician", "clin001");
    String supervisorUser = name("floor.supervisor", "sup01");
    String intakeUser = name("floor.intake", "intake01");
    String handoverUser = name("floor.handoverSupervisor", "sup39");
    String first = name("floor.heavyFirst", "Avery");
    String last = name("floor.heavyLast", "Lindqvist");
    String dischargeProgram = name("floor.dischargeProgram", "P01");
    long[] heavy =
        row(
            connection,
            "select id, program_id from client where legal_first_name = ? and legal_last_name = ?"
                + " order by id",
            first,
            last);
    long caseClient =
        row(
            connection,
            "select c.id from client c join staff_user u on u.id = c.primary_clinician_id"
                + " where u.username = ? and c.status = 'ACTIVE' and c.id <> ?"
                + " and exists (select 1 from safety_plan p where p.client_id = c.id)"
                + " order by c.id limit 1",
            clinicianUser,
            Long.toString(heavy[0]))[0];
    String caseName;
    try (PreparedStatement statement =
        connection.prepareStatement("select legal_last_name from client where id = ?")) {
      statement.setLong(1, caseClient);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        caseName = rows.getString(1);
      }
    }
    long[] discharge =
        row(
            connection,
            "select d.id, d.client_id from discharge d join client c on c.id = d.client_id"
                + " join program p on p.id = c.program_id"
                + " where p.code = ? and d.state in ('APPROVED', 'COMPLETED')"
                + " order by case when d.state = 'APPROVED' then 0 else 1 end,"
                + " d.planned_date desc, d.id limit 1",
            dischargeProgram);
    return new Fixture(
        clinicianUser,
        staff(connection, clinicianUser),
        supervisorUser,
        staff(connection, supervisorUser),
        intakeUser,
        staff(connection, intakeUser),
        handoverUser,
        staff(connection, handoverUser),
        heavy[0],
        heavy[1],
        row(
            connection,
            "select id from program where code = ?",
            name("floor.handoverProgram", "P20"))[0],
        discharge[0],
        discharge[1],
        caseClient,
        row(
            connection,
            // a draft, the case client's first; at smoke scale the benchmark may have signed every
            // draft before the floor runs: then a signed note stands in, the database refuses the
            // note floors' updates, and the report says so as a failed floor
            "select id from session_note"
                + " order by case when status = 'DRAFT' then 0 else 1 end,"
                + " case when client_id = ? then 0 else 1 end, id limit 1",
            Long.toString(caseClient))[0],
        name("floor.search", fold(caseName).substring(0, Math.min(4, fold(caseName).length()))));
  }

  /** Lower case without accents or apostrophes, as the application compares names. */
  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace("'", "")
        .replace("\u2019", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String name(String property, String fallback) {
    return System.getProperty(property, fallback);
  }

  private static long staff(Connection connection, String username) throws SQLException {
    return row(connection, "select id from staff_user where username = ?", username)[0];
  }

  private static long[] row(Connection connection, String sql, String... params)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setString(i + 1, params[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new SQLException(
              "the fixture lacks: " + sql + " with " + String.join(", ", params));
        }
        int columns = rows.getMetaData().getColumnCount();
        long[] values = new long[columns];
        for (int c = 0; c < columns; c++) {
          values[c] = rows.getLong(c + 1);
        }
        return values;
      }
    }
  }
}
