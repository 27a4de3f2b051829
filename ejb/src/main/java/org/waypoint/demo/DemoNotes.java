package org.waypoint.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.waypoint.checkin.CheckIn;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.checkin.CheckInWriter;
import org.waypoint.checkin.ContactMode;
import org.waypoint.client.Client;
import org.waypoint.note.Intervention;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFormat;
import org.waypoint.note.NoteReader;
import org.waypoint.note.NoteReview;
import org.waypoint.note.NoteWriter;
import org.waypoint.note.SessionNote;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.security.StaffUser;

/**
 * Session notes for the demo center, in every state, so each screen has something real on first
 * start: Patel's chart (Dana Whitfield's residential client) has signed SOAP, DAP and BIRP notes,
 * one a late entry, one with two addenda, and today's draft; Marcus Lee ({@code clinician2}) needs
 * co-signature, and has a note waiting for it, one co-signed and one returned with its new draft;
 * two drafts have been left for days; an IOP group session has three attendees; and Xu had a
 * check-in today with no note yet. The clients chosen are ones no browser test changes or counts
 * (docs/development.md, "Tests").
 */
@Dependent
public class DemoNotes {

  private static final String DANA = "clinician";
  private static final String MARCUS = "clinician2";
  private static final String RENEE = "supervisor";

  @PersistenceContext private EntityManager em;
  @Inject private NoteWriter notes;
  @Inject private NoteReader reader;
  @Inject private CheckInWriter checkIns;

  private ZoneId zone;
  private LocalDate today;

  /**
   * Writes the demo notes, after the clients, their check-ins and plans.
   *
   * @param now the time now
   * @param zone the center's time zone
   */
  void write(Instant now, ZoneId zone) {
    this.zone = zone;
    this.today = LocalDate.ofInstant(now, zone);
    // clinicians in training: Marcus's signed notes wait for a supervisor
    staff(MARCUS).setNeedsCoSignature(true);
    em.flush();
    patel(now);
    coSignature(now);
    staleDrafts();
    group();
    contactWithoutNote(now);
  }

  /** Dana's notes on Patel: three signed over the last weeks, and today's draft. */
  private void patel(Instant now) {
    Client patel = client("Patel");
    LocalDate first = today.minusDays(20);
    NoteContent soap = contact(first, 11, 0, 50, Modality.INDIVIDUAL, NoteFormat.SOAP);
    soap.setText(
        NoteField.SUBJECTIVE,
        "Client said the first weeks on the unit have been \"loud but okay\". Sleeping about six"
            + " hours. Urges to cut come mostly in the evening, after phone calls home.");
    soap.setText(
        NoteField.OBJECTIVE,
        "Alert, on time, good eye contact. Spoke quietly but readily. Forearms healing, no new"
            + " marks reported by nursing this week.");
    soap.setText(
        NoteField.ASSESSMENT,
        "Settling into the program. Evening calls home are the clearest trigger so far. Uses the"
            + " coping list when reminded; not yet on their own.");
    soap.setText(
        NoteField.PLAN,
        "Practice paced breathing before the evening call. Review the coping list together at the"
            + " next session. Continue every-15-minute checks per the unit's plan.");
    soap.setInterventions(EnumSet.of(Intervention.CBT, Intervention.SAFETY_PLAN_REVIEW));
    soap.setNextAppointmentDate(first.plusDays(7));
    soap.setNextAppointmentTime(LocalTime.of(11, 0));
    link(soap, patel);
    notes.signed(patel.getId(), DANA, soap, at(first, 11, 0), at(first, 13, 10));

    // signed two days after the contact: a late entry
    LocalDate second = today.minusDays(13);
    NoteContent dap = contact(second, 14, 0, 45, Modality.FAMILY, NoteFormat.DAP);
    dap.setText(
        NoteField.DATA,
        "Family session with the client and their father by video. Both described the arguments"
            + " at home as the hardest part of the week. Client asked that calls end when voices"
            + " get raised, and father agreed to try.");
    dap.setText(
        NoteField.ASSESSMENT,
        "Both want the calls to go better and listened to each other. Client was able to name"
            + " the urge during the session and stay with the conversation.");
    dap.setText(
        NoteField.PLAN,
        "Agreed signal to pause a call. Family session again in two weeks. Client adds the father"
            + " to the safety plan's people to ask, if still wanted next week.");
    dap.setInterventions(
        EnumSet.of(Intervention.DBT_SKILLS, Intervention.MOTIVATIONAL_INTERVIEWING));
    dap.setNextAppointmentDate(second.plusDays(14));
    dap.setNextAppointmentTime(LocalTime.of(14, 0));
    link(dap, patel);
    notes.signed(patel.getId(), DANA, dap, at(second, 14, 0), at(second.plusDays(2), 9, 30));

    // two addenda: one by the author, one by the supervisor
    LocalDate third = today.minusDays(6);
    NoteContent birp = contact(third, 10, 30, 50, Modality.INDIVIDUAL, NoteFormat.BIRP);
    birp.setText(
        NoteField.BEHAVIOR,
        "Client came in tired and said the weekend pass felt long. Rated urges 5 out of 10 on"
            + " Saturday night; did not act on them.");
    birp.setText(
        NoteField.INTERVENTION,
        "Went through the weekend hour by hour. Practiced the TIPP skill with cold water in the"
            + " session. Reviewed the warning signs on the safety plan.");
    birp.setText(
        NoteField.RESPONSE,
        "Engaged, and said the cold water \"took the edge off faster than expected\". Could name"
            + " two warning signs ahead of Saturday night.");
    birp.setText(
        NoteField.PLAN,
        "Try the skill on the next pass and write down what helped. Next session in one week.");
    birp.setInterventions(EnumSet.of(Intervention.DBT_SKILLS, Intervention.SAFETY_PLAN_REVIEW));
    birp.setNextAppointmentDate(third.plusDays(7));
    birp.setNextAppointmentTime(LocalTime.of(10, 30));
    link(birp, patel);
    SessionNote withAddenda =
        notes.signed(patel.getId(), DANA, birp, at(third, 10, 30), at(third, 15, 40));
    em.flush();
    notes.addendum(
        withAddenda,
        "Client called the next morning to add that their sister spent Saturday evening with"
            + " them, which helped. She is willing to be on the safety plan.",
        "Client added information after the session",
        DANA,
        at(third.plusDays(1), 9, 15));
    notes.addendum(
        withAddenda,
        "Reviewed in supervision. Agree with the plan; add the sister to the safety plan at the"
            + " next review, with the client's consent.",
        "Supervisor's review",
        RENEE,
        at(third.plusDays(2), 16, 0));

    // today's session, still being written: the chart offers it
    LocalDateTime started =
        LocalDateTime.ofInstant(now.minus(90, ChronoUnit.MINUTES), zone)
            .truncatedTo(ChronoUnit.MINUTES);
    NoteContent draft = new NoteContent();
    draft.setContactDate(started.toLocalDate());
    draft.setStartTime(started.toLocalTime());
    draft.setModality(Modality.INDIVIDUAL);
    draft.setFormat(NoteFormat.SOAP);
    draft.setText(
        NoteField.SUBJECTIVE,
        "Client said they cut after an argument at home and had not told anyone until the"
            + " check-in today. Said they felt relieved to have said it.");
    draft.setText(
        NoteField.OBJECTIVE,
        "Tearful at first, then calmer. Wound on the left forearm seen by nursing, dressed.");
    link(draft, patel);
    notes.draft(patel.getId(), DANA, draft, now.minus(30, ChronoUnit.MINUTES));
  }

  /**
   * Marcus's notes: one waiting for co-signature, one co-signed, one returned with its new draft.
   */
  private void coSignature(Instant now) {
    Client nguyen = client("Nguyen");
    LocalDate waiting = today.minusDays(2);
    NoteContent soap = contact(waiting, 13, 0, 50, Modality.INDIVIDUAL, NoteFormat.SOAP);
    soap.setText(
        NoteField.SUBJECTIVE,
        "Client said the program days feel shorter now. Has not self-harmed since admission and"
            + " wants to keep it that way before going back to work.");
    soap.setText(
        NoteField.OBJECTIVE,
        "Relaxed, joked about the group snacks. Thoughts clear and organized.");
    soap.setText(
        NoteField.ASSESSMENT,
        "Steady progress. Worry about returning to work is the main stressor to plan for.");
    soap.setText(
        NoteField.PLAN,
        "Write a return-to-work plan together next session, with the coping steps for a hard"
            + " shift.");
    soap.setInterventions(EnumSet.of(Intervention.CBT));
    notes.signed(nguyen.getId(), MARCUS, soap, at(waiting, 13, 0), at(waiting, 15, 5));

    Client quinn = client("Quinn");
    LocalDate coSigned = today.minusDays(5);
    NoteContent dap = contact(coSigned, 11, 0, 45, Modality.INDIVIDUAL, NoteFormat.DAP);
    dap.setText(
        NoteField.DATA,
        "Client reported two calm days and one hard evening, when they used the ice cubes and"
            + " called a friend instead of harming.");
    dap.setText(
        NoteField.ASSESSMENT,
        "Using the safety plan on their own for the first time. Confidence is growing.");
    dap.setText(
        NoteField.PLAN, "Keep a short log of urges and what helped; bring it to the next session.");
    dap.setInterventions(EnumSet.of(Intervention.DBT_SKILLS, Intervention.SAFETY_PLAN_REVIEW));
    SessionNote quinnNote =
        notes.signed(quinn.getId(), MARCUS, dap, at(coSigned, 11, 0), at(coSigned, 13, 0));
    em.flush();
    notes.review(
        quinnNote, NoteReview.Decision.CO_SIGNED, RENEE, at(coSigned.plusDays(1), 9, 15), null);

    Client walker = client("Walker");
    LocalDate returnedDay = today.minusDays(3);
    NoteContent birp = contact(returnedDay, 15, 0, 50, Modality.INDIVIDUAL, NoteFormat.BIRP);
    birp.setText(
        NoteField.BEHAVIOR,
        "Client was quiet and said the week was \"fine\". Left early for a ride home.");
    birp.setText(NoteField.INTERVENTION, "Check-in on the week; reviewed the coping list.");
    birp.setText(NoteField.RESPONSE, "Short answers.");
    birp.setText(NoteField.PLAN, "Continue as planned.");
    birp.setInterventions(EnumSet.of(Intervention.SAFETY_PLAN_REVIEW));
    SessionNote walkerNote =
        notes.signed(walker.getId(), MARCUS, birp, at(returnedDay, 15, 0), at(returnedDay, 17, 0));
    em.flush();
    Instant returned = now.minus(20, ChronoUnit.HOURS);
    notes.review(
        walkerNote,
        NoteReview.Decision.RETURNED,
        RENEE,
        returned,
        "Please say what the client's urges and risk looked like this week, and what the plan is"
            + " for the early leaving; \"continue as planned\" does not tell the next reader"
            + " enough.");
    em.flush();
    notes.revision(walkerNote, returned.plus(5, ChronoUnit.MINUTES));
  }

  /**
   * Dana's drafts left for a while: one for more than 72 hours (the supervisor's list), one for
   * more than 24 (flagged on her dashboard).
   */
  private void staleDrafts() {
    LocalDate fourDaysAgo = today.minusDays(4);
    NoteContent old = contact(fourDaysAgo, 9, 0, 50, Modality.INDIVIDUAL, NoteFormat.SOAP);
    old.setText(
        NoteField.SUBJECTIVE,
        "Client said the new medication makes mornings slow, and asked to move sessions later.");
    old.setText(NoteField.OBJECTIVE, "Yawning, but followed the conversation well.");
    notes.draft(client("Vasquez").getId(), DANA, old, at(fourDaysAgo, 10, 20));

    LocalDate twoDaysAgo = today.minusDays(2);
    NoteContent recent = contact(twoDaysAgo, 16, 0, 50, Modality.PHONE, NoteFormat.DAP);
    recent.setText(
        NoteField.DATA,
        "Phone call after the client missed group. Said they overslept and felt embarrassed to"
            + " come in late.");
    notes.draft(client("García").getId(), DANA, recent, at(twoDaysAgo, 17, 0));
  }

  /** A signed IOP group session with three attendees, each with their own part. */
  private void group() {
    Client ibrahim = client("Ibrahim");
    Client lopez = client("Lopez");
    Client obrien = client("O'Brien");
    LocalDate day = today.minusDays(3);
    Map<Long, NoteContent> attendees = new LinkedHashMap<>();
    attendees.put(
        ibrahim.getId(),
        part(
            "Shared a recent evening when the urge passed after a walk. Offered encouragement to"
                + " others.",
            "Confident with the skill and able to explain it. Low risk today.",
            "Keep the walk at the top of the coping list."));
    attendees.put(
        lopez.getId(),
        part(
            "Listened for most of the session and spoke near the end about urges at work.",
            "Engaged more than last week. Work is the main trigger to plan for.",
            "Bring one work situation to individual session to plan the first ten minutes."));
    attendees.put(
        obrien.getId(),
        part(
            "Said the breathing exercise felt awkward but tried it twice in the group.",
            "Willing to practice despite discomfort. No new self-harm reported.",
            "Practice the breathing once a day, even when calm."));
    LinkedHashSet<String> facilitators = new LinkedHashSet<>(List.of(DANA, RENEE));
    notes.group(
        ibrahim.getProgram().getId(),
        DANA,
        facilitators,
        "Riding out an urge: the first ten minutes",
        day,
        LocalTime.of(13, 0),
        LocalTime.of(14, 30),
        "Skills group. We talked about how urges rise, peak and pass, and practiced three things"
            + " to do in the first ten minutes: cold water, paced breathing and stepping outside."
            + " Each member picked one to try this week.",
        attendees,
        at(day, 13, 0),
        at(day, 16, 0));
  }

  /** A check-in of Dana's with Xu today, and no note for it yet. */
  private void contactWithoutNote(Instant now) {
    Client xu = client("Xu");
    Instant at = now.minus(25, ChronoUnit.MINUTES);
    Instant midnight = today.atStartOfDay(zone).toInstant();
    if (at.isBefore(midnight)) {
      at = midnight;
    }
    CheckInAnswers a = new CheckInAnswers();
    a.setContact(ContactMode.IN_SESSION);
    a.setSelfHarm(false);
    a.setUrge(2);
    for (WarningSign sign : WarningSign.values()) {
      a.rate(sign, 1);
    }
    a.setSubstanceUse(SubstanceUse.NONE);
    a.setMeansAccess(false);
    a.setWishDead(false);
    a.setThoughts(false);
    a.setBehavior(false);
    a.setSupportContacted(true);
    a.setClientWords("Better week. I used my list twice and it worked.");
    checkIns.write(xu, a, null, at, DANA, today);
  }

  /** An attendee's own part of a group note: DAP. */
  private static NoteContent part(String data, String assessment, String plan) {
    NoteContent c = new NoteContent();
    c.setFormat(NoteFormat.DAP);
    c.setText(NoteField.DATA, data);
    c.setText(NoteField.ASSESSMENT, assessment);
    c.setText(NoteField.PLAN, plan);
    c.setInterventions(EnumSet.of(Intervention.DBT_SKILLS));
    return c;
  }

  private static NoteContent contact(
      LocalDate day, int hour, int minute, int length, Modality modality, NoteFormat format) {
    NoteContent c = new NoteContent();
    c.setContactDate(day);
    c.setStartTime(LocalTime.of(hour, minute));
    c.setEndTime(LocalTime.of(hour, minute).plusMinutes(length));
    c.setModality(modality);
    c.setFormat(format);
    return c;
  }

  /**
   * Links the client's latest check-in of the contact's day that came before its end, as the editor
   * offers; when that check-in was High or Imminent and the plan was not reviewed, the note says
   * why, as signing requires.
   */
  private void link(NoteContent c, Client client) {
    LocalTime end = c.getEndTime() == null ? LocalTime.MAX : c.getEndTime();
    Instant from = c.getContactDate().atStartOfDay(zone).toInstant();
    Instant to = c.getContactDate().atTime(end).atZone(zone).toInstant();
    CheckIn checkIn =
        em.createQuery(
                "select c from CheckIn c where c.clientId = :client and c.recordedAt >= :from"
                    + " and c.recordedAt < :to order by c.recordedAt desc",
                CheckIn.class)
            .setParameter("client", client.getId())
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (checkIn == null) {
      return;
    }
    c.setCheckInId(checkIn.getId());
    c.setRiskLevel(checkIn.getLevel());
    if (c.getEndTime() == null) {
      return; // a draft: the gate is for signing
    }
    NoteDetail.PlanGate gate =
        reader.planGate(
            client.getId(),
            c,
            List.of(
                new NoteDetail.ContactCheckIn(
                    checkIn.getId(), checkIn.getRecordedAt(), checkIn.getLevel())),
            zone);
    if (gate.applies() && !gate.reviewed()) {
      c.setPlanGateReason(
          "Went through the plan's warning signs and coping steps together; the client felt it"
              + " still fits, so no new version was saved.");
    }
  }

  private Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(zone).toInstant();
  }

  private Client client(String lastName) {
    return em.createQuery("select c from Client c where c.legalLastName = :n", Client.class)
        .setParameter("n", lastName)
        .getSingleResult();
  }

  private StaffUser staff(String username) {
    return em.createQuery("select u from StaffUser u where u.username = :u", StaffUser.class)
        .setParameter("u", username)
        .getSingleResult();
  }
}
