package org.waypoint.perf.bench;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark's settings, from system properties ({@code -Dbench.users=5}) so that
 * scripts/benchmark.sh and the CI smoke can shrink the run. Defaults are the full run of the issue:
 * 20 measured repetitions after 2 warm-ups one user at a time, then 200 users for 5 minutes.
 */
final class BenchConfig {

  final String baseUrl = text("bench.baseUrl", "http://localhost:8280/waypoint");
  final String dbUrl = text("bench.db.url", "jdbc:postgresql://localhost:5432/waypoint_scale");
  final String dbUser = text("bench.db.user", "waypoint");
  final String dbPassword = text("bench.db.password", "waypoint");
  final String password = text("bench.password", "waypoint-bench");

  /** One user at a time: warm-ups (named {@code warmup:<action>}) then measured repetitions. */
  final int warmups = number("bench.warmups", 2);

  final int repetitions = number("bench.repetitions", 20);

  /** Concurrent users of the mixed workload, 0 for none. */
  final int users = number("bench.users", 200);

  /** Time over which the load's users arrive and sign in (not measured). */
  final Duration ramp = Duration.ofSeconds(number("bench.ramp", 60));

  /** Time after the ramp for the last users' sign-in, before the measured load begins. */
  final Duration signInMargin = Duration.ofSeconds(number("bench.signInMargin", 15));

  /** How long the measured mixed workload runs once every user is signed in. */
  final Duration duration = Duration.ofSeconds(number("bench.duration", 300));

  /** A user's pause between two actions, in milliseconds (uniform between the two). */
  final long thinkMin = number("bench.think.min", 3000);

  final long thinkMax = number("bench.think.max", 7000);

  /** Whether to run the one-user-at-a-time phase. */
  final boolean latency = Boolean.parseBoolean(text("bench.latency", "true"));

  final String clinicianPattern = text("bench.clinicians", "clin%");
  final String latencyClinician = text("bench.clinician", "clin001");
  final List<String> heavySupervisors = list("bench.supervisors.heavy", "sup01,sup02");
  final List<String> handoverSupervisors = list("bench.supervisors.handover", "sup39,sup40");
  final List<String> intakes = list("bench.intakes", "intake01,intake02,intake03,intake04");
  final String heavyFirst = text("bench.heavy.first", "Avery");
  final String heavyLast = text("bench.heavy.last", "Lindqvist");
  final String handoverProgram = text("bench.handover.program", "P20");

  /** The center's time zone and shift starts (the server's defaults unless configured). */
  final ZoneId zone = ZoneId.of(text("bench.timezone", "America/Chicago"));

  final String shifts = text("bench.shifts", "07:00,15:00,23:00");

  private static String text(String key, String fallback) {
    String value = System.getProperty(key);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static int number(String key, int fallback) {
    return Integer.parseInt(text(key, String.valueOf(fallback)));
  }

  private static List<String> list(String key, String fallback) {
    return Arrays.stream(text(key, fallback).split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  @Override
  public String toString() {
    return "baseUrl="
        + baseUrl
        + " db="
        + dbUrl
        + " latency="
        + latency
        + " ("
        + warmups
        + " warm-ups + "
        + repetitions
        + ") users="
        + users
        + " ramp="
        + ramp.toSeconds()
        + "s duration="
        + duration.toSeconds()
        + "s think="
        + thinkMin
        + "-"
        + thinkMax
        + "ms";
  }
}
