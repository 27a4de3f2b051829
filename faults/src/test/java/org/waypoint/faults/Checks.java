package org.waypoint.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Queries that say whether anything is half-written: each names the rows that break a rule the
 * application keeps by writing them in one transaction. An empty list is a whole database.
 */
final class Checks {

  private Checks() {}

  /**
   * @return one line per rule broken, with how many rows break it
   */
  static List<String> halfWritten(Connection c) throws SQLException {
    List<String> broken = new ArrayList<>();
    // a check-in is written with the risk assessment it made (RiskRecorder), at the same instant
    rule(
        c,
        broken,
        "check-ins without their risk assessment",
        "select count(*) from check_in k where not exists (select 1 from risk_assessment r"
            + " where r.client_id = k.client_id and r.source = 'CHECK_IN'"
            + " and r.assessed_at = k.recorded_at)");
    // ... and the audit event of its recording, in the same transaction
    rule(
        c,
        broken,
        "clients whose check-ins and CHECK_IN_RECORD audit events differ in number",
        "select count(*) from client x where (select count(*) from check_in k"
            + " where k.client_id = x.id) <> (select count(*) from audit_event e"
            + " where e.client_id = x.id and e.action = 'CHECK_IN_RECORD'"
            + " and e.outcome = 'SUCCESS')");
    // the client's current level is the newest assessment's (RiskRecorder writes both)
    rule(
        c,
        broken,
        "clients whose risk level is not their newest assessment's",
        "select count(*) from client x where x.risk_level is distinct from (select r.level"
            + " from risk_assessment r where r.client_id = x.id"
            + " order by r.assessed_at desc, r.id desc limit 1)");
    // a note is created with the audit event of its start
    rule(
        c,
        broken,
        "clients whose notes and NOTE_DRAFT_START audit events differ in number",
        "select count(*) from client x where (select count(*) from session_note n"
            + " where n.client_id = x.id) <> (select count(*) from audit_event e"
            + " where e.client_id = x.id and e.action = 'NOTE_DRAFT_START'"
            + " and e.outcome = 'SUCCESS')");
    // a draft save writes the note's whole content at once: the fault tests' notes carry their
    // text in all four SOAP parts, so a note with some parts and not others is half-saved
    rule(
        c,
        broken,
        "notes saved in part (some SOAP parts of a save and not others)",
        "select count(*) from session_note n where n.subjective like 'burst %' and ("
            + " n.objective is distinct from 'Objective: ' || n.subjective"
            + " or n.assessment is distinct from 'Assessment: ' || n.subjective"
            + " or n.plan is distinct from 'Plan: ' || n.subjective)");
    return broken;
  }

  private static void rule(Connection c, List<String> broken, String name, String sql)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      if (r.getLong(1) != 0) {
        broken.add(name + ": " + r.getLong(1));
      }
    }
  }

  /** How many rows of a table have this value in a column. */
  static long count(Connection c, String table, String column, String value) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select count(*) from " + table + " where " + column + " = ?")) {
      s.setString(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
