package org.waypoint.discharge;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.checkin.CheckIn;
import org.waypoint.client.Client;
import org.waypoint.client.ClientStatus;
import org.waypoint.risk.RiskLevel;
import org.waypoint.security.StaffDirectory;

/**
 * Reads a client's discharge and follow-up calls as the editor, the chart and the dashboards show
 * them, for callers that checked access already (the chart, the services of this package).
 */
@Dependent
public class DischargeReader {

  /**
   * The calls' rows: the call, its client, the client's primary clinician's name and the client's
   * program's name (read with the row, not one program per row).
   */
  static final String CALL_ROW = "select f, c, coalesce(u.displayName, u.username), g.name";

  /** Where {@link #CALL_ROW} reads from. */
  static final String CALL_FROM =
      " from FollowUpCall f join Client c on c.id = f.clientId join c.program g"
          + " left join c.primaryClinician u";

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;

  /**
   * @param clientId a client
   * @return the client's open discharge (a draft, or approved and not yet done), else their last
   *     completed one, else {@code null}
   */
  public Discharge current(long clientId) {
    return em.createQuery(
            "select d from Discharge d where d.clientId = :client"
                + " order by case when d.openClientId is null then 1 else 0 end,"
                + " d.completedAt desc, d.id desc",
            Discharge.class)
        .setParameter("client", clientId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * @param clientId a client
   * @return the client's open discharge, or {@code null}
   */
  Discharge open(long clientId) {
    return em.createQuery(
            "select d from Discharge d where d.openClientId = :client", Discharge.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * @param clientIds clients
   * @return per client, the days (center's time zone) safety-plan versions reviewed with the client
   *     were saved
   */
  Map<Long, List<LocalDate>> planReviews(Collection<Long> clientIds) {
    Map<Long, List<LocalDate>> days = new HashMap<>();
    if (clientIds.isEmpty()) {
      return days;
    }
    ZoneId zone = center.timeZone();
    for (Object[] row :
        em.createQuery(
                "select p.clientId, v.savedAt from SafetyPlanVersion v, SafetyPlan p"
                    + " where v.planId = p.id and p.clientId in :clients"
                    + " and v.reviewedWithClient = true",
                Object[].class)
            .setParameter("clients", clientIds)
            .getResultList()) {
      days.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(LocalDate.ofInstant((Instant) row[1], zone));
    }
    return days;
  }

  /**
   * @param clientId a client
   * @param form a plan as typed
   * @return its checklist, evaluated today
   */
  DischargeChecklist.Result checklist(long clientId, DischargeForm form) {
    return DischargeChecklist.evaluate(
        form, planReviews(List.of(clientId)).getOrDefault(clientId, List.of()), today());
  }

  /**
   * @param username a user
   * @param programId a program
   * @return whether the user is assigned to the program
   */
  boolean worksIn(String username, long programId) {
    return em.createQuery(
                "select count(g) from StaffUser s join s.programs g"
                    + " where s.username = :me and g.id = :program",
                Long.class)
            .setParameter("me", username)
            .setParameter("program", programId)
            .getSingleResult()
        > 0;
  }

  /**
   * Why the caller may not approve the draft, or {@code null} when they may.
   *
   * @param d a draft
   * @param client its client
   * @param checklist its checklist
   * @param caller the caller's username
   * @param supervisor whether the caller is a supervisor
   * @return the refusal, in words
   */
  String approvalRefusal(
      Discharge d,
      Client client,
      DischargeChecklist.Result checklist,
      String caller,
      boolean supervisor) {
    if (!supervisor || !worksIn(caller, client.getProgram().getId())) {
      return Wording.text("discharge.approve.supervisorOfProgram");
    }
    if (caller.equals(d.getPreparedBy()) || caller.equals(d.getUpdatedBy())) {
      return Wording.text("discharge.approve.author");
    }
    if (client.getStatus() != ClientStatus.ACTIVE) {
      return Wording.text("discharge.client.notInCare");
    }
    if (!checklist.complete()) {
      return Wording.text("discharge.approve.checklist");
    }
    return null;
  }

  /**
   * @param client the client
   * @param caller the caller's username
   * @param supervisor whether the caller is a supervisor
   * @return the client's open discharge, else their last one, else an empty form to start one
   */
  public DischargeDetail detail(Client client, String caller, boolean supervisor) {
    ZoneId zone = center.timeZone();
    Discharge d = current(client.getId());
    List<LocalDate> reviews =
        planReviews(List.of(client.getId())).getOrDefault(client.getId(), List.of());
    LocalDate lastReview = reviews.stream().max(LocalDate::compareTo).orElse(null);
    if (d == null) {
      DischargeForm form = new DischargeForm();
      return new DischargeDetail(
          client.getId(),
          name(client),
          client.getAdmissionDate(),
          client.getStatus(),
          null,
          0,
          null,
          form,
          List.of(),
          DischargeChecklist.evaluate(form, reviews, today()),
          lastReview,
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          client.getStatus() == ClientStatus.ACTIVE,
          false,
          null,
          false);
    }
    DischargeForm form = d.toForm(zone);
    DischargeChecklist.Result checklist = DischargeChecklist.evaluate(form, reviews, today());
    Set<String> people = new HashSet<>();
    people.add(d.getPreparedBy());
    people.add(d.getUpdatedBy());
    if (d.getApprovedBy() != null) {
      people.add(d.getApprovedBy());
    }
    Map<String, String> names = StaffDirectory.names(em, people);
    boolean draft = d.getState() == DischargeState.DRAFT;
    String refusal = draft ? approvalRefusal(d, client, checklist, caller, supervisor) : null;
    boolean withdrawable =
        d.getState() == DischargeState.APPROVED
            && supervisor
            && client.getStatus() == ClientStatus.ACTIVE
            && worksIn(caller, client.getProgram().getId());
    return new DischargeDetail(
        client.getId(),
        name(client),
        client.getAdmissionDate(),
        client.getStatus(),
        d.getId(),
        d.getVersion(),
        d.getState(),
        form,
        d.getAppointments().stream().map(a -> a.toItem(zone)).toList(),
        checklist,
        lastReview,
        names.getOrDefault(d.getPreparedBy(), d.getPreparedBy()),
        d.getPreparedAt(),
        names.getOrDefault(d.getUpdatedBy(), d.getUpdatedBy()),
        d.getUpdatedAt(),
        d.getApprovedBy() == null ? null : names.getOrDefault(d.getApprovedBy(), d.getApprovedBy()),
        d.getApprovedAt(),
        calls(client.getId(), d.getId()),
        draft && client.getStatus() == ClientStatus.ACTIVE,
        draft && refusal == null,
        refusal,
        withdrawable);
  }

  /**
   * @param clientId a client
   * @param dischargeId only this discharge's calls, or {@code null} for all the client's
   * @return the calls, earliest due first
   */
  List<FollowUpCallItem> calls(long clientId, Long dischargeId) {
    TypedQuery<Object[]> q =
        em.createQuery(
            CALL_ROW
                + CALL_FROM
                + " where f.clientId = :client"
                + (dischargeId == null ? "" : " and f.dischargeId = :discharge")
                + " order by f.dueDate, f.number, f.id",
            Object[].class);
    q.setParameter("client", clientId);
    if (dischargeId != null) {
      q.setParameter("discharge", dischargeId);
    }
    return items(q.getResultList());
  }

  /**
   * @param rows rows of {@code f, c, clinician name, program name} as {@link #CALL_ROW} reads them
   * @return the calls as lists show them, with who recorded them and the check-ins' levels
   */
  List<FollowUpCallItem> items(List<Object[]> rows) {
    LocalDate today = today();
    Set<String> people = new HashSet<>();
    Set<Long> checkIns = new HashSet<>();
    for (Object[] row : rows) {
      FollowUpCall f = (FollowUpCall) row[0];
      if (f.getRecordedBy() != null) {
        people.add(f.getRecordedBy());
      }
      if (f.getCheckInId() != null) {
        checkIns.add(f.getCheckInId());
      }
    }
    Map<String, String> names = StaffDirectory.names(em, people);
    Map<Long, RiskLevel> levels = new HashMap<>();
    if (!checkIns.isEmpty()) {
      for (CheckIn c :
          em.createQuery("select c from CheckIn c where c.id in :ids", CheckIn.class)
              .setParameter("ids", checkIns)
              .getResultList()) {
        levels.put(c.getId(), c.getLevel());
      }
    }
    List<FollowUpCallItem> items = new ArrayList<>();
    for (Object[] row : rows) {
      FollowUpCall f = (FollowUpCall) row[0];
      Client c = (Client) row[1];
      items.add(
          new FollowUpCallItem(
              f.getId(),
              f.getVersion(),
              c.getId(),
              c.getLegalLastName() + ", " + c.getLegalFirstName(),
              c.getMrn(),
              (String) row[3],
              (String) row[2],
              c.getPhone(),
              f.getNumber(),
              f.getDaysAfter(),
              f.getDueDate(),
              FollowUpSchedule.missed(f.getDueDate(), f.getOutcome() != null, today),
              f.getOutcome(),
              f.getNextStep(),
              f.getRecordedBy() == null
                  ? null
                  : names.getOrDefault(f.getRecordedBy(), f.getRecordedBy()),
              f.getRecordedAt(),
              f.getCheckInId(),
              f.getCheckInId() == null ? null : levels.get(f.getCheckInId())));
    }
    return items;
  }

  /**
   * @param client a client
   * @return the name the client goes by with the legal last name
   */
  static String name(Client client) {
    return (client.getPreferredName() != null
            ? client.getPreferredName()
            : client.getLegalFirstName())
        + " "
        + client.getLegalLastName();
  }

  LocalDate today() {
    return LocalDate.now(center.timeZone());
  }
}
