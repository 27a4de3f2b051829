package org.waypoint.perf.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Test
  void theSameSeedAndScaleGiveTheSameNetwork() {
    Network a = new Network(new Scale(0.01), 42, TODAY);
    Network b = new Network(new Scale(0.01), 42, TODAY);
    assertEquals(names(a), names(b));
    assertEquals(
        a.clients.stream().map(c -> c.checkIns + "/" + c.notes + "/" + c.versions).toList(),
        b.clients.stream().map(c -> c.checkIns + "/" + c.notes + "/" + c.versions).toList());
  }

  @Test
  void anotherSeedGivesOtherClients() {
    Network a = new Network(new Scale(0.01), 42, TODAY);
    Network b = new Network(new Scale(0.01), 43, TODAY);
    assertTrue(!names(a).equals(names(b)));
  }

  @Test
  void theFullScaleIsTheIssuesNetwork() {
    Network n = new Network(new Scale(1.0), 42, TODAY);
    assertEquals(20_000, n.clients.size());
    assertEquals(5_000, n.clients.stream().filter(c -> c.active).count());
    assertEquals(400, n.staff.size());
    assertEquals(3_000_000, n.clients.stream().mapToLong(c -> c.checkIns).sum());
    assertEquals(1_000_000, n.clients.stream().mapToLong(c -> c.notes).sum());
    assertEquals(100_000, n.clients.stream().mapToLong(c -> c.versions).sum());
    int[] caseloads = new int[n.staff.size()];
    n.clients.stream().filter(c -> c.active).forEach(c -> caseloads[c.clinician]++);
    for (int i = 0; i < 300; i++) {
      assertTrue(
          caseloads[i] >= 10 && caseloads[i] <= 40,
          "caseload of clin" + (i + 1) + ": " + caseloads[i]);
    }
  }

  @Test
  void everyScaleKeepsTheFixtureNames() {
    for (double scale : new double[] {0.001, 0.01, 0.1, 1.0}) {
      Network n = new Network(new Scale(scale), 42, TODAY);
      List<String> users = n.staff.stream().map(Network.Staff::username).toList();
      for (String user :
          List.of("clin001", "clin002", "sup01", "sup39", "sup40", "intake01", "admin01")) {
        assertTrue(users.contains(user), user + " at scale " + scale);
      }
      Network.Client heavy = n.clients.get(0);
      assertEquals("Avery Lindqvist", heavy.first + " " + heavy.last);
      assertEquals(0, heavy.program);
      assertEquals("clin001", n.staff.get(heavy.clinician).username());
      assertTrue(heavy.active);
      assertEquals(scale >= 0.01 ? 3_000 : 100, heavy.checkIns);
      assertEquals(scale >= 0.01 ? 1_000 : 50, heavy.notes);
      long p20 = n.clients.stream().filter(c -> c.active && c.program == 19).count();
      assertEquals(scale >= 0.01 ? 40 : n.scale.p20Active(), p20, "P20 at scale " + scale);
      assertTrue(n.clients.stream().anyMatch(c -> c.program == 0 && c.discharge == 1));
      assertTrue(n.clients.stream().anyMatch(c -> c.program == 0 && c.discharge == 2));
      assertEquals(
          "sup39", n.staff.get(n.supervisors(19)[0]).username(), "P20's supervisors at " + scale);
    }
  }

  @Test
  void thePasswordHashHasTheFormatJakartaSecurityReads() {
    String hash = Passwords.hash(Passwords.BENCH_PASSWORD, 42);
    String[] parts = hash.split(":");
    assertEquals(4, parts.length);
    assertEquals("PBKDF2WithHmacSHA256", parts[0]);
    assertEquals("210000", parts[1]);
    assertEquals(32, java.util.Base64.getDecoder().decode(parts[2]).length);
    assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length);
    assertEquals(hash, Passwords.hash(Passwords.BENCH_PASSWORD, 42));
  }

  private static List<String> names(Network n) {
    return n.clients.stream().map(c -> c.first + " " + c.last + " " + c.born).toList();
  }
}
