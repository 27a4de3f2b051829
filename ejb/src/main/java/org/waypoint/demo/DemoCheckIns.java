package org.waypoint.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInWriter;
import org.waypoint.checkin.ContactMode;
import org.waypoint.checkin.CrisisStep;
import org.waypoint.client.Client;
import org.waypoint.followup.FollowUps;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanVersion;
import org.waypoint.safetyplan.SafetyPlanWriter;

/**
 * Check-in histories for the demo clients, over the last six weeks at each level's cadence: steady
 * clients, improving ones, one who had an Imminent day, and one who is rising now with an alert
 * still waiting for the supervisor (Patel). Some clients' next check-in is overdue.
 */
@Dependent
public class DemoCheckIns {

  /** The demo client who is rising, with an open alert and review task. */
  static final int RISING = 15;

  /** The demo client whose history has an Imminent day. */
  static final int IMMINENT_DAY = 7;

  private static final int WEEKS = 6;

  private static final String[] WORDS = {
    "I went to group every day this week and it helped.",
    "Work has been a lot, but I used my list when it got bad.",
    "Sleep is still rough. I'm tired of being tired.",
    "My sister came over and we cooked together.",
    "I didn't want to talk to anyone on Saturday.",
    "The breathing thing works if I catch it early.",
    "Felt proud I called Kim instead of sitting with it.",
  };

  @Inject private CheckInWriter writer;
  @Inject private FollowUps followUps;
  @Inject private SafetyPlanWriter plans;

  /** How a client's check-ins go over the weeks. */
  private enum Course {
    STEADY_LOW,
    MODERATE,
    IMPROVING,
    IMMINENT_DAY,
    RISING
  }

  /**
   * @param i the client's demo index
   * @param client the client, admitted
   * @param clinician the primary clinician's username
   * @param admitted the admission date
   * @param now the time the history ends: now, or the moment of a demo discharge
   * @param zone the center's time zone
   */
  public void write(
      int i, Client client, String clinician, LocalDate admitted, Instant now, ZoneId zone) {
    Random random = new Random(7000L + i);
    Course course =
        i == RISING
            ? Course.RISING
            : i == IMMINENT_DAY
                ? Course.IMMINENT_DAY
                : List.of(Course.STEADY_LOW, Course.MODERATE, Course.IMPROVING, Course.MODERATE)
                    .get(i % 4);
    LocalDate today = LocalDate.now(zone);
    LocalDate first = admitted.plusDays(1);
    if (first.isBefore(today.minusWeeks(WEEKS))) {
      first = today.minusWeeks(WEEKS);
    }
    // about one client in five has missed the latest check-in: it shows as overdue
    boolean missLatest = i % 5 == 2;
    Instant at = first.atTime(10, random.nextInt(50)).atZone(zone).toInstant();
    // a week and a day ago is overdue at any cadence; the rising client's last check-in is today
    Instant stop =
        missLatest
            ? now.minus(8, ChronoUnit.DAYS)
            : now.minus(course == Course.RISING ? 30 : 1, ChronoUnit.HOURS);
    int step = 0;
    boolean crisisDone = false;
    int steps = (int) Math.max(1, ChronoUnit.DAYS.between(first, today));
    while (at.isBefore(stop)) {
      double progress =
          Math.min(1.0, ChronoUnit.DAYS.between(first, day(at, zone)) / (double) steps);
      // the Imminent day is the first check-in past the middle of the history
      boolean crisis = course == Course.IMMINENT_DAY && !crisisDone && progress >= 0.45;
      crisisDone |= crisis;
      at =
          checkIn(
              client,
              clinician,
              at,
              answers(course, progress, crisis, random, i, step, day(at, zone)),
              random,
              zone,
              false);
      step++;
    }
    if (course == Course.RISING) {
      Instant latest = now.minus(2, ChronoUnit.HOURS);
      checkIn(
          client,
          clinician,
          latest,
          answers(course, 1, true, random, i, step, day(latest, zone)),
          random,
          zone,
          true);
    }
  }

  /** Writes one check-in and settles its follow-up as staff did; returns when the next is due. */
  private Instant checkIn(
      Client client,
      String clinician,
      Instant at,
      CheckInAnswers a,
      Random random,
      ZoneId zone,
      boolean keepOpen) {
    SafetyPlanVersion plan = plans.latest(client.getId());
    if (plan != null && random.nextInt(3) > 0) {
      List<String> coping =
          plan.entries().stream()
              .filter(e -> e.part() == PlanPart.COPING_ALONE)
              .map(e -> e.text())
              .limit(1 + random.nextInt(2))
              .toList();
      a.setCopingUsed(coping);
    }
    CheckInWriter.Written written =
        writer.write(
            client, a, plan == null ? null : plan.getNumber(), at, clinician, day(at, zone));
    RiskLevel level = written.checkIn().getLevel();
    if (level.isAbove(RiskLevel.MODERATE) && !keepOpen) {
      followUps.acknowledgeAll(
          client.getId(),
          at.plus(40, ChronoUnit.MINUTES),
          "supervisor",
          level == RiskLevel.IMMINENT
              ? "Spoke with the clinician; 1:1 observation started and the ED visit is arranged."
              : "Talked it through with the clinician; daily check-ins agreed.");
      followUps.closeAll(
          client.getId(),
          at.plus(3, ChronoUnit.HOURS),
          clinician,
          "Reviewed, no new version: went through the plan together; it still fits.");
    }
    return next(at, level, random);
  }

  private static LocalDate day(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate();
  }

  /** The next check-in by the level's cadence, at a slightly different time of day. */
  private static Instant next(Instant at, RiskLevel level, Random random) {
    return at.plus(level.checkInEvery()).plus(random.nextInt(40) - 20, ChronoUnit.MINUTES);
  }

  /**
   * @param turningPoint the rising client's latest check-in, or the Imminent day
   */
  private static CheckInAnswers answers(
      Course course,
      double progress,
      boolean turningPoint,
      Random random,
      int i,
      int step,
      LocalDate on) {
    CheckInAnswers a = calm(random);
    a.setContact(step % 4 == 3 ? ContactMode.PHONE : ContactMode.IN_SESSION);
    a.setClientWords(WORDS[(i + step) % WORDS.length]);
    switch (course) {
      case STEADY_LOW -> {
        // nothing above Low
      }
      case MODERATE -> {
        a.setUrge(5 + random.nextInt(2));
        a.rate(WarningSign.SLEEP_CHANGE, 3);
        a.rate(WarningSign.HARSH_SELF_TALK, 3);
      }
      case IMPROVING -> {
        if (progress < 0.15) {
          selfHarm(a, on);
          a.setUrge(8);
        } else if (progress < 0.5) {
          a.setUrge(5 + random.nextInt(3));
          a.rate(WarningSign.HOPELESSNESS, 3);
        }
      }
      case IMMINENT_DAY -> {
        if (turningPoint) {
          selfHarm(a, on);
          a.setMedicalCare(true);
          a.setUrge(9);
          a.setCrisisSteps(List.of(CrisisStep.values()));
        } else if (progress >= 0.45 && progress < 0.6) {
          a.setUrge(8);
          a.rate(WarningSign.HOPELESSNESS, 4);
          a.rate(WarningSign.SELF_HARM_THOUGHTS, 3);
        } else if (progress >= 0.3) {
          a.setUrge(5);
          a.rate(WarningSign.AVOIDING_PEOPLE, 3);
          a.rate(WarningSign.SLEEP_CHANGE, 3);
        }
      }
      case RISING -> {
        if (turningPoint) {
          selfHarm(a, on);
          a.setUrge(8);
          a.rate(WarningSign.HOPELESSNESS, 3);
          a.rate(WarningSign.HARSH_SELF_TALK, 4);
          a.setSupportContacted(false);
          a.setClientWords(
              "I cut on Sunday night after the fight with my dad. I didn't tell anyone.");
        } else if (progress > 0.7) {
          a.setUrge(5 + random.nextInt(2));
          a.rate(WarningSign.AVOIDING_PEOPLE, 3);
          a.rate(WarningSign.SLEEP_CHANGE, 3);
          a.setSubstanceUse(SubstanceUse.USED);
        }
      }
    }
    return a;
  }

  private static void selfHarm(CheckInAnswers a, LocalDate checkInDay) {
    a.setSelfHarm(true);
    a.setMedicalCare(false);
    a.setSelfHarmOn(checkInDay.minusDays(1));
  }

  /** A calm check-in: low urge, signs at 0 to 2, nothing on the screening. */
  private static CheckInAnswers calm(Random random) {
    CheckInAnswers a = new CheckInAnswers();
    a.setSelfHarm(false);
    a.setUrge(random.nextInt(4));
    for (WarningSign sign : WarningSign.values()) {
      a.rate(sign, random.nextInt(3));
    }
    a.setSubstanceUse(SubstanceUse.NONE);
    a.setMeansAccess(false);
    a.setWishDead(false);
    a.setThoughts(false);
    a.setBehavior(false);
    a.setSupportContacted(random.nextBoolean());
    return a;
  }
}
