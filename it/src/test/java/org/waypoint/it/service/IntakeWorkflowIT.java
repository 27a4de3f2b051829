package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.PrivilegedExceptionAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.client.Language;
import org.waypoint.intake.CoOccurringCondition;
import org.waypoint.intake.ConsentsSection;
import org.waypoint.intake.ContactsSection;
import org.waypoint.intake.DemographicsSection;
import org.waypoint.intake.DisclosureConsent;
import org.waypoint.intake.EmergencyContact;
import org.waypoint.intake.HistorySection;
import org.waypoint.intake.IntakeConflictException;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.intake.IntakeSection;
import org.waypoint.intake.IntakeService;
import org.waypoint.intake.IntakeStatus;
import org.waypoint.intake.IntakeStep;
import org.waypoint.intake.PayerSection;
import org.waypoint.intake.PayerType;
import org.waypoint.intake.PlacementSection;
import org.waypoint.intake.ReferralSection;
import org.waypoint.intake.ReferralSource;
import org.waypoint.intake.ScreeningSection;
import org.waypoint.intake.SelfHarmFrequency;
import org.waypoint.intake.SelfHarmMethod;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.risk.RiskEntry;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.RiskService;
import org.waypoint.risk.RiskSource;
import org.waypoint.security.StaffOption;

/**
 * The intake workflow at the service: each step's validation, the screening's triage, admission,
 * and an intake resumed by a second member of the intake team.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeWorkflowIT {

  /** A second member of the intake team (an identity with the intake role). */
  private static final String SECOND_INTAKE = "intake.second";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(IntakeWorkflowIT.class, Staff.class);
  }

  private static IntakeService intakes() {
    return Services.ejb(IntakeService.class);
  }

  private static <T> T asIntake(PrivilegedExceptionAction<T> action) throws Exception {
    return Staff.INTAKE.call(action);
  }

  private static <T> T asSecondIntake(PrivilegedExceptionAction<T> action) throws Exception {
    return Services.callerSwitch().as(SECOND_INTAKE, new String[] {"INTAKE"}, action);
  }

  private static IntakeRecord save(IntakeRecord intake, IntakeSection section) throws Exception {
    return asIntake(() -> intakes().save(intake.id(), intake.version(), section));
  }

  private static Map<String, String> refused(IntakeRecord intake, IntakeSection section)
      throws Exception {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> save(intake, section));
    IntakeRecord after = asIntake(() -> intakes().open(intake.id()));
    assertEquals(intake.version(), after.version(), "a refused step saves nothing");
    assertFalse(after.saved(section.step()));
    return e.fieldErrors();
  }

  private static long programId(String name) throws Exception {
    return asIntake(() -> Services.ejb(ProgramService.class).programs()).stream()
        .filter(p -> p.name().equals(name))
        .mapToLong(ProgramOption::id)
        .findFirst()
        .orElseThrow();
  }

  private static long clinicianId(String name) throws Exception {
    return asIntake(() -> Services.ejb(ClientService.class).clinicians()).stream()
        .filter(s -> s.displayName().equals(name))
        .mapToLong(StaffOption::id)
        .findFirst()
        .orElseThrow();
  }

  static ReferralSection referral() {
    ReferralSection r = new ReferralSection();
    r.setSource(ReferralSource.HOSPITAL);
    r.setReferralDate(TestNames.centerToday().minusDays(3));
    r.setReason("Seen in the emergency department after cutting; wants help.");
    return r;
  }

  static DemographicsSection demographics(String lastName) {
    DemographicsSection d = new DemographicsSection();
    d.setLegalFirstName("Mariana");
    d.setLegalLastName(lastName);
    d.setPreferredName("Mari");
    d.setPronouns("she/her");
    d.setDateOfBirth(LocalDate.of(2001, 7, 9));
    d.setLanguage(Language.ES);
    d.setPhone("(312) 555-0188");
    d.setEmail("mari@example.org");
    d.setStreet("1200 W Fullerton Ave");
    d.setCity("Chicago");
    d.setState("il");
    d.setPostalCode("60614");
    return d;
  }

  static ContactsSection contacts() {
    ContactsSection c = new ContactsSection();
    EmergencyContact mother = new EmergencyContact();
    mother.setName("Lucía Ortiz");
    mother.setRelationship("mother");
    mother.setPhone("(773) 555-0101");
    mother.setConsentToContact(true);
    EmergencyContact friend = new EmergencyContact();
    friend.setName("Dee Park");
    friend.setRelationship("friend");
    friend.setPhone("773-555-0102");
    friend.setConsentToContact(false);
    c.getContacts().addAll(List.of(mother, friend));
    return c;
  }

  static PayerSection payer() {
    PayerSection p = new PayerSection();
    p.setPayerType(PayerType.MEDICAID);
    p.setMemberId("IL-99887766");
    return p;
  }

  static ConsentsSection consents() {
    ConsentsSection c = new ConsentsSection();
    c.setTreatmentConsent(true);
    c.setTreatmentConsentOn(TestNames.centerToday());
    DisclosureConsent d = new DisclosureConsent();
    d.setRecipient("Dr. Amy Chen, primary care");
    d.setPurpose("Coordination of care");
    d.setSignedOn(TestNames.centerToday());
    d.setExpiresOn(TestNames.centerToday().plusYears(1));
    c.getDisclosures().add(d);
    return c;
  }

  static HistorySection history() {
    HistorySection h = new HistorySection();
    h.setPresentingConcerns("Low mood and cutting most evenings since March.");
    h.setSelfHarmHistory(true);
    h.setMethods(EnumSet.of(SelfHarmMethod.CUTTING, SelfHarmMethod.BURNING));
    h.setFrequency(SelfHarmFrequency.SEVERAL_WEEKLY);
    h.setLastEpisodeOn(TestNames.centerToday().minusDays(4));
    h.setMedicalCareNeeded(true);
    h.setConditions(EnumSet.of(CoOccurringCondition.DEPRESSION, CoOccurringCondition.PTSD));
    h.setSupports("Her mother; a friend from work.");
    h.setStrengths("Paints; loves her cat.");
    return h;
  }

  static ScreeningSection screening(Boolean... answers) {
    ScreeningSection s = new ScreeningSection();
    s.setWishDead(answers[0]);
    s.setThoughts(answers[1]);
    s.setMethod(answers[2]);
    s.setIntent(answers[3]);
    s.setPlan(answers[4]);
    s.setBehavior(answers[5]);
    s.setBehaviorRecent(answers[6]);
    return s;
  }

  private static PlacementSection placement() throws Exception {
    PlacementSection p = new PlacementSection();
    p.setProgramId(programId("Residential"));
    p.setPrimaryClinicianId(clinicianId("Dana Whitfield"));
    return p;
  }

  @Test
  void eachStepRefusesBadValuesAndSavesNothingOfThatStep() throws Exception {
    IntakeRecord intake = asIntake(() -> intakes().start());

    ReferralSection referral = referral();
    referral.setReferralDate(TestNames.centerToday().plusDays(1));
    referral.setReason("x".repeat(2001));
    assertEquals(Set.of("referralDate", "reason"), refused(intake, referral).keySet());

    DemographicsSection d = demographics("Ortiz");
    d.setLegalFirstName("M4riana");
    d.setDateOfBirth(TestNames.centerToday().plusDays(1));
    d.setEmail("not an address");
    d.setState("Illinois");
    d.setPostalCode("6061");
    d.setPhone("call me");
    Map<String, String> errors = refused(intake, d);
    assertEquals(
        Set.of("legalFirstName", "dateOfBirth", "email", "state", "postalCode", "phone"),
        errors.keySet());
    assertEquals("The date of birth cannot be in the future.", errors.get("dateOfBirth"));
    d = demographics("Ortiz");
    d.setDateOfBirth(TestNames.centerToday().minusYears(130));
    assertEquals(
        "Check the year: that is over 120 years ago.", refused(intake, d).get("dateOfBirth"));

    ContactsSection contacts = contacts();
    contacts.getContacts().get(0).setRelationship(" ");
    contacts.getContacts().get(1).setPhone("555");
    contacts.setNoEmergencyContact(true);
    assertEquals(
        Set.of("contacts[0].relationship", "contacts[1].phone", "noEmergencyContact"),
        refused(intake, contacts).keySet());

    PayerSection payer = payer();
    payer.setMemberId("99$88");
    payer.setInsurerName("Lakeshore Health Plan"); // typed, but Medicaid was chosen
    assertEquals(Set.of("memberId", "insurerName"), refused(intake, payer).keySet());

    ConsentsSection consents = consents();
    consents.setTreatmentConsent(false);
    consents.getDisclosures().get(0).setExpiresOn(TestNames.centerToday().minusDays(1));
    consents.getDisclosures().get(0).setRevokedOn(TestNames.centerToday().minusDays(2));
    consents.getDisclosures().add(new DisclosureConsent()); // an empty row is dropped, not refused
    DisclosureConsent noRecipient = new DisclosureConsent();
    noRecipient.setPurpose("Court report");
    consents.getDisclosures().add(noRecipient);
    assertEquals(
        Set.of(
            "treatmentConsent",
            "disclosures[0].expiresOn",
            "disclosures[0].revokedOn",
            "disclosures[1].recipient",
            "disclosures[1].signedOn",
            "disclosures[1].expiresOn"),
        refused(intake, consents).keySet());

    HistorySection history = history();
    history.setSelfHarmHistory(false);
    history.setLastEpisodeOn(TestNames.centerToday().plusDays(2));
    assertEquals(Set.of("selfHarmHistory", "lastEpisodeOn"), refused(intake, history).keySet());

    PlacementSection placement = placement();
    placement.setProgramId(-1L);
    placement.setPrimaryClinicianId(
        asIntake(() -> Services.ejb(ClientService.class).clinicians()).stream()
                .mapToLong(StaffOption::id)
                .max()
                .orElseThrow()
            + 1000);
    assertEquals(Set.of("programId", "primaryClinicianId"), refused(intake, placement).keySet());
  }

  @Test
  void aStepMissingDetailsIsKeptAndTheAdmissionNamesWhatIsMissing() throws Exception {
    String lastName = TestNames.uniqueLastName("Intakeperson");
    IntakeRecord intake = asIntake(() -> intakes().start());
    DemographicsSection partial = new DemographicsSection();
    partial.setLegalLastName(lastName);
    intake = save(intake, partial);

    assertTrue(intake.saved(IntakeStep.DEMOGRAPHICS));
    assertFalse(intake.complete(IntakeStep.DEMOGRAPHICS));
    assertEquals(
        Set.of("legalFirstName", "dateOfBirth", "language"),
        intake.missing(IntakeStep.DEMOGRAPHICS).keySet());
    assertEquals(lastName, intake.demographics().getLegalLastName());

    IntakeRecord current = intake;
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                asIntake(
                    () ->
                        intakes().admit(current.id(), current.version(), TestNames.centerToday())));
    assertEquals(
        "Complete these steps first: Referral, Demographics, Emergency contacts, Payer, Consents,"
            + " Concerns and history, Suicide screening, Program and clinician.",
        refused.fieldErrors().get("admission"));
    assertEquals(
        0,
        Staff.SUPERVISOR.call(
            () ->
                Services.ejb(ClientService.class)
                    .count(new ClientQuery(lastName, null, null, ClientQuery.SortBy.NAME, true))),
        "no client was made");
  }

  /** Every row of the screening triage, through the service, the skip logic included. */
  @Test
  void theScreeningTriageFollowsTheTable() throws Exception {
    record Row(Boolean[] answers, RiskLevel level, Boolean[] stored) {}
    Boolean y = true;
    Boolean n = false;
    Boolean o = null;
    List<Row> rows =
        List.of(
            new Row(new Boolean[] {n, n, o, o, o, n, o}, RiskLevel.LOW, null),
            new Row(new Boolean[] {y, n, o, o, o, n, o}, RiskLevel.MODERATE, null),
            new Row(new Boolean[] {n, y, n, n, n, n, o}, RiskLevel.MODERATE, null),
            new Row(new Boolean[] {n, n, o, o, o, y, n}, RiskLevel.MODERATE, null),
            new Row(new Boolean[] {y, y, y, n, n, n, o}, RiskLevel.HIGH, null),
            new Row(new Boolean[] {y, y, n, y, n, n, o}, RiskLevel.IMMINENT, null),
            new Row(new Boolean[] {y, y, n, n, y, n, o}, RiskLevel.IMMINENT, null),
            new Row(new Boolean[] {n, n, o, o, o, y, y}, RiskLevel.IMMINENT, null),
            // skip logic: 3-5 follow only a yes to 2; "within 3 months" only a yes to 6
            new Row(
                new Boolean[] {n, n, y, y, y, n, y},
                RiskLevel.LOW,
                new Boolean[] {n, n, o, o, o, n, o}),
            new Row(
                new Boolean[] {y, n, y, y, y, y, n},
                RiskLevel.MODERATE,
                new Boolean[] {y, n, o, o, o, y, n}));
    IntakeRecord intake = asIntake(() -> intakes().start());
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      intake = save(intake, screening(row.answers()));
      RiskLevel level =
          intake.screeningFinding() == null ? null : intake.screeningFinding().level();
      if (level != row.level()) {
        wrong.add(Arrays.asList(row.answers()) + " gave " + level + ", not " + row.level());
      }
      if (row.stored() != null) {
        ScreeningSection s = intake.screening();
        Boolean[] kept = {
          s.getWishDead(),
          s.getThoughts(),
          s.getMethod(),
          s.getIntent(),
          s.getPlan(),
          s.getBehavior(),
          s.getBehaviorRecent()
        };
        if (!Arrays.asList(kept).equals(Arrays.asList(row.stored()))) {
          wrong.add(Arrays.asList(row.answers()) + " was kept as " + Arrays.asList(kept));
        }
      }
    }
    assertEquals(List.of(), wrong);

    ScreeningSection unanswered = screening(y, y, y, o, o, n, o);
    intake = save(intake, unanswered);
    assertNull(intake.screeningFinding(), "no level while an asked item has no answer");
    assertEquals(Set.of("intent", "plan"), intake.missing(IntakeStep.SCREENING).keySet());
  }

  @Test
  void aSecondIntakeUserResumesWithEverythingTheFirstTypedAndAdmits() throws Exception {
    String lastName = TestNames.uniqueLastName("Resumeperson");
    List<IntakeSection> typed =
        List.of(
            referral(),
            demographics(lastName),
            contacts(),
            payer(),
            consents(),
            history(),
            screening(true, true, true, false, false, false, null));
    IntakeRecord intake = asIntake(() -> intakes().start());
    for (IntakeSection section : typed) {
      intake = save(intake, section);
    }
    IntakeRecord firstUser = intake;

    // the first user is called away; a colleague finds the intake in the list and opens it
    long id = intake.id();
    assertTrue(
        asSecondIntake(() -> intakes().inProgress(0, 100)).stream().anyMatch(i -> i.id() == id));
    IntakeRecord resumed = asSecondIntake(() -> intakes().open(id));

    assertEquals(firstUser.version(), resumed.version());
    assertEquals("Ines Ortega", resumed.updatedBy());
    assertSameSections(sectionsOf(firstUser), resumed);
    assertSameSections(typed, resumed);
    assertEquals("IL", resumed.demographics().getState(), "the state is kept in capitals");
    assertEquals(RiskLevel.HIGH, resumed.screeningFinding().level());
    assertEquals(List.of(IntakeStep.PLACEMENT), resumed.incompleteSteps());

    PlacementSection placement = placement();
    IntakeRecord placed = asSecondIntake(() -> intakes().save(id, resumed.version(), placement));
    ClientProfile client =
        asSecondIntake(() -> intakes().admit(id, placed.version(), TestNames.centerToday()));

    assertEquals(lastName, client.legalLastName());
    assertEquals("Mari", client.preferredName());
    assertEquals(Language.ES, client.language());
    assertEquals(ClientStatus.ACTIVE, client.status());
    assertEquals("Dana Whitfield", client.primaryClinicianName());
    assertEquals(RiskLevel.HIGH, client.riskLevel());
    assertEquals(SECOND_INTAKE, client.registeredBy());

    List<RiskEntry> risks =
        Staff.CLINICIAN.call(() -> Services.ejb(RiskService.class).history(client.id(), 10));
    assertEquals(1, risks.size());
    assertEquals(RiskSource.INTAKE_SCREENING, risks.get(0).source());
    assertEquals(List.of("has thought about a method (item 3)"), risks.get(0).reasons());

    List<ClientProfile> caseload =
        Staff.CLINICIAN.call(
            () ->
                Services.ejb(ClientService.class)
                    .search(ClientQuery.ownCaseload(ClientStatus.ACTIVE), 0, 100));
    assertTrue(caseload.stream().anyMatch(c -> c.id() == client.id()), "in Dana's caseload");

    IntakeRecord closed = asIntake(() -> intakes().open(id));
    assertThrows(
        AccessDeniedException.class,
        () ->
            Services.callerSwitch()
                .as("supervisor.elsewhere", new String[] {"SUPERVISOR"}, () -> intakes().open(id)),
        "once admitted, the intake follows the chart's access rules");
    assertEquals(IntakeStatus.ADMITTED, closed.status());
    assertEquals(client.id(), closed.clientId());
    assertSameSections(typed, Staff.CLINICIAN.call(() -> intakes().ofClient(client.id())));
    assertThrows(
        IntakeConflictException.class,
        () -> asIntake(() -> intakes().save(id, closed.version(), referral())),
        "an admitted intake is closed");
    // after admission the client can still revoke a disclosure consent; it stays on record
    long clientId = client.id();
    LocalDate today = TestNames.centerToday();
    assertThrows(
        InvalidInputException.class,
        () ->
            Staff.CLINICIAN.call(() -> intakes().revokeDisclosure(clientId, 0, today.plusDays(1))));
    IntakeRecord revoked =
        Staff.CLINICIAN.call(() -> intakes().revokeDisclosure(clientId, 0, today));
    assertEquals(today, revoked.consents().getDisclosures().get(0).getRevokedOn());
    assertEquals(
        "Dr. Amy Chen, primary care", revoked.consents().getDisclosures().get(0).getRecipient());
    assertThrows(
        InvalidInputException.class,
        () -> Staff.CLINICIAN.call(() -> intakes().revokeDisclosure(clientId, 0, today)),
        "a revoked consent is not revoked again");

    IntakeRecord again = asIntake(() -> intakes().start());
    for (IntakeSection section : typed) {
      again = save(again, section);
    }
    IntakeRecord complete = save(again, placement);
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () ->
                asIntake(
                    () ->
                        intakes()
                            .admit(complete.id(), complete.version(), TestNames.centerToday())));
    assertTrue(
        twice.fieldErrors().get("admission").contains("already registered (MRN " + client.mrn()),
        twice.fieldErrors().toString());
  }

  @Test
  void aSaveOverSomeoneElsesNewerSaveIsRefusedAndExplained() throws Exception {
    IntakeRecord opened = asIntake(() -> intakes().start());
    IntakeRecord colleague = asSecondIntake(() -> intakes().open(opened.id()));
    asSecondIntake(() -> intakes().save(colleague.id(), colleague.version(), referral()));

    PayerSection mine = payer();
    IntakeConflictException conflict =
        assertThrows(IntakeConflictException.class, () -> save(opened, mine));
    assertTrue(conflict.getMessage().contains(SECOND_INTAKE), conflict.getMessage());
    IntakeRecord now = asIntake(() -> intakes().open(opened.id()));
    assertFalse(now.saved(IntakeStep.PAYER), "nothing of the stale save was written");
    assertTrue(now.saved(IntakeStep.REFERRAL));

    // with the current version, the user's entries are saved as typed
    IntakeRecord saved =
        asIntake(() -> intakes().save(opened.id(), conflict.currentVersion(), mine));
    assertEquals("IL-99887766", saved.payer().getMemberId());
  }

  @Test
  void aWithdrawnIntakeLeavesTheListWithItsReason() throws Exception {
    IntakeRecord intake = asIntake(() -> intakes().start());
    assertThrows(
        InvalidInputException.class,
        () -> asIntake(() -> intakes().withdraw(intake.id(), intake.version(), "  ")));
    IntakeRecord closed =
        asIntake(() -> intakes().withdraw(intake.id(), intake.version(), "Referred elsewhere"));
    assertEquals(IntakeStatus.WITHDRAWN, closed.status());
    assertEquals("Referred elsewhere", closed.withdrawnReason());
    assertFalse(
        asIntake(() -> intakes().inProgress(0, 100)).stream().anyMatch(i -> i.id() == intake.id()));
  }

  /** Every value of a section, as a list, so two sections compare field by field. */
  private static List<Object> values(IntakeSection section) {
    List<Object> v = new ArrayList<>();
    if (section instanceof ReferralSection r) {
      v.addAll(Arrays.asList(r.getSource(), r.getReferralDate(), r.getReason()));
    } else if (section instanceof DemographicsSection d) {
      v.addAll(
          Arrays.asList(
              d.getLegalFirstName(),
              d.getLegalLastName(),
              d.getPreferredName(),
              d.getPronouns(),
              d.getDateOfBirth(),
              d.getLanguage(),
              d.getPhone(),
              d.getEmail(),
              d.getStreet(),
              d.getCity(),
              d.getState(),
              d.getPostalCode()));
    } else if (section instanceof ContactsSection c) {
      v.add(c.isNoEmergencyContact());
      for (EmergencyContact e : c.getContacts()) {
        v.addAll(
            Arrays.asList(e.getName(), e.getRelationship(), e.getPhone(), e.isConsentToContact()));
      }
    } else if (section instanceof PayerSection p) {
      v.addAll(Arrays.asList(p.getPayerType(), p.getInsurerName(), p.getMemberId()));
    } else if (section instanceof ConsentsSection c) {
      v.addAll(Arrays.asList(c.isTreatmentConsent(), c.getTreatmentConsentOn()));
      for (DisclosureConsent d : c.getDisclosures()) {
        v.addAll(
            Arrays.asList(
                d.getRecipient(),
                d.getPurpose(),
                d.getSignedOn(),
                d.getExpiresOn(),
                d.getRevokedOn()));
      }
    } else if (section instanceof HistorySection h) {
      v.addAll(
          Arrays.asList(
              h.getPresentingConcerns(),
              h.getSelfHarmHistory(),
              h.getMethods(),
              h.getFrequency(),
              h.getLastEpisodeOn(),
              h.getMedicalCareNeeded(),
              h.getConditions(),
              h.getSupports(),
              h.getStrengths()));
    } else if (section instanceof ScreeningSection s) {
      v.add(s.screening());
    } else if (section instanceof PlacementSection p) {
      v.addAll(Arrays.asList(p.getProgramId(), p.getPrimaryClinicianId()));
    }
    return v;
  }

  private static List<IntakeSection> sectionsOf(IntakeRecord r) {
    return List.of(
        r.referral(),
        r.demographics(),
        r.contacts(),
        r.payer(),
        r.consents(),
        r.history(),
        r.screening(),
        r.placement());
  }

  /** Asserts that every field of every step is the same. */
  private static void assertSameSections(List<IntakeSection> expected, IntakeRecord actual) {
    List<IntakeSection> sections = sectionsOf(actual);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(
          values(expected.get(i)), values(sections.get(i)), expected.get(i).step().label());
    }
  }
}
