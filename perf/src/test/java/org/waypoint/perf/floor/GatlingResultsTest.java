package org.waypoint.perf.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatlingResultsTest {

  private static String stats(String name, String total, String ko, String... percentiles) {
    StringBuilder s =
        new StringBuilder(
            "{\n    \"name\": \""
                + name
                + "\",\n    \"numberOfRequests\": {\n        \"total\": \""
                + total
                + "\",\n        \"ok\": \"0\",\n        \"ko\": \""
                + ko
                + "\"\n    },\n");
    for (int i = 0; i < percentiles.length; i++) {
      s.append("    \"percentiles")
          .append(i + 1)
          .append("\": {\n        \"total\": \"")
          .append(percentiles[i])
          .append("\",\n        \"ok\": \"1\",\n        \"ko\": \"-\"\n    },\n");
    }
    s.append(
        "    \"group1\": {\n    \"name\": \"t < 800 ms\",\n    \"htmlName\": \"t < 800 ms\","
            + "\n    \"count\": 3,\n    \"percentage\": 100.0\n}\n}");
    return s.toString();
  }

  /** The shape of js/stats.js as Gatling 3.15's report writes it (one group, two requests). */
  private static final String STATS_JS =
      "var stats = {\n    type: \"GROUP\",\nname: \"All Requests\",\npath: \"\",\n"
          + "pathFormatted: \"group_missing-name--1146707516\",\nstats: "
          + stats("All Requests", "44", "1", "12", "20", "48", "61")
          + ",\ncontents: {\n\"req_latency-dashboa-1\": {\n        type: \"REQUEST\",\n"
          + "        name: \"latency:dashboard-clinician\",\npath: \"latency:dashboard-clinician\",\n"
          + "pathFormatted: \"req_latency-dashboa-1\",\nstats: "
          + stats("latency:dashboard-clinician", "22", "0", "11", "15", "31", "40")
          + "\n    },\"req_load-note-sign-2\": {\n        type: \"REQUEST\",\n"
          + "        name: \"load:note-sign\",\npath: \"load:note-sign\",\n"
          + "pathFormatted: \"req_load-note-sign-2\",\nstats: "
          + stats("load:note-sign", "22", "1", "90", "-", "140", "200")
          + "\n    }\n}\n\n}\n\nfunction fillStats(stat){\n}\n";

  @Test
  void readsEveryRequestNameWithCountsErrorsAndPercentiles() throws IOException {
    GatlingResults results = GatlingResults.parse(STATS_JS, List.of(50, 75, 95, 99));

    GatlingResults.Request dashboard = results.requests().get("latency:dashboard-clinician");
    assertEquals(22, dashboard.count());
    assertEquals(0, dashboard.errors());
    assertEquals(11, dashboard.p50().getAsDouble());
    assertEquals(31, dashboard.p95().getAsDouble());
    assertEquals(40, dashboard.p99().getAsDouble());
    assertEquals(1, results.requests().get("load:note-sign").errors());
    assertEquals(44, results.all().count());
    assertEquals(2, results.requests().size());
  }

  @Test
  void takesThePercentilesTheReportWasConfiguredWith() throws IOException {
    GatlingResults results = GatlingResults.parse(STATS_JS, List.of(50, 95, 99, 75));

    assertEquals(15, results.requests().get("latency:dashboard-clinician").p95().getAsDouble());
  }

  @Test
  void aMissingFigureIsEmptyNotZero() throws IOException {
    GatlingResults results = GatlingResults.parse(STATS_JS, List.of(75, 50, 95, 99));

    assertTrue(results.requests().get("load:note-sign").p50().isEmpty());
  }

  @Test
  void readsThePercentileLabelsOfTheReportPage() {
    String html = "<th>50th pct</th><th>75th pct</th><th>95th pct</th><th>99th pct</th>";

    assertEquals(List.of(50, 75, 95, 99), GatlingResults.labels(html, List.of()));
    assertEquals(List.of(1), GatlingResults.labels("<p>no table</p>", List.of(1)));
  }
}
