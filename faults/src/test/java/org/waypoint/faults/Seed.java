package org.waypoint.faults;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.postgresql.ds.PGSimpleDataSource;
import org.waypoint.client.Mrn;
import org.waypoint.client.SearchText;
import org.waypoint.persistence.FlywayMigrationIntegrator;

/**
 * What the fault tests need and no more (demo mode loads far more and takes minutes to start): the
 * schema from the application's own migrations, one program, one clinician who serves it, and a few
 * active clients in it with an intake risk level. Written with JDBC before the server starts.
 */
final class Seed {

  static final String CLINICIAN = "faults.clinician";
  static final String PASSWORD = "Faults-clinician-2026";
  static final int CLIENTS = 4;

  /** The clients' ids, in order of their names (Client0, Client1, ...). */
  final List<Long> clients = new ArrayList<>();

  /**
   * @param cluster the cluster
   * @param database an empty database
   * @return what was seeded
   */
  static Seed into(Cluster cluster, String database) throws SQLException {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(cluster.url(database));
    ds.setUser(Cluster.USER);
    ds.setPassword(Cluster.PASSWORD);
    FlywayMigrationIntegrator.configuration(ds).load().migrate();
    Seed seed = new Seed();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      long program =
          insert(
              c,
              "insert into program (code, name, level_of_care, version)"
                  + " values ('FLT', 'Fault tests', 'OUTPATIENT', 0)");
      long user;
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into staff_user (username, display_name, password_hash, enabled,"
                  + " demo_account, created_at, version) values (?, ?, ?, true, false, ?, 0)",
              Statement.RETURN_GENERATED_KEYS)) {
        s.setString(1, CLINICIAN);
        s.setString(2, "Fault Clinician");
        s.setString(3, hash(PASSWORD));
        s.setObject(4, now);
        user = key(s);
      }
      try (Statement s = c.createStatement()) {
        s.execute("insert into user_role (user_id, role) values (" + user + ", 'CLINICIAN')");
        s.execute(
            "insert into user_program (user_id, program_id) values ("
                + user
                + ", "
                + program
                + ")");
      }
      for (int i = 0; i < CLIENTS; i++) {
        long sequence;
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery("select nextval('client_mrn_seq')")) {
          r.next();
          sequence = r.getLong(1);
        }
        String first = "Client" + i;
        String last = "Faults";
        long client;
        try (PreparedStatement s =
            c.prepareStatement(
                "insert into client (mrn, legal_first_name, legal_last_name, date_of_birth,"
                    + " program_id, primary_clinician_id, status, admission_date, registered_at,"
                    + " registered_by, version, language, search_name, risk_level, check_in_due)"
                    + " values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0, 'EN', ?, 'LOW', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
          s.setString(1, Mrn.of(sequence));
          s.setString(2, first);
          s.setString(3, last);
          s.setObject(4, LocalDate.of(1990, 1, 1 + i));
          s.setLong(5, program);
          s.setLong(6, user);
          s.setObject(7, now.toLocalDate().minusDays(10));
          s.setObject(8, now.minusDays(10));
          s.setString(9, CLINICIAN);
          s.setString(10, SearchText.nameKey(first, last, null));
          s.setObject(11, now);
          client = key(s);
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "insert into risk_assessment (client_id, level, reasons, source, assessed_at,"
                    + " assessed_by) values (?, 'LOW', 'Seeded for the fault tests',"
                    + " 'INTAKE_SCREENING', ?, ?)")) {
          s.setLong(1, client);
          s.setObject(2, now.minusDays(10));
          s.setString(3, CLINICIAN);
          s.executeUpdate();
        }
        seed.clients.add(client);
      }
      c.commit();
    }
    return seed;
  }

  private static long insert(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      return key(s);
    }
  }

  private static long key(PreparedStatement s) throws SQLException {
    s.executeUpdate();
    try (ResultSet r = s.getGeneratedKeys()) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * The stored form the application's {@code Passwords} writes through Jakarta Security's {@code
   * Pbkdf2PasswordHash}: {@code PBKDF2WithHmacSHA256:210000:<salt>:<key>}, Base64, 32-byte salt and
   * key.
   */
  static String hash(String password) {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:210000:"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
