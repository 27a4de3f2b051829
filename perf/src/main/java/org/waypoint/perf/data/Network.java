package org.waypoint.perf.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The network before any history: programs, staff and clients with who serves whom, when each
 * client was in care and how many check-ins, notes and plan versions each one's history holds. Pure
 * and deterministic for a scale, a seed and a date.
 */
final class Network {

  /** A member of staff; {@code id} is the row id, {@code index} the position in {@link #staff}. */
  record Staff(
      int index,
      String username,
      String displayName,
      String role,
      int[] programs,
      boolean needsCoSignature) {

    long id() {
      return index + 1L;
    }
  }

  /** A client and the shape of their history. */
  static final class Client {
    int id;
    String first;
    String last;
    String preferred;
    String pronouns;
    LocalDate born;
    int program;
    int clinician;
    boolean active;
    LocalDate admitted;
    LocalDate discharged;
    String language;
    boolean heavy;
    int checkIns;
    int notes;
    int versions;

    /** 0 none, 1 completed, 2 approved (open), 3 draft (open). */
    int discharge;

    long mrnSequence() {
      return 100_000L + id;
    }
  }

  static final String HEAVY_FIRST = "Avery";
  static final String HEAVY_LAST = "Lindqvist";

  final Scale scale;
  final LocalDate today;
  final List<Staff> staff = new ArrayList<>();
  final List<Client> clients = new ArrayList<>();

  /** Per program: the clinicians serving it (staff indexes). */
  final List<List<Integer>> clinicians = new ArrayList<>();

  Network(Scale scale, long seed, LocalDate today) {
    this.scale = scale;
    this.today = today;
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 0; p < Scale.PROGRAMS; p++) {
      clinicians.add(new ArrayList<>());
    }
    int c = scale.clinicians();
    for (int i = 0; i < c; i++) {
      List<Integer> programs = new ArrayList<>();
      if (c >= Scale.PROGRAMS) {
        // P01..P19 as the first program; P20 (40 clients) as the second of a few, so that every
        // caseload stays within 10-40; every third clinician serves a second program
        int others = Scale.PROGRAMS - 1;
        programs.add(i % others);
        if (i % 75 == 74 || c < 75 && i == c - 1) {
          programs.add(others);
        } else if (i % 3 == 2) {
          programs.add((i % others + 7) % others);
        }
      } else {
        for (int p = 0; p < Scale.PROGRAMS; p++) {
          if (p % c == i) {
            programs.add(p);
          }
        }
      }
      programs.forEach(p -> clinicians.get(p).add(staff.size()));
      add(
          String.format("clin%03d", i + 1),
          "CLINICIAN",
          programs.stream().mapToInt(Integer::intValue).toArray(),
          i % 10 == 9,
          random);
    }
    for (int i = 0; i < Scale.SUPERVISORS; i++) {
      add(String.format("sup%02d", i + 1), "SUPERVISOR", new int[] {i / 2}, false, random);
    }
    int[] all = java.util.stream.IntStream.range(0, Scale.PROGRAMS).toArray();
    for (int i = 0; i < scale.intakeStaff(); i++) {
      add(String.format("intake%02d", i + 1), "INTAKE", all, false, random);
    }
    for (int i = 0; i < scale.admins(); i++) {
      add(String.format("admin%02d", i + 1), "ADMIN", new int[0], false, random);
    }
    makeClients(random);
    allocate();
  }

  private void add(
      String username, String role, int[] programs, boolean coSign, SplittableRandom random) {
    String name = Words.pick(random, Words.FIRST) + " " + Words.pick(random, Words.LAST);
    staff.add(new Staff(staff.size(), username, name, role, programs, coSign));
  }

  /** The supervisor indexes of a program (two each). */
  int[] supervisors(int program) {
    int first = scale.clinicians() + 2 * program;
    return new int[] {first, first + 1};
  }

  int intakeStaff(int n) {
    return scale.clinicians() + Scale.SUPERVISORS + n % scale.intakeStaff();
  }

  private void makeClients(SplittableRandom random) {
    int total = scale.clients();
    int active = scale.activeClients();
    int p20 = scale.p20Active();
    int[] turn = new int[Scale.PROGRAMS];
    for (int id = 1; id <= total; id++) {
      Client c = new Client();
      c.id = id;
      SplittableRandom r = random.split();
      c.first = Words.pick(r, Words.FIRST);
      c.last = Words.pick(r, Words.LAST);
      c.preferred = r.nextInt(8) == 0 ? Words.pick(r, Words.FIRST) : null;
      c.pronouns = r.nextInt(4) == 0 ? null : Words.pick(r, Words.PRONOUNS);
      c.born = today.minusYears(16 + r.nextInt(50)).minusDays(r.nextInt(365));
      c.language = r.nextInt(6) == 0 ? "ES" : "EN";
      if (id == 1) {
        c.first = HEAVY_FIRST;
        c.last = HEAVY_LAST;
        c.preferred = null;
        c.heavy = true;
        c.active = true;
        c.program = 0;
        c.admitted = today.minusDays(1095);
      } else if (id == 2) {
        c.program = 0; // P01's completed discharge
        c.discharged = today.minusDays(5);
        c.admitted = c.discharged.minusDays(120);
        c.discharge = 1;
      } else if (id == 3) {
        c.program = 0; // P01's approved discharge, dated in the future
        c.active = true;
        c.admitted = today.minusDays(90);
        c.discharge = 2;
      } else if (id <= active + 1) {
        c.active = true;
        int k = id - 4;
        c.program = k < p20 ? Scale.PROGRAMS - 1 : (k - p20) % (Scale.PROGRAMS - 1);
        c.admitted = today.minusDays(14 + r.nextInt(351));
        int d = r.nextInt(100);
        c.discharge = d < 2 ? 2 : d < 5 ? 3 : 0;
      } else {
        c.program = id % Scale.PROGRAMS;
        c.discharged = today.minusDays(1 + r.nextInt(1080));
        c.admitted = c.discharged.minusDays(21 + r.nextInt(300));
        if (c.admitted.isBefore(today.minusDays(1095))) {
          c.admitted = today.minusDays(1095);
        }
        c.discharge = 1;
      }
      List<Integer> serving = clinicians.get(c.program);
      c.clinician =
          c.heavy
              ? 0
              : c.active
                  ? serving.get(turn[c.program]++ % serving.size())
                  : serving.get(r.nextInt(serving.size()));
      clients.add(c);
    }
  }

  int days(Client c) {
    LocalDate end = c.discharged == null ? today : c.discharged;
    return (int) Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(c.admitted, end));
  }

  /** Shares the scale's check-ins, notes and plan versions by days in care. */
  private void allocate() {
    long weight = 0;
    for (Client c : clients) {
      if (!c.heavy) {
        weight += days(c);
      }
    }
    Client heavy = clients.get(0);
    heavy.checkIns = scale.heavyCheckIns();
    heavy.notes = scale.heavyNotes();
    heavy.versions = scale.fullHeavyClient() ? 60 : 12;
    share(weight, Math.max(0, scale.checkIns() - heavy.checkIns), 0);
    share(weight, Math.max(0, scale.notes() - heavy.notes), 1);
    long extraVersions = Math.max(0, scale.planVersions() - heavy.versions - (clients.size() - 1));
    share(weight, extraVersions, 2);
  }

  private void share(long weight, long total, int what) {
    long given = 0;
    for (Client c : clients) {
      if (c.heavy) {
        continue;
      }
      int n = (int) (total * days(c) / weight);
      given += n;
      set(c, what, n);
    }
    for (Client c : clients) {
      if (given >= total) {
        break;
      }
      if (!c.heavy) {
        set(c, what, get(c, what) + 1);
        given++;
      }
    }
    if (what == 2) {
      clients.stream().filter(c -> !c.heavy).forEach(c -> c.versions++);
    }
  }

  private static void set(Client c, int what, int n) {
    switch (what) {
      case 0 -> c.checkIns = n;
      case 1 -> c.notes = n;
      default -> c.versions = n;
    }
  }

  private static int get(Client c, int what) {
    return switch (what) {
      case 0 -> c.checkIns;
      case 1 -> c.notes;
      default -> c.versions;
    };
  }
}
