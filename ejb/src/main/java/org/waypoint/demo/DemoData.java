package org.waypoint.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.waypoint.center.CenterSettings;
import org.waypoint.client.Client;
import org.waypoint.client.Language;
import org.waypoint.intake.CoOccurringCondition;
import org.waypoint.intake.ConsentsSection;
import org.waypoint.intake.ContactsSection;
import org.waypoint.intake.DemographicsSection;
import org.waypoint.intake.DisclosureConsent;
import org.waypoint.intake.EmergencyContact;
import org.waypoint.intake.HistorySection;
import org.waypoint.intake.Intake;
import org.waypoint.intake.IntakeWriter;
import org.waypoint.intake.PayerSection;
import org.waypoint.intake.PayerType;
import org.waypoint.intake.PlacementSection;
import org.waypoint.intake.ReferralSection;
import org.waypoint.intake.ReferralSource;
import org.waypoint.intake.ScreeningSection;
import org.waypoint.intake.SelfHarmFrequency;
import org.waypoint.intake.SelfHarmMethod;
import org.waypoint.kernel.Role;
import org.waypoint.precaution.ObservationLevel;
import org.waypoint.precaution.Precaution;
import org.waypoint.precaution.PrecautionKind;
import org.waypoint.program.LevelOfCare;
import org.waypoint.program.Program;
import org.waypoint.risk.RiskLevel;
import org.waypoint.security.Passwords;
import org.waypoint.security.StaffUser;

/**
 * The demo center's content. Deterministic: the same programs, accounts and clients every time (a
 * fixed seed), with dates placed relative to the day it is loaded so the demo looks current.
 */
@Stateless
public class DemoData {

  /** The password of every demo account; demo accounts sign in only in demo mode. */
  public static final String PASSWORD = "waypoint-demo";

  private static final String[] FIRST_NAMES = {
    "Avery", "Jordan", "Maya", "Elijah", "Sofia", "Noah", "Isabella", "Liam", "Camila", "Mateo",
    "Harper", "Aiden", "Zoë", "Lucas", "Amara", "Ethan", "Priya", "Caleb", "Leilani", "Owen",
    "Nadia", "Gabriel", "Chloe", "Mason", "Fatima", "Julian", "Hannah", "Diego", "Keira", "Samuel"
  };
  private static final String[] LAST_NAMES = {
    "Alvarez", "Bennett", "Chen", "Dubois", "Edwards", "Fischer", "García", "Hughes", "Ibrahim",
    "Jensen", "Kowalski", "Lopez", "Morales", "Nguyen", "O'Brien", "Patel", "Quinn", "Rossi",
    "Schmidt", "Tanaka", "Underwood", "Vasquez", "Walker", "Xu", "Yamamoto", "Zielinski", "Brooks",
    "Castillo", "Delgado", "Foster"
  };
  private static final String[] PRONOUNS = {"she/her", "he/him", "they/them", null};
  private static final String[] REASONS = {
    "Self-harm increasing over the past month; asked for help after a school counselor noticed.",
    "Discharged from the emergency department after an overdose; needs step-down care.",
    "Cutting again after two years without; low mood since a breakup.",
    "Family worried about isolation and burns on the arms.",
    "Outpatient therapist recommends a higher level of care."
  };
  private static final String[] CONCERNS = {
    "Low mood, poor sleep and urges to self-harm most evenings.",
    "Panic attacks and self-harm when overwhelmed at work.",
    "Flashbacks after an assault; self-harm to get through them.",
    "Drinking more and harming when intoxicated.",
    "Hopelessness since losing a job; withdrawn from friends."
  };
  private static final String[] SUPPORTS = {
    "Older sister; weekly church group.",
    "Partner; a close friend from school.",
    "Grandmother; a youth mentor.",
    "Roommate; an online peer-support group."
  };
  private static final String[] STRENGTHS = {
    "Creative: draws and writes music.",
    "Loves their dog; runs most mornings.",
    "Curious and funny; wants to finish college.",
    "Cares deeply for younger siblings."
  };
  private static final String[] CONTACT_NAMES = {"Maria", "James", "Ana", "Robert", "Li"};
  private static final String[] RELATIONSHIPS = {"mother", "father", "sister", "partner", "friend"};

  @PersistenceContext private EntityManager em;
  @Inject private Passwords passwords;
  @Inject private IntakeWriter intakes;
  @Inject private DemoSafetyPlans plans;
  @Inject private DemoCheckIns checkIns;
  @Inject private DemoNotes notes;
  @Inject private DemoDischarges discharges;
  @Inject private DemoHandovers handovers;
  @Inject private CenterSettings center;

  /**
   * Loads the demo center unless the database already has programs.
   *
   * @return whether it was loaded now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean loadIfEmpty() {
    Long programs = em.createQuery("select count(p) from Program p", Long.class).getSingleResult();
    if (programs > 0) {
      return false;
    }
    Program residential = program("RES", "Residential", LevelOfCare.RESIDENTIAL);
    Program php = program("PHP", "Partial Hospitalization", LevelOfCare.PARTIAL_HOSPITALIZATION);
    Program iop = program("IOP", "Intensive Outpatient", LevelOfCare.INTENSIVE_OUTPATIENT);

    Instant now = Instant.now();
    user("intake", "Ines Ortega", EnumSet.of(Role.INTAKE), now);
    StaffUser clinician = user("clinician", "Dana Whitfield", EnumSet.of(Role.CLINICIAN), now);
    clinician.assignTo(residential);
    clinician.assignTo(iop);
    StaffUser clinician2 = user("clinician2", "Marcus Lee", EnumSet.of(Role.CLINICIAN), now);
    clinician2.assignTo(php);
    StaffUser supervisor = user("supervisor", "Renée Park", EnumSet.of(Role.SUPERVISOR), now);
    supervisor.assignTo(residential);
    supervisor.assignTo(php);
    supervisor.assignTo(iop);
    user("admin", "Sam Okafor", EnumSet.of(Role.ADMIN), now);
    em.flush();

    ZoneId zone = center.timeZone();
    LocalDate today = LocalDate.now(Clock.system(zone));
    Random random = new Random(20261122L);
    List<Program> programList = List.of(residential, php, iop);
    for (int i = 0; i < FIRST_NAMES.length; i++) {
      Program program = programList.get(i % 3);
      // Dana carries the residential and IOP caseload, Marcus partial hospitalization
      StaffUser primary = program == php ? clinician2 : clinician;
      LocalDate born = today.minusYears(16 + random.nextInt(45)).minusDays(random.nextInt(365));
      int daysInCare = 3 + random.nextInt(120);
      // intakes in progress began in the last few days; the others on the admission day
      // Jensen (9) is admitted: the demo's discharge awaiting approval (DemoDischarges)
      boolean inProgress = i % 10 == 9 && i != 9;
      LocalDate admitted = inProgress ? today.minusDays(i / 10) : today.minusDays(daysInCare);
      // the intake starts at 9 in the morning and takes two hours
      Instant nine = admitted.atTime(9, 0).atZone(zone).toInstant();
      Instant started = nine.isBefore(now) ? nine : now.minus(1, ChronoUnit.HOURS);
      Intake intake = intakes.start(started, "intake");
      intakes.save(intake, referral(i, admitted.minusDays(2)), started, "intake");
      intakes.save(intake, demographics(i, born), started, "intake");
      if (inProgress) {
        // two intakes are still in progress, further along
        if (i >= 19) {
          intakes.save(intake, contacts(i), started, "intake");
          intakes.save(intake, payer(i), started, "intake");
        }
        if (i == 29) {
          intakes.save(intake, consents(i, admitted), started, "intake");
        }
        continue;
      }
      intakes.save(intake, contacts(i), started, "intake");
      intakes.save(intake, payer(i), started, "intake");
      intakes.save(intake, consents(i, admitted), started, "intake");
      intakes.save(intake, history(i, admitted.minusDays(5L + i)), started, "intake");
      intakes.save(intake, screening(i), started, "intake");
      PlacementSection placement = new PlacementSection();
      placement.setProgramId(program.getId());
      placement.setPrimaryClinicianId(primary.getId());
      intakes.place(intake, placement, program, primary, started, "intake");
      Client client = intakes.admit(intake, admitted, started.plus(2, ChronoUnit.HOURS), "intake");
      precautions(client, program == residential, started.plus(3, ChronoUnit.HOURS), primary);
      plans.write(i, client.getId(), admitted, primary, today);
      // Hughes's history ends on the morning he was discharged (DemoDischarges)
      Instant historyEnds =
          "Hughes".equals(LAST_NAMES[i]) ? DemoDischarges.hughesDischarged(today, zone) : now;
      checkIns.write(i, client, primary.getUsername(), admitted, historyEnds, zone);
    }
    em.flush();
    notes.write(now, zone);
    discharges.write(now, zone);
    handovers.write(now);
    return true;
  }

  /** The referral step: sources and reasons vary with the client. */
  private static ReferralSection referral(int i, LocalDate on) {
    ReferralSection r = new ReferralSection();
    ReferralSource[] sources = ReferralSource.values();
    r.setSource(sources[i % sources.length]);
    r.setReferralDate(on);
    r.setReason(REASONS[i % REASONS.length]);
    return r;
  }

  private static DemographicsSection demographics(int i, LocalDate born) {
    DemographicsSection d = new DemographicsSection();
    d.setLegalFirstName(FIRST_NAMES[i]);
    d.setLegalLastName(LAST_NAMES[i]);
    if (i % 7 == 3) {
      d.setPreferredName(FIRST_NAMES[(i + 11) % FIRST_NAMES.length]);
    }
    d.setPronouns(PRONOUNS[i % PRONOUNS.length]);
    d.setDateOfBirth(born);
    d.setLanguage(i % 6 == 4 ? Language.ES : Language.EN);
    d.setPhone(String.format("(312) 555-%04d", 100 + i));
    d.setCity("Chicago");
    d.setState("IL");
    d.setPostalCode(String.format("606%02d", i % 50));
    return d;
  }

  private static ContactsSection contacts(int i) {
    ContactsSection c = new ContactsSection();
    if (i % 11 == 5) {
      c.setNoEmergencyContact(true);
      return c;
    }
    EmergencyContact contact = new EmergencyContact();
    contact.setName(CONTACT_NAMES[i % CONTACT_NAMES.length] + " " + LAST_NAMES[i]);
    contact.setRelationship(RELATIONSHIPS[i % RELATIONSHIPS.length]);
    contact.setPhone(String.format("(773) 555-%04d", 300 + i));
    contact.setConsentToContact(i % 4 != 2);
    c.getContacts().add(contact);
    return c;
  }

  private static PayerSection payer(int i) {
    PayerSection p = new PayerSection();
    PayerType type = PayerType.values()[i % 3];
    p.setPayerType(type);
    if (type == PayerType.PRIVATE) {
      p.setInsurerName(i % 2 == 0 ? "Lakeshore Health Plan" : "Prairie Mutual");
    }
    if (type != PayerType.SELF_PAY) {
      p.setMemberId(String.format("M%08d", 4_200_000 + i * 137));
    }
    return p;
  }

  private static ConsentsSection consents(int i, LocalDate on) {
    ConsentsSection c = new ConsentsSection();
    c.setTreatmentConsent(true);
    c.setTreatmentConsentOn(on);
    if (i % 4 == 1) {
      DisclosureConsent d = new DisclosureConsent();
      d.setRecipient(i % 8 == 1 ? "Cook County Adult Probation" : "Dr. Helen Ortiz, primary care");
      d.setPurpose(i % 8 == 1 ? "Attendance and progress reports" : "Coordination of care");
      d.setSignedOn(on);
      d.setExpiresOn(on.plusYears(1));
      c.getDisclosures().add(d);
    }
    return c;
  }

  private static HistorySection history(int i, LocalDate lastEpisode) {
    HistorySection h = new HistorySection();
    h.setPresentingConcerns(CONCERNS[i % CONCERNS.length]);
    boolean selfHarm = i % 9 != 8;
    h.setSelfHarmHistory(selfHarm);
    if (selfHarm) {
      SelfHarmMethod[] methods = SelfHarmMethod.values();
      h.setMethods(EnumSet.of(methods[i % 3], methods[(i * 7) % methods.length]));
      SelfHarmFrequency[] often = SelfHarmFrequency.values();
      h.setFrequency(often[1 + i % (often.length - 1)]);
      h.setLastEpisodeOn(lastEpisode);
      h.setMedicalCareNeeded(i % 5 == 0);
    }
    CoOccurringCondition[] conditions = CoOccurringCondition.values();
    h.setConditions(EnumSet.of(conditions[i % 2], conditions[(i * 3) % conditions.length]));
    h.setSupports(SUPPORTS[i % SUPPORTS.length]);
    h.setStrengths(STRENGTHS[i % STRENGTHS.length]);
    return h;
  }

  /**
   * Answers that give every risk level: about a third low, a third moderate, the rest high or
   * imminent, so dashboards and the caseload order have something to show.
   */
  private static ScreeningSection screening(int i) {
    ScreeningSection s = new ScreeningSection();
    int profile = i % 10;
    s.setWishDead(profile >= 3);
    s.setThoughts(profile >= 5);
    if (profile >= 5) {
      s.setMethod(profile >= 6);
      s.setIntent(profile == 8);
      s.setPlan(false);
    }
    s.setBehavior(profile == 4 || profile == 8);
    if (profile == 4 || profile == 8) {
      s.setBehaviorRecent(false);
    }
    return s;
  }

  /** Observation and sharps precautions for the clients most at risk, with some history. */
  private void precautions(Client client, boolean residential, Instant at, StaffUser by) {
    RiskLevel level = client.getRiskLevel();
    String username = by.getUsername();
    boolean high = level == RiskLevel.IMMINENT || level == RiskLevel.HIGH;
    if (residential && (high || level == RiskLevel.MODERATE)) {
      Precaution watch = precaution(client, ObservationLevel.EVERY_15_MINUTES, null, at, username);
      if (level == RiskLevel.IMMINENT) {
        Instant later = at.plus(1, ChronoUnit.HOURS);
        watch.end(later, username, "Replaced by observation one-to-one");
        precaution(
            client,
            ObservationLevel.ONE_TO_ONE,
            "Within arm's reach, also at night",
            later,
            username);
      } else if (level == RiskLevel.MODERATE) {
        Instant later = at.plus(2, ChronoUnit.DAYS);
        watch.end(later, username, "Settled on the unit; back to routine");
        precaution(client, ObservationLevel.ROUTINE, null, later, username);
      }
    }
    if (high) {
      em.persist(
          new Precaution(
              client.getId(),
              PrecautionKind.SHARPS,
              null,
              "Razors held at the nurses' station",
              at,
              username,
              null));
    }
  }

  private Precaution precaution(
      Client client, ObservationLevel level, String details, Instant at, String username) {
    Precaution p =
        new Precaution(
            client.getId(), PrecautionKind.OBSERVATION, level, details, at, username, null);
    em.persist(p);
    return p;
  }

  private Program program(String code, String name, LevelOfCare level) {
    Program program = new Program(code, name, level);
    em.persist(program);
    return program;
  }

  private StaffUser user(String username, String name, Set<Role> roles, Instant now) {
    StaffUser user =
        new StaffUser(username, name, passwords.hash(PASSWORD.toCharArray()), roles, true, now);
    em.persist(user);
    return user;
  }
}
