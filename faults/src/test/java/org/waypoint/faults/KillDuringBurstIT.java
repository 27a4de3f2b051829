package org.waypoint.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.audit.AuditChainScan;

/**
 * WildFly killed with {@code kill -9} in the middle of a burst of check-ins and session-note saves
 * from several users at once (issue 16, section 4). After a restart: every save that was
 * acknowledged to its user is in the database exactly once, a save still in flight at the kill is
 * there at most once, nothing is half-written ({@link Checks}), and the audit chain verifies.
 */
@Order(2)
@ExtendWith(Faults.Teardown.class)
class KillDuringBurstIT {

  /** Users recording check-ins, and users saving note drafts, at the same time. */
  private static final int CHECK_IN_USERS = 2;

  private static final int NOTE_USERS = 2;

  /** The kill comes once this many saves were acknowledged: the burst is well under way. */
  private static final int KILL_AFTER = 30;

  /** What went wrong in a user's thread before the kill (a refused save). */
  private static final Queue<String> PROBLEMS = new ConcurrentLinkedQueue<>();

  /** One save as its user saw it. */
  record Attempt(boolean checkIn, String text, boolean acknowledged) {}

  @Test
  void everyAcknowledgedSaveSurvivesAKillOnceAndWhole() throws Exception {
    Faults f = Faults.get();
    String run = UUID.randomUUID().toString().substring(0, 8);
    Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    AtomicInteger acknowledged = new AtomicInteger();
    AtomicBoolean killed = new AtomicBoolean();
    List<WebUser> users = new ArrayList<>();
    for (int i = 0; i < CHECK_IN_USERS + NOTE_USERS; i++) {
      users.add(f.signedIn());
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
      WebUser user = users.get(i);
      boolean checkIns = i < CHECK_IN_USERS;
      long client = f.seed.clients.get(i % f.seed.clients.size());
      String prefix = "burst " + run + (checkIns ? " check-in " : " note ") + i + "-";
      Thread t =
          new Thread(
              () -> burst(user, checkIns, client, prefix, go, killed, attempts, acknowledged),
              "burst-" + i);
      t.start();
      threads.add(t);
    }
    long t = System.nanoTime();
    go.countDown();
    while (acknowledged.get() < KILL_AFTER && threads.stream().anyMatch(Thread::isAlive)) {
      Thread.sleep(10);
    }
    assertEquals(List.of(), List.copyOf(PROBLEMS), "every save before the kill succeeded");
    assertTrue(acknowledged.get() >= KILL_AFTER, "the burst ran until the kill");
    f.server.kill();
    killed.set(true);
    Faults.log(
        "kill -9 of the server's JVM after " + acknowledged.get() + " acknowledged saves", t);
    for (Thread thread : threads) {
      thread.join();
    }

    f.start(Faults.DATABASE);
    List<Attempt> all = new ArrayList<>(attempts);
    long acked = all.stream().filter(Attempt::acknowledged).count();
    long inFlight = all.size() - acked;
    long present = 0;
    long inFlightSaved = 0;
    List<String> wrong = new ArrayList<>();
    try (Connection c = f.db()) {
      for (Attempt a : all) {
        long rows =
            a.checkIn()
                ? Checks.count(c, "check_in", "client_words", a.text())
                : Checks.count(c, "session_note", "subjective", a.text());
        if (a.acknowledged()) {
          if (rows == 1) {
            present++;
          } else {
            wrong.add(a.text() + " was acknowledged and is there " + rows + " time(s)");
          }
        } else if (rows > 1) {
          wrong.add(a.text() + " was in flight and is there " + rows + " times");
        } else {
          inFlightSaved += rows;
        }
      }
      // nothing of this burst that no user sent
      Set<String> sent = new HashSet<>();
      all.forEach(a -> sent.add(a.text()));
      try (PreparedStatement s =
          c.prepareStatement(
              "select client_words from check_in where client_words like ?"
                  + " union all select subjective from session_note where subjective like ?")) {
        s.setString(1, "burst " + run + "%");
        s.setString(2, "burst " + run + "%");
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (!sent.contains(r.getString(1))) {
              wrong.add(r.getString(1) + " is there but was never sent");
            }
          }
        }
      }
      List<String> halfWritten = Checks.halfWritten(c);
      long events = AuditChainScan.verify(c);
      Summary.add("audit chain verified", 1);
      Summary.add("faults survived", 1);
      Summary.add("acknowledged submissions", acked);
      Summary.add("acknowledged and present exactly once", present);
      Summary.add("records lost", acked - present);
      Summary.line(
          "KillDuringBurstIT",
          String.format(
              "kill -9 after %d acknowledged saves (%d check-ins, %d note drafts) from %d users;"
                  + " %d in flight at the kill, %d of them committed; half-written rows: %d;"
                  + " audit chain verified over %d events",
              acked,
              all.stream().filter(a -> a.acknowledged() && a.checkIn()).count(),
              all.stream().filter(a -> a.acknowledged() && !a.checkIn()).count(),
              users.size(),
              inFlight,
              inFlightSaved,
              halfWritten.size(),
              events));
      assertEquals(List.of(), wrong, "acknowledged saves present exactly once, nothing doubled");
      assertEquals(List.of(), halfWritten, "nothing half-written");
      assertEquals(acked, present);
    }
    // and the restarted server takes the next check-in
    WebUser after = f.signedIn();
    Screens.openCheckIn(after, f.seed.clients.get(0));
    assertTrue(Screens.recordCheckIn(after, "after the kill " + run).redirected());
  }

  private static void burst(
      WebUser user,
      boolean checkIns,
      long client,
      String prefix,
      CountDownLatch go,
      AtomicBoolean killed,
      Queue<Attempt> attempts,
      AtomicInteger acknowledged) {
    try {
      go.await();
      for (int i = 0; !killed.get(); i++) {
        String text = prefix + i;
        String saveAll = null;
        try {
          if (checkIns) {
            Screens.openCheckIn(user, client);
          } else {
            saveAll = Screens.startNote(user, client);
          }
        } catch (Exception e) {
          return; // the server is gone before this save was sent
        }
        boolean ok;
        try {
          ok =
              checkIns
                  ? Screens.recordCheckIn(user, text).redirected()
                  : Screens.draftSaved(Screens.saveNote(user, saveAll, text));
        } catch (Exception e) {
          attempts.add(new Attempt(checkIns, text, false)); // sent, no answer
          return;
        }
        attempts.add(new Attempt(checkIns, text, ok));
        if (ok) {
          acknowledged.incrementAndGet();
        } else if (!killed.get()) {
          PROBLEMS.add(text + " was refused before the kill");
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
