package org.waypoint.it.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInService;
import org.waypoint.discharge.DischargeDetail;
import org.waypoint.handover.HandoverService;
import org.waypoint.handover.HandoverView;
import org.waypoint.it.service.CoSignFixtures.Account;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.Role;
import org.waypoint.program.ProgramService;
import org.waypoint.risk.RiskLevel;
import org.waypoint.security.AccountService;

/**
 * The records each role's day in the browser starts from, made through the services as the staff
 * who would make them, with names no other test uses: so a day depends on no demo record another
 * test changes, and on no other test having run. Runs inside the server, behind {@link
 * DaySeedsBean}, which exists only in the browser tests' deployment.
 */
public final class DaySeeds {

  /** The password every account made here has chosen (the seed changes it for them). */
  public static final String PASSWORD = "Evening handover lamp 73";

  private DaySeeds() {}

  /**
   * @return the built EAR plus the seeding web module
   */
  public static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        DaySeedsBean.class,
        DaySeedsBean.DaySeedsMXBean.class,
        DaySeeds.class,
        Staff.class,
        TestClients.class,
        CoSignFixtures.class,
        Account.class,
        DischargeFixtures.class,
        DischargeProbe.class,
        HandoverProbe.class);
  }

  /**
   * @param day {@code clinician}, {@code supervisor} or {@code receiver}
   * @return what the day's test needs to know of the records made, by name
   */
  static Map<String, String> seed(String day) throws Exception {
    return switch (day) {
      case "clinician" -> clinicianDay();
      case "supervisor" -> supervisorDay();
      case "receiver" -> receiverDay();
      default -> throw new IllegalArgumentException("no such day: " + day);
    };
  }

  /** A new client of Dana Whitfield's in Residential, with a first plan reviewed with them. */
  private static Map<String, String> clinicianDay() throws Exception {
    Map<String, String> made = new LinkedHashMap<>();
    String lastName = TestNames.uniqueLastName("Clinday");
    long client = TestClients.newClient(lastName, "Residential", "Dana Whitfield");
    DischargeFixtures.reviewedPlan(client);
    made.put("client", Long.toString(client));
    made.put("lastName", lastName);
    return made;
  }

  /**
   * A program of the day's own, so its supervisor's dashboard lists only the day's records: its
   * supervisor; a client whose High check-in by the program's clinician alerted her; a note signed
   * by a clinician in training that waits for her co-signature; a client whose discharge draft
   * (checklist complete, plan reviewed) waits for her approval.
   */
  private static Map<String, String> supervisorDay() throws Exception {
    Map<String, String> made = new LinkedHashMap<>();
    String program = newProgram("S", "Supervised unit ");
    Account supervisor = ownAccount(Role.SUPERVISOR, program, false);
    Account clinician = ownAccount(Role.CLINICIAN, program, false);
    Account trainee = ownAccount(Role.CLINICIAN, program, true);
    made.put("supervisor", supervisor.username());
    made.put("supervisorName", supervisor.displayName());
    made.put("programName", program);

    String alerted = TestNames.uniqueLastName("Alertday");
    long alertClient = TestClients.newClient(alerted, program, clinician.displayName());
    CheckInAnswers high = CoSignFixtures.calm();
    high.setOverrideLevel(RiskLevel.HIGH);
    high.setOverrideReason("Gave away her things this week; staff are worried.");
    clinician.call(() -> Services.ejb(CheckInService.class).record(alertClient, high));
    made.put("alertLastName", alerted);

    long noteClient =
        TestClients.newClient(
            TestNames.uniqueLastName("Cosignday"), program, clinician.displayName());
    made.put("note", Long.toString(CoSignFixtures.signedNote(trainee, noteClient, PASSWORD)));
    made.put("trainee", trainee.displayName());

    String leaving = TestNames.uniqueLastName("Dischargeday");
    long leavingId = TestClients.newClient(leaving, program, clinician.displayName());
    DischargeFixtures.reviewedPlan(clinician, leavingId, "Walk the dog");
    DischargeDetail draft =
        clinician.call(
            () ->
                DischargeFixtures.discharges()
                    .saveDraft(
                        leavingId,
                        null,
                        0,
                        DischargeFixtures.complete(DischargeFixtures.today().plusDays(3))));
    made.put("dischargeClient", Long.toString(leavingId));
    made.put("dischargeLastName", leaving);
    made.put("discharge", Long.toString(draft.dischargeId()));
    return made;
  }

  /**
   * A program of the day's own, with a clinician who gives its handover for the shift under way, a
   * colleague who receives it, and one client.
   */
  private static Map<String, String> receiverDay() throws Exception {
    Map<String, String> made = new LinkedHashMap<>();
    String program = newProgram("R", "Receiving unit ");
    long programId = programId(program);
    Account giver = ownAccount(Role.CLINICIAN, program, false);
    Account receiver = ownAccount(Role.CLINICIAN, program, false);
    String lastName = TestNames.uniqueLastName("Handday");
    TestClients.newClient(lastName, program, giver.displayName());
    HandoverView given =
        giver.call(() -> Services.ejb(HandoverService.class).give(programId, null));
    made.put("program", Long.toString(programId));
    made.put("programName", program);
    made.put("shift", given.shift().key());
    made.put("giver", giver.displayName());
    made.put("receiver", receiver.username());
    made.put("receiverName", receiver.displayName());
    made.put("lastName", lastName);
    return made;
  }

  /**
   * @return the name of a new program, which no demo record or other test uses
   */
  private static String newProgram(String codePrefix, String namePrefix) throws Exception {
    String code = TestNames.uniqueLastName(codePrefix);
    code = code.substring(0, Math.min(12, code.length()));
    String name = namePrefix + code;
    Services.lookup(
            "java:global/waypoint/waypoint-it/HandoverProbe!" + HandoverProbe.class.getName(),
            HandoverProbe.class)
        .newProgram(code, name);
    return name;
  }

  private static long programId(String program) throws Exception {
    return Staff.ADMIN.call(() -> Services.ejb(ProgramService.class).programs()).stream()
        .filter(p -> p.name().equals(program))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /**
   * An account made by the administrator whose owner has already chosen {@link #PASSWORD}, so the
   * day signs in as they would on any later day.
   */
  private static Account ownAccount(Role role, String program, boolean needsCoSignature)
      throws Exception {
    Account account = CoSignFixtures.account(role, program, needsCoSignature);
    account.call(
        () ->
            Services.ejb(AccountService.class)
                .changePassword(CoSignFixtures.PASSWORD.toCharArray(), PASSWORD));
    return account;
  }
}
