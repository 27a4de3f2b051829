package org.waypoint.perf.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Waypoint's benchmark: signed-in staff over HTTP. First one user at a time ({@code latency:}
 * requests: each action twice to warm up, then {@code bench.repetitions} times measured), then
 * {@code bench.users} users at once in a mixed workload for {@code bench.duration} ({@code load:}
 * requests), after every one of them has signed in. Any failed request or check fails the run.
 * Settings: {@link BenchConfig}; ids: {@link Fixture}, found over JDBC from the fixture's names.
 */
public class WaypointBenchmark extends Simulation {

  private final BenchConfig config = new BenchConfig();
  private final Fixture fixture = Fixture.discover(config);
  private final Actions actions = new Actions(config);

  /** When the measured load begins and ends (set by the first user of the load to arrive). */
  private static final AtomicLong LOAD_START = new AtomicLong();

  private final AtomicInteger clinicianUsers = new AtomicInteger();
  private final AtomicInteger supervisorUsers = new AtomicInteger();
  private final AtomicInteger intakeUsers = new AtomicInteger();

  /** Sets up the run: the phases one after the other, no failed request allowed. */
  public WaypointBenchmark() {
    System.out.println(
        "Waypoint benchmark: "
            + config
            + "; "
            + fixture.clinicians.size()
            + " clinicians with caseloads, heavy client "
            + fixture.heavyClientId
            + ", handover program "
            + fixture.handoverProgramId);
    HttpProtocolBuilder protocol =
        http.baseUrl(config.baseUrl)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-US,en;q=0.9")
            .userAgentHeader("Waypoint benchmark (Gatling)");

    List<PopulationBuilder> phases = new ArrayList<>();
    if (config.latency) {
      phases.add(latencyClinician().injectOpen(atOnceUsers(1)));
      phases.add(latencySupervisor().injectOpen(atOnceUsers(1)));
      phases.add(latencyHandover().injectOpen(atOnceUsers(1)));
      phases.add(latencyIntake().injectOpen(atOnceUsers(1)));
    }
    // each phase starts when the one before has finished; the load's populations run together
    List<PopulationBuilder> run = load();
    for (int i = phases.size() - 1; i >= 0; i--) {
      run = List.of(run.isEmpty() ? phases.get(i) : phases.get(i).andThen(run));
    }
    setUp(run).protocols(protocol).assertions(global().failedRequests().count().is(0L));
  }

  // ---- one user at a time ----

  private ChainBuilder measured(Function<String, ChainBuilder> action) {
    return exec(repeat(config.warmups).on(action.apply("warmup")))
        .exec(repeat(config.repetitions).on(action.apply("latency")));
  }

  private ScenarioBuilder latencyClinician() {
    Fixture.Clinician c =
        fixture.clinicians.stream()
            .filter(x -> x.username().equals(config.latencyClinician))
            .findFirst()
            .orElse(fixture.clinicians.get(0));
    Fixture.Clinician withDischarges =
        c.discharges().isEmpty()
            ? fixture.clinicians.stream()
                .filter(x -> !x.discharges().isEmpty())
                .findFirst()
                .orElse(c)
            : c;
    return scenario("latency: clinician " + c.username())
        .exec(s -> clinician(s, c, 0, 1))
        .exec(actions.signIn())
        .exec(measured(p -> actions.dashboard(p, "clinician")))
        .exec(measured(actions::clientSearch))
        .exec(measured(actions::checkIn))
        .exec(measured(actions::planSave))
        .exec(measured(actions::noteSign))
        .exec(
            withDischarges.discharges().isEmpty()
                ? exec(
                    s -> {
                      System.out.println("No approved discharge found: no discharge-pdf measured");
                      return s;
                    })
                : withDischarges == c
                    ? measured(actions::dischargePdf)
                    : exec(s -> clinician(s, withDischarges, 0, 1))
                        .exec(actions.signIn())
                        .exec(measured(actions::dischargePdf)));
  }

  private ScenarioBuilder latencySupervisor() {
    return scenario("latency: supervisor " + fixture.heavySupervisors.get(0))
        .exec(s -> supervisor(s, fixture.heavySupervisors.get(0)))
        .exec(actions.signIn())
        .exec(measured(p -> actions.dashboard(p, "supervisor")))
        .exec(measured(actions::chartHeavy));
  }

  private ScenarioBuilder latencyHandover() {
    return scenario("latency: handover " + fixture.handoverSupervisors.get(0))
        .exec(s -> supervisor(s, fixture.handoverSupervisors.get(0)))
        .exec(actions.signIn())
        .exec(measured(actions::handoverPdf));
  }

  private ScenarioBuilder latencyIntake() {
    return scenario("latency: intake " + fixture.intakes.get(0))
        .exec(s -> intake(s, fixture.intakes.get(0), fixture.clinicians.get(0)))
        .exec(actions.signIn())
        .exec(measured(p -> actions.dashboard(p, "intake")));
  }

  // ---- many users at once ----

  private List<PopulationBuilder> load() {
    List<PopulationBuilder> load = new ArrayList<>();
    int users = config.users;
    if (users <= 0) {
      return load;
    }
    int supervisors = Math.max(1, Math.round(users * 0.1f));
    int handover = Math.max(1, Math.round(users * 0.1f));
    int intake = Math.max(1, Math.round(users * 0.1f));
    int clinicians = Math.max(1, users - supervisors - handover - intake);
    Duration ramp = config.ramp;
    load.add(
        loadScenario(
                "load: clinicians",
                s -> clinician(s, clinicianUsers.getAndIncrement(), clinicians),
                randomSwitch()
                    .on(
                        percent(30).then(actions.dashboard("load", "clinician")),
                        percent(20).then(actions.clientSearch("load")),
                        percent(20).then(actions.checkIn("load")),
                        percent(10).then(actions.noteSign("load")),
                        percent(10).then(actions.planSave("load")),
                        percent(10)
                            .then(
                                doIfOrElse(s -> !s.getList("discharges").isEmpty())
                                    .then(actions.dischargePdf("load"))
                                    .orElse(actions.dashboard("load", "clinician")))))
            .injectOpen(rampUsers(clinicians).during(ramp)));
    load.add(
        loadScenario(
                "load: supervisors of the heavy client's program",
                s ->
                    supervisor(
                        s,
                        fixture.heavySupervisors.get(
                            supervisorUsers.getAndIncrement() % fixture.heavySupervisors.size())),
                randomSwitch()
                    .on(
                        percent(60).then(actions.dashboard("load", "supervisor")),
                        percent(40).then(actions.chartHeavy("load"))))
            .injectOpen(nothingFor(Duration.ofMillis(100)), rampUsers(supervisors).during(ramp)));
    load.add(
        loadScenario(
                "load: supervisors of the handover program",
                s ->
                    supervisor(
                        s,
                        fixture.handoverSupervisors.get(
                            supervisorUsers.getAndIncrement()
                                % fixture.handoverSupervisors.size())),
                randomSwitch()
                    .on(
                        percent(60).then(actions.dashboard("load", "supervisor")),
                        percent(40).then(actions.handoverPdf("load"))))
            .injectOpen(nothingFor(Duration.ofMillis(200)), rampUsers(handover).during(ramp)));
    load.add(
        loadScenario(
                "load: intake",
                s -> {
                  int i = intakeUsers.getAndIncrement();
                  return intake(
                      s,
                      fixture.intakes.get(i % fixture.intakes.size()),
                      fixture.clinicians.get(i % fixture.clinicians.size()));
                },
                randomSwitch()
                    .on(
                        percent(60).then(actions.dashboard("load", "intake")),
                        percent(40).then(actions.clientSearch("load"))))
            .injectOpen(nothingFor(Duration.ofMillis(300)), rampUsers(intake).during(ramp)));
    return load;
  }

  /**
   * A user of the load: signs in, waits until everyone has, then works until the load ends, pausing
   * between actions as people do.
   */
  private ScenarioBuilder loadScenario(
      String name, Function<Session, Session> who, ChainBuilder work) {
    long ramp = config.ramp.toMillis() + config.signInMargin.toMillis();
    long duration = config.duration.toMillis();
    return scenario(name)
        .exec(
            s -> {
              LOAD_START.compareAndSet(0, System.currentTimeMillis() + ramp);
              return who.apply(s);
            })
        .exec(actions.signIn())
        .pause(s -> Duration.ofMillis(Math.max(0, LOAD_START.get() - System.currentTimeMillis())))
        .exec(
            asLongAs(s -> System.currentTimeMillis() < LOAD_START.get() + duration)
                .on(
                    pause(
                            Duration.ofMillis(config.thinkMin),
                            Duration.ofMillis(Math.max(config.thinkMin, config.thinkMax)))
                        .exec(
                            doIfOrElse(
                                    s -> System.currentTimeMillis() < LOAD_START.get() + duration)
                                .then(exitBlockOnFail().on(work))
                                .orElse(exec(s -> s)))));
  }

  // ---- who each user is ----

  /**
   * The {@code index}-th of {@code of} clinician users: clinicians in turn, and users sharing a
   * clinician share out the caseload so no two users write to the same client.
   */
  private Session clinician(Session s, int index, int of) {
    List<Fixture.Clinician> all = fixture.clinicians;
    Fixture.Clinician c = all.get(index % all.size());
    int sharing = (of + all.size() - 1 - index % all.size()) / all.size();
    return clinician(s, c, index / all.size(), Math.max(1, sharing));
  }

  private static Session clinician(Session s, Fixture.Clinician c, int slot, int sharing) {
    List<Long> clients = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < c.caseload().size(); i++) {
      if (i % sharing == slot % sharing) {
        clients.add(c.caseload().get(i));
        names.add(c.lastNames().get(i));
      }
    }
    if (clients.isEmpty()) {
      clients.addAll(c.caseload());
      names.addAll(c.lastNames());
    }
    Map<String, Object> who = new HashMap<>();
    who.put("user", c.username());
    who.put("clients", clients);
    who.put("names", names);
    who.put("discharges", c.discharges());
    who.put("n", slot);
    return s.setAll(who);
  }

  private Session supervisor(Session s, String username) {
    return s.set("user", username)
        .set("heavy", fixture.heavyClientId)
        .set("handoverProgram", fixture.handoverProgramId)
        .set("n", 0);
  }

  private static Session intake(Session s, String username, Fixture.Clinician caseload) {
    return s.set("user", username)
        .set("clients", caseload.caseload())
        .set("names", caseload.lastNames())
        .set("n", 0);
  }
}
