package org.waypoint.perf.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorScriptTest {

  @Test
  void readsTransactionsStatementsValuesAndKeeps() throws IOException {
    FloorScript script =
        FloorScript.parse(
            "x",
            "# x: what it stands for\n# more\nbegin\nselect a, b from t where u=?\n"
                + "  with {clinicianUser}\n  keep ids\n  keep versions 2\n"
                + "select c from e where v=?\n  with {each}\n  each ids\nend\n"
                + "begin\nupdate t set s=? where id in (?*)\n  with 'it''s, fine', {kept*:ids}\nend\n");

    assertEquals("x: what it stands for", script.what());
    assertEquals(2, script.transactions().size());
    assertEquals(3, script.statements());
    FloorScript.Statement first = script.transactions().get(0).get(0);
    assertEquals(Map.of("ids", 1, "versions", 2), first.keeps());
    assertEquals("ids", script.transactions().get(0).get(1).each());
    assertEquals(
        List.of("'it''s, fine'", "{kept*:ids}"), script.transactions().get(1).get(0).values());
  }

  @Test
  void refusesAStatementOutsideATransaction() {
    assertThrows(IOException.class, () -> FloorScript.parse("x", "select 1\n"));
    assertThrows(IOException.class, () -> FloorScript.parse("x", "begin\nselect 1\n"));
  }

  @Test
  void everyActionOfTheBenchmarkHasAScriptThatParses() throws IOException {
    for (String action : FloorActions.names()) {
      FloorScript script = FloorScript.load(action);
      assertEquals(true, script.statements() > 0, action);
    }
    FloorScript.load("handover-pdf-live");
  }
}
