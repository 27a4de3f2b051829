package org.waypoint.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.waypoint.center.CenterSettings;
import org.waypoint.safetyplan.Acknowledgement;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanService;
import org.waypoint.safetyplan.SafetyPlanWriter;
import org.waypoint.safetyplan.VersionDetails;
import org.waypoint.security.StaffUser;

/**
 * Safety plans for the demo clients: written with the client on the day after admission and revised
 * about monthly, so the demo has plans with histories, reviews due soon, reviews overdue, and
 * clients whose plan is not written yet.
 */
@Dependent
public class DemoSafetyPlans {

  private static final String[] WARNING_SIGNS = {
    "Lying awake after midnight going over what went wrong",
    "Skipping meals and staying in my room",
    "Arguments at home about school",
    "Feeling numb, like nothing matters",
    "Scrolling through old photos late at night",
    "Weekends alone after payday",
    "The voice that says I ruin everything",
  };
  private static final String[] COPING = {
    "Hold ice cubes until the urge passes",
    "Walk around the block with music on",
    "Write in my journal for ten minutes",
    "Take a hot shower",
    "Draw or paint something, anything",
    "Breathe in for 4, hold for 4, out for 6",
    "Follow a yoga video on my phone",
  };
  private static final String[] DISTRACTIONS = {
    "The public library on Clark Street",
    "Shooting hoops at the park",
    "Coffee with my cousin",
    "Youth group on Wednesday evenings",
    "The dog park with Biscuit",
    "A comedy with my roommate",
  };
  private static final String[][] PEOPLE = {
    {"Rosa", "aunt", "(312) 555-0142"},
    {"Marcus", "older brother", "(773) 555-0187"},
    {"Kim", "best friend", "(708) 555-0123"},
    {"Mr. Adeyemi", "school counselor", "(312) 555-0166"},
    {"Grandma Lupe", "grandmother", "(312) 555-0151"},
  };
  private static final String[][] SURROUNDINGS = {
    {"Razor blades taken out of the bathroom", "Mom, in a locked box"},
    {"Stockpiled sleeping pills handed in", "The pharmacy, for safe disposal"},
    {"Car keys at night", "My roommate"},
    {"Medication given out a week at a time", "Dad keeps the rest locked up"},
  };
  private static final String[] REASONS = {
    "My little sister",
    "Finishing my nursing degree",
    "My dog Biscuit",
    "Seeing the ocean one day",
    "Playing in a band again",
    "My grandmother's Sunday dinners",
  };
  private static final String[] REVISED_COPING = {
    "Text my sister a silly photo",
    "Cold water on my face, then a walk",
    "Play guitar for one song, then another",
  };

  @Inject private SafetyPlanWriter writer;
  @Inject private CenterSettings center;

  /**
   * Writes the client's plan and its revisions, unless the client is one whose plan is still to be
   * written.
   *
   * @param i the demo client's number
   * @param clientId the client
   * @param admitted the admission day
   * @param clinician who writes the plan with the client
   * @param today the center's today
   */
  void write(int i, long clientId, LocalDate admitted, StaffUser clinician, LocalDate today) {
    // entry keys from a seed of their own, so the rest of the demo data stays as it was
    Random random = new Random(7919L * (i + 1));
    if (i % 7 == 3) {
      return; // the plan is not written yet (Dubois, Kowalski, Rossi, Yamamoto)
    }
    ZoneId zone = center.timeZone();
    List<PlanEntry> entries = first(i, random, clinician);
    LocalDate day = admitted.plusDays(1).isAfter(today) ? today : admitted.plusDays(1);
    // clients numbered 1 mod 4 are not revised after their first plan, so some reviews fall overdue
    int revisions = i % 4 == 1 ? 0 : 2;
    for (int n = 0; n <= revisions; n++) {
      if (n > 0) {
        day = day.plusDays(27 + i % 3);
        if (day.isAfter(today.minusDays(1))) {
          break;
        }
        entries = revise(entries, n, i, random);
      }
      Instant at = day.atTime(14, 30 + n).atZone(zone).toInstant();
      if (at.isAfter(Instant.now())) {
        at = Instant.now().minusSeconds(3600);
      }
      VersionDetails details = new VersionDetails();
      details.setReviewedWithClient(true);
      if (i % 5 == 4 && n == 0) {
        details.setAcknowledgement(Acknowledgement.NOT_YET);
        details.setNote("Client wanted to think the reasons over before agreeing to the plan.");
      } else {
        details.setAcknowledgement(Acknowledgement.VERBAL);
        details.setAcknowledgedWith(clinician.getDisplayName());
        details.setNote(n == 0 ? "First plan, written with the client." : "Monthly review.");
      }
      writer.write(
          clientId,
          entries,
          details,
          at,
          clinician.getUsername(),
          day.plusDays(SafetyPlanService.REVIEW_DAYS));
    }
  }

  private List<PlanEntry> first(int i, Random random, StaffUser clinician) {
    List<PlanEntry> entries = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      entries.add(text(random, PlanPart.WARNING_SIGNS, WARNING_SIGNS[(i + 2 * k) % 7]));
    }
    for (int k = 0; k < 3; k++) {
      entries.add(text(random, PlanPart.COPING_ALONE, COPING[(i + 3 * k) % 7]));
    }
    for (int k = 0; k < 2; k++) {
      entries.add(text(random, PlanPart.DISTRACTIONS, DISTRACTIONS[(i + k) % 6]));
    }
    for (int k = 0; k < 2; k++) {
      String[] p = PEOPLE[(i + 2 * k) % PEOPLE.length];
      entries.add(entry(random, PlanPart.PEOPLE_TO_ASK, p[0], p[1], p[2], null));
    }
    entries.add(
        entry(
            random,
            PlanPart.PROFESSIONALS,
            clinician.getDisplayName(),
            "my clinician",
            "(312) 555-0200",
            null));
    if (center.crisisLine() != null) {
      entries.add(
          entry(
              random,
              PlanPart.PROFESSIONALS,
              center.centerName() + " 24-hour line",
              null,
              center.crisisLine(),
              null));
    }
    entries.add(
        entry(random, PlanPart.PROFESSIONALS, "988 Suicide & Crisis Lifeline", null, "988", null));
    String[] s = SURROUNDINGS[i % SURROUNDINGS.length];
    entries.add(entry(random, PlanPart.SAFER_SURROUNDINGS, s[0], null, null, s[1]));
    for (int k = 0; k < 2; k++) {
      entries.add(text(random, PlanPart.REASONS_FOR_LIVING, REASONS[(i + 3 * k) % 6]));
    }
    return entries;
  }

  /**
   * A monthly review: one coping entry reworded, a warning sign added (one the first plan did not
   * have: those were i, i + 2 and i + 4), and at the second review a distraction dropped.
   */
  private List<PlanEntry> revise(List<PlanEntry> entries, int n, int i, Random random) {
    List<PlanEntry> revised = new ArrayList<>();
    boolean reworded = false;
    boolean dropped = false;
    for (PlanEntry e : entries) {
      if (!reworded && e.part() == PlanPart.COPING_ALONE) {
        revised.add(
            new PlanEntry(e.key(), e.part(), REVISED_COPING[(i + n) % 3], null, null, null));
        reworded = true;
      } else if (!dropped && n == 2 && e.part() == PlanPart.DISTRACTIONS) {
        dropped = true;
      } else {
        revised.add(e);
      }
    }
    revised.add(text(random, PlanPart.WARNING_SIGNS, WARNING_SIGNS[(i + 2 * n - 1) % 7]));
    revised.sort(java.util.Comparator.comparing(PlanEntry::part));
    return revised;
  }

  private static PlanEntry text(Random random, PlanPart part, String text) {
    return entry(random, part, text, null, null, null);
  }

  private static PlanEntry entry(
      Random random, PlanPart part, String text, String relationship, String phone, String heldBy) {
    String key = new UUID(random.nextLong(), random.nextLong()).toString();
    return new PlanEntry(key, part, text, relationship, phone, heldBy);
  }
}
