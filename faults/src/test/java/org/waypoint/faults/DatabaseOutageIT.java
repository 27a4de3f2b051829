package org.waypoint.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database stopped while a clinician is typing a check-in (issue 16, section 4): the save is
 * refused with a clear message that says nothing was saved, the page comes back with everything
 * typed, and once the database is back the very same save succeeds without restarting the server
 * (the pool drops the dead connections: {@code validate-on-match} in datasource-postgres.cli).
 */
@Order(1)
@ExtendWith(Faults.Teardown.class)
class DatabaseOutageIT {

  @Test
  void aSaveDuringAnOutageKeepsTheTextAndTheSameSaveSucceedsWhenTheDatabaseIsBack()
      throws Exception {
    Faults f = Faults.get();
    long client = f.seed.clients.get(0);
    WebUser user = f.signedIn();
    Screens.openCheckIn(user, client);
    // the pool holds connections from signing in and opening the form: they die with the database
    String words = "Typed while the database was down " + UUID.randomUUID();

    long t = System.nanoTime();
    f.cluster.stopFast();
    Faults.log("database stopped (pg_ctl stop -m fast)", t);
    WebUser.Answer refused = Screens.recordCheckIn(user, words);
    assertEquals(200, refused.status(), refused.body());
    assertFalse(refused.redirected(), "nothing can be recorded while the database is down");
    assertFalse(refused.body().contains("<error>"), refused.body());
    String message = message("save.databaseUnavailable");
    assertTrue(
        refused.body().contains(Jsoup.parse(message).text().replace("'", "&#39;"))
            || refused.body().contains(message),
        "the save says the database cannot be reached:\n" + refused.body());
    assertTrue(refused.body().contains(words), "the form comes back with what was typed in it");
    assertFalse(refused.body().contains("Exception"), "no stack trace is shown");

    t = System.nanoTime();
    f.cluster.start();
    Faults.log("database started again", t);
    WebUser.Answer saved = Screens.recordCheckIn(user, words);
    assertTrue(
        saved.redirected(), "the same save succeeds once the database is back:\n" + saved.body());
    try (Connection c = f.db();
        PreparedStatement s =
            c.prepareStatement("select count(*) from check_in where client_words = ?")) {
      s.setString(1, words);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertEquals(1, r.getLong(1), "the check-in is recorded once");
      }
    }
    Summary.add("faults survived", 1);
    Summary.line(
        "DatabaseOutageIT",
        "PostgreSQL stopped while typing: the save was refused with the database message and the"
            + " text kept; after the restart the same save was recorded once, WildFly not restarted");
  }

  static String message(String key) throws Exception {
    Properties p = new Properties();
    try (Reader r =
        Files.newBufferedReader(
            Path.of(System.getProperty("faults.messages")), StandardCharsets.ISO_8859_1)) {
      p.load(r);
    }
    return p.getProperty(key);
  }
}
