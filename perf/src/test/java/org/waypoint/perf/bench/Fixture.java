package org.waypoint.perf.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark works on, found over JDBC from the generator's fixture names (never ids): the
 * clinicians with their active caseloads and the approved discharges of their programs, the heavy
 * client, the handover program, and which of the named accounts exist at this scale.
 */
final class Fixture {

  /**
   * A clinician's share of the data.
   *
   * @param username the account
   * @param caseload active clients whose primary clinician this is (the heavy client left out, so
   *     its history keeps its shape)
   * @param lastNames the caseload's last names (what the clinician types into the search)
   * @param discharges clients of the clinician's programs with an approved discharge
   */
  record Clinician(
      String username, List<Long> caseload, List<String> lastNames, List<Long> discharges) {}

  final List<Clinician> clinicians;
  final long heavyClientId;
  final long handoverProgramId;
  final List<String> heavySupervisors;
  final List<String> handoverSupervisors;
  final List<String> intakes;

  private Fixture(
      List<Clinician> clinicians,
      long heavyClientId,
      long handoverProgramId,
      List<String> heavySupervisors,
      List<String> handoverSupervisors,
      List<String> intakes) {
    this.clinicians = clinicians;
    this.heavyClientId = heavyClientId;
    this.handoverProgramId = handoverProgramId;
    this.heavySupervisors = heavySupervisors;
    this.handoverSupervisors = handoverSupervisors;
    this.intakes = intakes;
  }

  /**
   * Reads the fixture from the database the server runs on.
   *
   * @param config the benchmark's settings (database, names)
   * @return the fixture
   * @throws IllegalStateException when a name the benchmark needs is not in the database
   */
  static Fixture discover(BenchConfig config) {
    try (Connection db =
        DriverManager.getConnection(config.dbUrl, config.dbUser, config.dbPassword)) {
      db.setReadOnly(true);
      long heavy =
          single(
              db,
              "select id from client where legal_first_name = ? and legal_last_name = ?",
              config.heavyFirst,
              config.heavyLast,
              "the heavy client " + config.heavyFirst + " " + config.heavyLast);
      long handoverProgram =
          single(
              db,
              "select id from program where code = ?",
              config.handoverProgram,
              null,
              "the handover program " + config.handoverProgram);
      List<Clinician> clinicians = clinicians(db, config.clinicianPattern, heavy);
      if (clinicians.isEmpty()) {
        throw new IllegalStateException(
            "no clinician named like " + config.clinicianPattern + " has an active caseload");
      }
      return new Fixture(
          clinicians,
          heavy,
          handoverProgram,
          existing(db, config.heavySupervisors),
          existing(db, config.handoverSupervisors),
          existing(db, config.intakes));
    } catch (SQLException e) {
      throw new IllegalStateException("reading the fixture from " + config.dbUrl + " failed", e);
    }
  }

  private static long single(Connection db, String sql, String a, String b, String what)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, a);
      if (b != null) {
        s.setString(2, b);
      }
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException(what + " is not in the database");
        }
        return r.getLong(1);
      }
    }
  }

  private static List<Clinician> clinicians(Connection db, String pattern, long heavy)
      throws SQLException {
    Map<String, List<Long>> caseloads = new LinkedHashMap<>();
    Map<String, List<String>> names = new LinkedHashMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "select u.username, c.id, c.legal_last_name from client c"
                + " join staff_user u on u.id = c.primary_clinician_id"
                + " join user_role r on r.user_id = u.id and r.role = 'CLINICIAN'"
                + " where c.status = 'ACTIVE' and u.enabled and u.username like ? and c.id <> ?"
                + " order by u.username, c.id")) {
      s.setString(1, pattern);
      s.setLong(2, heavy);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          caseloads.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getLong(2));
          names.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(3));
        }
      }
    }
    Map<String, List<Long>> discharges = new LinkedHashMap<>();
    try (PreparedStatement s =
        db.prepareStatement(
            "select username, client_id from ("
                + " select u.username, d.client_id,"
                + " row_number() over (partition by u.username order by d.id desc) as n"
                + " from discharge d join client c on c.id = d.client_id"
                + " join user_program up on up.program_id = c.program_id"
                + " join staff_user u on u.id = up.user_id"
                + " where d.state = 'APPROVED' and u.username like ?) x"
                + " where n <= 20")) {
      s.setString(1, pattern);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          discharges.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getLong(2));
        }
      }
    }
    List<Clinician> found = new ArrayList<>();
    caseloads.forEach(
        (user, clients) ->
            found.add(
                new Clinician(
                    user, clients, names.get(user), discharges.getOrDefault(user, List.of()))));
    return found;
  }

  private static List<String> existing(Connection db, List<String> usernames) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement s =
        db.prepareStatement("select 1 from staff_user where username = ? and enabled")) {
      for (String u : usernames) {
        s.setString(1, u);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            found.add(u);
          }
        }
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException("none of the accounts " + usernames + " exists");
    }
    return found;
  }
}
