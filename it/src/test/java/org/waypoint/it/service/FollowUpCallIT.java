package org.waypoint.it.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waypoint.it.service.DischargeFixtures.probe;
import static org.waypoint.it.service.DischargeFixtures.today;

import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.waypoint.access.ListScope;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.ContactMode;
import org.waypoint.client.ClientStatus;
import org.waypoint.discharge.CallOutcome;
import org.waypoint.discharge.FollowUpCallItem;
import org.waypoint.discharge.FollowUpCallService;
import org.waypoint.discharge.RecordedCall;
import org.waypoint.followup.FollowUpService;
import org.waypoint.it.support.Deployments;
import org.waypoint.it.support.Services;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.risk.RiskLevel;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;

/**
 * Follow-up calls at the service: scheduled by approval, listed when due or missed for the
 * clinician and the supervisors, recorded once with their outcome; a reached client's check-in
 * raising a check-in's alert; refusals that save nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpCallIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.waypointWithTests(
        FollowUpCallIT.class,
        Staff.class,
        DischargeProbe.class,
        DischargeFixtures.class,
        CoSignFixtures.class);
  }

  private static FollowUpCallService calls() {
    return Services.ejb(FollowUpCallService.class);
  }

  /** A client discharged ten days ago: the first two calls missed, the third ahead. */
  private static long dischargedTenDaysAgo(String name) throws Exception {
    long client = DischargeFixtures.client(name, 30);
    DischargeFixtures.approved(client, today().minusDays(10));
    assertEquals(ClientStatus.DISCHARGED, probe().status(client));
    return client;
  }

  private static List<FollowUpCallItem> due(Staff who, ListScope scope, long client)
      throws Exception {
    return who.call(() -> calls().due(scope, 0, 100)).stream()
        .filter(c -> c.clientId() == client)
        .toList();
  }

  private static CheckInAnswers calm() {
    CheckInAnswers a = new CheckInAnswers();
    a.setSelfHarm(false);
    a.setUrge(1);
    for (WarningSign sign : WarningSign.values()) {
      a.rate(sign, 1);
    }
    a.setSubstanceUse(SubstanceUse.NONE);
    a.setMeansAccess(false);
    a.setWishDead(false);
    a.setThoughts(false);
    a.setBehavior(false);
    a.setSupportContacted(true);
    return a;
  }

  @Test
  void callsAreScheduledAndMissedOnesAreListedForClinicianAndSupervisor() throws Exception {
    long client = dischargedTenDaysAgo("Callsched");
    List<FollowUpCallItem> all = Staff.CLINICIAN.call(() -> calls().calls(client));
    assertEquals(5, all.size());
    assertEquals(today().minusDays(7), all.get(0).due());
    assertTrue(all.get(0).missed());
    assertTrue(all.get(1).missed());
    assertFalse(all.get(2).missed(), "due in four days");

    List<FollowUpCallItem> mine = due(Staff.CLINICIAN, ListScope.OWN_CASELOAD, client);
    assertEquals(List.of(1, 2), mine.stream().map(FollowUpCallItem::number).toList());
    assertTrue(mine.stream().allMatch(FollowUpCallItem::missed));
    assertEquals("(312) 555-0999", mine.get(0).clientPhone());
    assertEquals(2, due(Staff.SUPERVISOR, ListScope.MY_PROGRAMS, client).size());
    assertTrue(Staff.CLINICIAN.call(() -> calls().countMissed(ListScope.OWN_CASELOAD)) >= 2);
    assertTrue(
        Staff.CLINICIAN.call(() -> calls().countDue(ListScope.OWN_CASELOAD))
            >= Staff.CLINICIAN.call(() -> calls().countMissed(ListScope.OWN_CASELOAD)));
    assertTrue(due(Staff.CLINICIAN2, ListScope.OWN_CASELOAD, client).isEmpty(), "not his client");
    assertThrows(
        EJBAccessException.class,
        () -> Staff.CLINICIAN.call(() -> calls().due(ListScope.MY_PROGRAMS, 0, 10)));
  }

  @Test
  void aMessageLeftIsRecordedOnceAndLeavesTheList() throws Exception {
    long client = dischargedTenDaysAgo("Callmsg");
    FollowUpCallItem first = Staff.CLINICIAN.call(() -> calls().calls(client)).get(0);
    RecordedCall recorded =
        Staff.CLINICIAN.call(
            () ->
                calls()
                    .recordNotReached(
                        client,
                        first.id(),
                        CallOutcome.MESSAGE_LEFT,
                        "Try again on Friday morning.",
                        first.version()));
    assertNull(recorded.checkIn());
    assertEquals(CallOutcome.MESSAGE_LEFT, recorded.call().outcome());
    assertEquals("Dana Whitfield", recorded.call().recordedBy());
    assertFalse(recorded.call().missed());
    assertEquals(
        List.of(2),
        due(Staff.CLINICIAN, ListScope.OWN_CASELOAD, client).stream()
            .map(FollowUpCallItem::number)
            .toList());

    ConflictException twice =
        assertThrows(
            ConflictException.class,
            () ->
                Staff.SUPERVISOR.call(
                    () ->
                        calls()
                            .recordNotReached(
                                client,
                                first.id(),
                                CallOutcome.NOT_REACHED,
                                null,
                                first.version())));
    assertTrue(twice.getMessage().contains("Dana Whitfield"), twice.getMessage());
  }

  @Test
  void badInputIsRefusedAndNothingIsSaved() throws Exception {
    long client = dischargedTenDaysAgo("Callbad");
    long other = dischargedTenDaysAgo("Callbadother");
    FollowUpCallItem call = Staff.CLINICIAN.call(() -> calls().calls(client)).get(0);
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        calls()
                            .recordNotReached(
                                client,
                                call.id(),
                                CallOutcome.NOT_REACHED,
                                "x".repeat(1001),
                                call.version())));
    assertTrue(tooLong.fieldErrors().containsKey("nextStep"));
    assertTrue(
        assertThrows(
                InvalidInputException.class,
                () ->
                    Staff.CLINICIAN.call(
                        () ->
                            calls()
                                .recordNotReached(
                                    client, call.id(), CallOutcome.REACHED, null, call.version())))
            .fieldErrors()
            .containsKey("outcome"),
        "reached needs the risk check");
    assertTrue(
        assertThrows(
                InvalidInputException.class,
                () ->
                    Staff.CLINICIAN.call(
                        () ->
                            calls()
                                .recordNotReached(
                                    other,
                                    call.id(),
                                    CallOutcome.NOT_REACHED,
                                    null,
                                    call.version())))
            .fieldErrors()
            .containsKey("call"),
        "a call of another client");
    CheckInAnswers unanswered = calm();
    unanswered.setUrge(null);
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class,
            () ->
                Staff.CLINICIAN.call(
                    () ->
                        calls()
                            .recordReached(client, call.id(), unanswered, null, call.version())));
    assertTrue(missing.fieldErrors().containsKey("urge"), missing.fieldErrors().toString());
    assertNull(Staff.CLINICIAN.call(() -> calls().call(client, call.id())).outcome());
    assertEquals(0, probe().checkIns(client), "no check-in recorded");
  }

  @Test
  void aReachedClientAtHighAlertsTheSupervisorsLikeACheckIn() throws Exception {
    long client = dischargedTenDaysAgo("Callhigh");
    FollowUpCallItem call = Staff.CLINICIAN.call(() -> calls().calls(client)).get(1);
    CheckInAnswers answers = calm();
    answers.setSelfHarm(true);
    answers.setSelfHarmOn(today().minusDays(1));
    answers.setMedicalCare(false);
    answers.setContact(ContactMode.IN_SESSION); // a call is a phone check-in whatever is sent
    RecordedCall recorded =
        Staff.CLINICIAN.call(
            () ->
                calls()
                    .recordReached(
                        client,
                        call.id(),
                        answers,
                        "Crisis appointment tomorrow at 9.",
                        call.version()));
    assertEquals(CallOutcome.REACHED, recorded.call().outcome());
    assertNotNull(recorded.checkIn());
    assertEquals(RiskLevel.HIGH, recorded.checkIn().entry().level());
    assertEquals(ContactMode.PHONE, recorded.checkIn().entry().contact());
    assertTrue(recorded.checkIn().alertRaised());
    assertTrue(recorded.checkIn().taskOpened());
    assertEquals(RiskLevel.HIGH, recorded.call().level());
    assertNotNull(recorded.call().checkInId());

    FollowUpService followUps = Services.ejb(FollowUpService.class);
    assertEquals(
        1,
        Staff.SUPERVISOR.call(() -> followUps.openAlerts(0, 100)).stream()
            .filter(a -> a.clientId() == client)
            .count(),
        "the supervisors are alerted");
    assertEquals(
        1,
        Staff.CLINICIAN.call(() -> followUps.myOpenTasks(0, 100)).stream()
            .filter(t -> t.clientId() == client)
            .count(),
        "the clinician owes a plan review, though the client is discharged");
    assertEquals(ClientStatus.DISCHARGED, probe().status(client), "still discharged");
  }

  @Test
  void theDemoHasADischargedClientWithCallsDoneAndOneDueToday() throws Exception {
    long hughes = DischargeFixtures.demoClient("Hughes");
    assertEquals(ClientStatus.DISCHARGED, probe().status(hughes));
    List<FollowUpCallItem> all = Staff.SUPERVISOR.call(() -> calls().calls(hughes));
    assertEquals(5, all.size());
    assertEquals(CallOutcome.REACHED, all.get(0).outcome());
    assertEquals(RiskLevel.LOW, all.get(0).level());
    assertEquals(CallOutcome.MESSAGE_LEFT, all.get(1).outcome());
    assertEquals(today(), all.get(2).due());
    assertNull(all.get(2).outcome());
    assertFalse(all.get(2).missed());
    // on Marcus Lee's dashboard (his client) and the supervisor's
    assertEquals(1, due(Staff.CLINICIAN2, ListScope.OWN_CASELOAD, hughes).size());
    assertEquals(1, due(Staff.SUPERVISOR, ListScope.MY_PROGRAMS, hughes).size());
  }
}
