package org.waypoint.perf.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatlingResultsTest {

  private static String heading(int column, String label) {
    return "<th id=\"col-"
        + column
        + "\" class=\"header sortable\"><span>"
        + label
        + "</span></th>\n";
  }

  private static String row(String name, String... values) {
    StringBuilder s =
        new StringBuilder(
            "<tr id=\"x\"><td class=\"total col-1\"><span id=\"stats-table-x\""
                + " class=\"ellipsed-name\">"
                + name
                + "</span></td>\n");
    for (int i = 0; i < values.length; i++) {
      s.append("  <td class=\"value ")
          .append(i == 2 || i == 3 ? "ko" : "total")
          .append(" col-")
          .append(i + 2)
          .append("\">")
          .append(values[i])
          .append("</td>\n");
    }
    return s.append("</tr>").toString();
  }

  /** The statistics table of index.html as Gatling 3.15's report writes it (columns 2 to 12). */
  private static final String INDEX =
      "<thead><tr>"
          + heading(1, "Requests")
          + heading(2, "Total")
          + heading(3, "OK")
          + heading(4, "KO")
          + heading(5, "% KO")
          + "<th id=\"col-6\" class=\"header sortable\"><span><abbr title=\"per s\">Cnt/s</abbr></span></th>\n"
          + heading(7, "Min")
          + heading(8, "50th pct")
          + heading(9, "75th pct")
          + heading(10, "95th pct")
          + heading(11, "99th pct")
          + heading(12, "Max")
          + "</tr></thead><tbody>"
          + row("All Requests", "44", "43", "1", "2.27", "1.5", "3", "12", "20", "48", "61", "70")
          + "</tbody><tbody>"
          + row(
              "latency:dashboard-clinician",
              "22",
              "22",
              "0",
              "0",
              "1",
              "3",
              "11",
              "15",
              "31",
              "40",
              "41")
          + row(
              "load:note-sign", "22", "21", "1", "4.5", "1", "50", "90", "100", "140", "200", "210")
          + "</tbody>";

  @Test
  void readsEveryRequestNameWithItsCountsAndPercentiles() throws IOException {
    GatlingResults results = GatlingResults.parse(INDEX);

    GatlingResults.Request dashboard = results.requests().get("latency:dashboard-clinician");
    assertEquals(22, dashboard.count());
    assertEquals(0, dashboard.errors());
    assertEquals(11.0, dashboard.p50().getAsDouble());
    assertEquals(31.0, dashboard.p95().getAsDouble());
    assertEquals(40.0, dashboard.p99().getAsDouble());
    assertEquals(1, results.requests().get("load:note-sign").errors());
    assertEquals(44, results.all().count());
    assertEquals(1, results.all().errors());
    assertEquals(48.0, results.all().p95().getAsDouble());
    assertEquals(List.of(50, 75, 95, 99), results.percentiles());
    assertEquals(2, results.requests().size());
  }

  @Test
  void aPercentileShownAsADashIsEmpty() throws IOException {
    GatlingResults results = GatlingResults.parse(INDEX.replace(">90<", ">-<"));

    assertTrue(results.requests().get("load:note-sign").p50().isEmpty());
  }

  @Test
  void aPageWithoutTheTableIsRefused() {
    assertThrows(IOException.class, () -> GatlingResults.parse("<p>no table</p>"));
  }
}
