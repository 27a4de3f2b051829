package org.waypoint.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules each section checks beyond Bean Validation, and what each still needs. */
class IntakeSectionsTest {

  private static Map<String, String> missing(IntakeSection section) {
    Map<String, String> missing = new LinkedHashMap<>();
    section.missing(missing);
    return missing;
  }

  private static Map<String, String> refusals(IntakeSection section) {
    Map<String, String> errors = new LinkedHashMap<>();
    section.refusals(errors);
    return errors;
  }

  @Test
  void anEmptySectionNamesWhatAdmissionNeeds() {
    assertEquals(
        List.of("source", "referralDate", "reason"),
        List.copyOf(missing(new ReferralSection()).keySet()));
    assertEquals(
        List.of("legalFirstName", "legalLastName", "dateOfBirth", "language"),
        List.copyOf(missing(new DemographicsSection()).keySet()));
    assertEquals(
        List.of("noEmergencyContact"), List.copyOf(missing(new ContactsSection()).keySet()));
    assertEquals(List.of("payerType"), List.copyOf(missing(new PayerSection()).keySet()));
    assertEquals(List.of("treatmentConsent"), List.copyOf(missing(new ConsentsSection()).keySet()));
    assertEquals(
        List.of("presentingConcerns", "selfHarmHistory"),
        List.copyOf(missing(new HistorySection()).keySet()));
    assertEquals(
        List.of("wishDead", "thoughts", "behavior"),
        List.copyOf(missing(new ScreeningSection()).keySet()));
    assertEquals(
        List.of("programId", "primaryClinicianId"),
        List.copyOf(missing(new PlacementSection()).keySet()));
  }

  @Test
  void thePayerNeedsTheMemberIdAndInsurerThatItsKindHas() {
    PayerSection payer = new PayerSection();
    payer.setPayerType(PayerType.PRIVATE);
    assertEquals(List.of("insurerName", "memberId"), List.copyOf(missing(payer).keySet()));
    payer.setPayerType(PayerType.MEDICAID);
    assertEquals(List.of("memberId"), List.copyOf(missing(payer).keySet()));
    payer.setPayerType(PayerType.SELF_PAY);
    assertTrue(missing(payer).isEmpty());
  }

  @Test
  void anInsurerOrMemberIdThatThePayerDoesNotHaveIsRefusedNotDropped() {
    PayerSection payer = new PayerSection();
    payer.setPayerType(PayerType.SELF_PAY);
    payer.setInsurerName("Prairie Mutual");
    payer.setMemberId("M123");
    assertEquals(List.of("insurerName", "memberId"), List.copyOf(refusals(payer).keySet()));
    payer.setPayerType(PayerType.MEDICAID);
    assertEquals(List.of("insurerName"), List.copyOf(refusals(payer).keySet()));
    payer.setPayerType(PayerType.PRIVATE);
    assertTrue(refusals(payer).isEmpty());
  }

  @Test
  void contactsAndTheirAbsenceContradictEachOther() {
    ContactsSection contacts = new ContactsSection();
    EmergencyContact mother = new EmergencyContact();
    mother.setName("Ana Ruiz");
    contacts.getContacts().add(mother);
    contacts.getContacts().add(new EmergencyContact());
    contacts.dropEmptyRows();
    assertEquals(1, contacts.getContacts().size(), "a row left empty is not a contact");
    contacts.setNoEmergencyContact(true);
    assertTrue(refusals(contacts).containsKey("noEmergencyContact"));
  }

  @Test
  void aDisclosureExpiresAfterItsSigningAndIsNotRevokedBeforeIt() {
    ConsentsSection consents = new ConsentsSection();
    DisclosureConsent d = new DisclosureConsent();
    d.setRecipient("County probation");
    d.setPurpose("Attendance");
    d.setSignedOn(LocalDate.of(2026, 5, 1));
    d.setExpiresOn(LocalDate.of(2026, 4, 1));
    d.setRevokedOn(LocalDate.of(2026, 3, 1));
    consents.getDisclosures().add(d);
    consents.setTreatmentConsentOn(LocalDate.of(2026, 5, 1));
    assertEquals(
        List.of("treatmentConsent", "disclosures[0].expiresOn", "disclosures[0].revokedOn"),
        List.copyOf(refusals(consents).keySet()));
  }

  @Test
  void selfHarmDetailsNeedAYesAndAYesNeedsTheDetails() {
    HistorySection history = new HistorySection();
    history.setSelfHarmHistory(false);
    history.setMethods(EnumSet.of(SelfHarmMethod.BURNING));
    assertTrue(refusals(history).containsKey("selfHarmHistory"));
    history.setSelfHarmHistory(true);
    history.setMethods(EnumSet.noneOf(SelfHarmMethod.class));
    history.setPresentingConcerns("Low mood");
    assertEquals(
        List.of("methods", "frequency", "lastEpisodeOn", "medicalCareNeeded"),
        List.copyOf(missing(history).keySet()));
  }

  @Test
  void theScreeningAsksFollowUpsOnlyAfterAYes() {
    ScreeningSection screening = new ScreeningSection();
    screening.setWishDead(true);
    screening.setThoughts(true);
    screening.setBehavior(true);
    assertEquals(
        List.of("method", "intent", "plan", "behaviorRecent"),
        List.copyOf(missing(screening).keySet()));
    screening.setThoughts(false);
    screening.setBehavior(false);
    assertTrue(missing(screening).isEmpty());
    assertEquals("MODERATE", screening.finding().level().name());
  }
}
