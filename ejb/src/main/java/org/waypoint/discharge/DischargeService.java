package org.waypoint.discharge;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.client.Client;
import org.waypoint.client.ClientStatus;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Roles;
import org.waypoint.security.StaffDirectory;

/**
 * A client's discharge, for the care team: read it with its checklist, save the draft (never over a
 * save made elsewhere), have a supervisor approve it (which schedules the follow-up calls and, on
 * or after the date, discharges the client), and withdraw an approval before the date.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class DischargeService {

  /** The most rows one page of "awaiting approval" lists. */
  public static final int PAGE = 10;

  /** The form's fields in the order the editor shows them, for the order of refusals. */
  private static final List<String> FIELDS =
      List.of(
          "discharge",
          "plannedDate",
          "kind",
          "reason",
          "lethalMeans",
          "crisisResourcesGiven",
          "planReviewedReason",
          "lethalMeansReason",
          "crisisResourcesReason",
          "firstAppointmentReason");

  private static final String AWAITING_FROM =
      " from Discharge d join Client c on c.id = d.clientId"
          + " where d.state = org.waypoint.discharge.DischargeState.DRAFT"
          + " and c.status = org.waypoint.client.ClientStatus.ACTIVE"
          + " and d.preparedBy <> :me and d.updatedBy <> :me"
          + " and c.program.id in (select g.id from StaffUser s join s.programs g"
          + " where s.username = :me)";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private DischargeReader reader;
  @Inject private DueDischarges due;
  @Inject private DischargeWriter writer;

  /**
   * The client's open discharge (a draft or approved one not yet done), else their last completed
   * one, else an empty form to start one; with its checklist evaluated and what the caller may do.
   * On the audit trail as {@code DISCHARGE_VIEW}.
   *
   * @param clientId the client
   * @return the discharge
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.DISCHARGE_VIEW)
  @ClientRecord
  public DischargeDetail open(@ClientId long clientId) {
    return detail(client(clientId));
  }

  /**
   * Evaluates the checklist for a plan as typed, without saving anything (for the editor to show
   * each item as it is filled in). Not on the audit trail.
   *
   * @param clientId the client
   * @param form the plan as typed
   * @return each item met, explained or neither
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord
  public DischargeChecklist.Result evaluate(@ClientId long clientId, DischargeForm form) {
    return reader.checklist(clientId, form);
  }

  /**
   * Saves the draft as typed: starts the client's discharge when {@code dischargeId} is {@code
   * null}, else changes it. Refused, with a message per field and nothing saved, for a missing
   * planned date, kind or reason, a planned date before the admission, an appointment without day,
   * time or provider, in the past or before the planned date, over-long text or control characters;
   * and for a discharge that is not this client's open draft ({@code discharge}).
   *
   * @param clientId the client
   * @param dischargeId the draft, or {@code null} to start one
   * @param version the version the caller's form is based on ({@code 0} to start one)
   * @param form the plan as typed
   * @return the discharge as now saved
   * @throws org.waypoint.kernel.InvalidInputException with a message per refused field
   * @throws org.waypoint.kernel.ConflictException when it was saved elsewhere since {@code
   *     version}, or a discharge was started elsewhere meanwhile
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.DISCHARGE_SAVE)
  @ClientRecord
  public DischargeDetail saveDraft(
      @ClientId long clientId, Long dischargeId, long version, DischargeForm form) {
    // one writer at a time per client: two first saves cannot both start a discharge
    Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
    Refusals refused = Refusals.none();
    if (form == null) {
      throw Refusals.refusal("discharge", Wording.text("discharge.form.required"));
    }
    Discharge d = null;
    if (dischargeId != null) {
      d = em.find(Discharge.class, dischargeId, LockModeType.PESSIMISTIC_WRITE);
      if (d == null || d.getClientId() != clientId) {
        throw Refusals.refusal("discharge", Wording.text("discharge.notThisClient"));
      }
      if (d.getState() != DischargeState.DRAFT) {
        throw Refusals.refusal("discharge", Wording.text("discharge.approved.frozen"));
      }
    } else {
      Discharge open = reader.open(clientId);
      if (open != null) {
        throw new ConflictException(
            Wording.text("discharge.startedElsewhere", staffName(open.getPreparedBy())),
            open.getVersion());
      }
    }
    if (client.getStatus() != ClientStatus.ACTIVE) {
      refused.add("discharge", Wording.text("discharge.client.notInCare"));
    }
    refused.add(validator.validate(form));
    refused.addAll(dateRefusals(client, form));
    refused.inOrder(FIELDS).throwIfAny();
    if (d != null && d.getVersion() != version) {
      throw new ConflictException(
          Wording.text("discharge.savedElsewhere", staffName(d.getUpdatedBy())), d.getVersion());
    }
    Instant now = now();
    String me = me();
    if (d == null) {
      writer.start(clientId, form, zone(), me, now);
    } else {
      d.write(form, zone(), me, now);
    }
    em.flush();
    return detail(client);
  }

  /**
   * Approves the draft: only a supervisor of the client's program, never the one who prepared it or
   * saved it last, and only while the checklist is complete. Freezes the plan, schedules the
   * follow-up calls ({@code waypoint.followup.days} after the planned date) and, when the planned
   * date is today or past, discharges the client at once.
   *
   * @param clientId the client
   * @param dischargeId the draft
   * @param version the version the supervisor read
   * @return the discharge as approved
   * @throws org.waypoint.kernel.InvalidInputException naming why ({@code approval}, or the
   *     checklist items missing)
   * @throws org.waypoint.kernel.ConflictException when it was saved or approved elsewhere since
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.DISCHARGE_APPROVE)
  @ClientRecord
  public DischargeDetail approve(@ClientId long clientId, long dischargeId, long version) {
    Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
    Discharge d = ofClient(clientId, dischargeId, "approval");
    if (d.getState() != DischargeState.DRAFT) {
      throw new ConflictException(
          Wording.text("discharge.approvedAlready", staffName(d.getApprovedBy())), d.getVersion());
    }
    if (d.getVersion() != version) {
      throw new ConflictException(
          Wording.text("discharge.savedElsewhere", staffName(d.getUpdatedBy())), d.getVersion());
    }
    String me = me();
    DischargeChecklist.Result checklist = reader.checklist(clientId, d.toForm(zone()));
    String refusal =
        reader.approvalRefusal(d, client, checklist, me, session.isCallerInRole(Roles.SUPERVISOR));
    if (refusal != null) {
      Refusals refused = Refusals.none().add("approval", refusal);
      for (ChecklistItem item : checklist.missing()) {
        refused.add(DischargeForm.reasonField(item), Wording.text("discharge.checklist.missing"));
      }
      refused.throwIfAny();
    }
    Instant now = now();
    writer.approve(d, center.followUpDays(), me, now);
    em.flush();
    LocalDate today = reader.today();
    if (!d.getPlannedDate().isAfter(today)) {
      due.apply(today, now);
      em.refresh(client);
      em.refresh(d);
    }
    return detail(client);
  }

  /**
   * Withdraws an approval before the discharge date (the client still in care): the plan is a draft
   * again and the follow-up calls not yet made are cancelled. A supervisor of the client's program.
   *
   * @param clientId the client
   * @param dischargeId the approved discharge
   * @param version the version the supervisor read
   * @return the discharge, a draft again
   * @throws org.waypoint.kernel.InvalidInputException when it is not approved or the client is
   *     already discharged
   * @throws org.waypoint.kernel.ConflictException when it changed elsewhere since
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.DISCHARGE_WITHDRAW)
  @ClientRecord
  public DischargeDetail withdraw(@ClientId long clientId, long dischargeId, long version) {
    Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
    Discharge d = ofClient(clientId, dischargeId, "withdrawal");
    if (d.getState() != DischargeState.APPROVED || client.getStatus() != ClientStatus.ACTIVE) {
      throw Refusals.refusal("withdrawal", Wording.text("discharge.withdraw.notApproved"));
    }
    if (d.getVersion() != version) {
      throw new ConflictException(
          Wording.text("discharge.savedElsewhere", staffName(d.getUpdatedBy())), d.getVersion());
    }
    if (!reader.worksIn(me(), client.getProgram().getId())) {
      throw Refusals.refusal("withdrawal", Wording.text("discharge.approve.supervisorOfProgram"));
    }
    d.withdraw();
    em.createQuery(
            "delete from FollowUpCall f where f.dischargeId = :discharge and f.outcome is null")
        .setParameter("discharge", d.getId())
        .executeUpdate();
    em.flush();
    return detail(client);
  }

  /**
   * Drafts awaiting a supervisor's approval in the caller's programs, the soonest planned first
   * (for the supervisors' dashboard). Drafts the caller prepared or saved last are left out (they
   * may not approve them); each row says whether its checklist is complete.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.DISCHARGE_LIST)
  public List<DischargeItem> awaitingApproval(int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    List<Object[]> rows =
        page.applyTo(
                em.createQuery(
                    "select d, c, c.program.name" + AWAITING_FROM + " order by d.plannedDate, d.id",
                    Object[].class))
            .setParameter("me", me())
            .getResultList();
    List<Long> clients = rows.stream().map(r -> ((Client) r[1]).getId()).toList();
    Map<Long, List<LocalDate>> reviews = reader.planReviews(clients);
    Set<String> people = new HashSet<>();
    rows.forEach(r -> people.add(((Discharge) r[0]).getPreparedBy()));
    Map<String, String> names = StaffDirectory.names(em, people);
    LocalDate today = reader.today();
    List<DischargeItem> items = new ArrayList<>();
    for (Object[] row : rows) {
      Discharge d = (Discharge) row[0];
      Client c = (Client) row[1];
      items.add(
          new DischargeItem(
              d.getId(),
              c.getId(),
              c.getLegalLastName() + ", " + c.getLegalFirstName(),
              c.getMrn(),
              (String) row[2],
              d.getPlannedDate(),
              d.getKind(),
              names.getOrDefault(d.getPreparedBy(), d.getPreparedBy()),
              d.getUpdatedAt(),
              DischargeChecklist.evaluate(
                      d.toForm(zone()), reviews.getOrDefault(c.getId(), List.of()), today)
                  .complete()));
    }
    return items;
  }

  /**
   * @return how many rows {@link #awaitingApproval} has
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public long countAwaitingApproval() {
    return em.createQuery("select count(d)" + AWAITING_FROM, Long.class)
        .setParameter("me", me())
        .getSingleResult();
  }

  /**
   * The refusals of the plan's dates: a planned date before the admission; an appointment in the
   * past or on a day before the planned date.
   */
  private Map<String, String> dateRefusals(Client client, DischargeForm form) {
    Refusals refused = Refusals.none();
    LocalDate planned = form.getPlannedDate();
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(center.locale());
    if (planned != null
        && client.getAdmissionDate() != null
        && planned.isBefore(client.getAdmissionDate())) {
      refused.add(
          "plannedDate",
          Wording.text(
              "discharge.plannedDate.beforeAdmission", dates.format(client.getAdmissionDate())));
    }
    LocalDateTime now = LocalDateTime.now(zone());
    List<AppointmentForm> appointments = form.getAppointments();
    for (int i = 0; i < appointments.size(); i++) {
      AppointmentForm a = appointments.get(i);
      if (a == null || a.getDate() == null) {
        continue;
      }
      String field = "appointments[" + i + "].date";
      LocalDateTime at =
          a.getDate().atTime(a.getTime() == null ? java.time.LocalTime.MAX : a.getTime());
      if (at.isBefore(now)) {
        refused.add(field, Wording.text("discharge.appointment.past"));
      } else if (planned != null && a.getDate().isBefore(planned)) {
        refused.add(
            field, Wording.text("discharge.appointment.beforeDischarge", dates.format(planned)));
      }
    }
    return refused.messages();
  }

  private Discharge ofClient(long clientId, long dischargeId, String field) {
    Discharge d = em.find(Discharge.class, dischargeId, LockModeType.PESSIMISTIC_WRITE);
    if (d == null || d.getClientId() != clientId) {
      throw Refusals.refusal(field, Wording.text("discharge.notThisClient"));
    }
    return d;
  }

  private DischargeDetail detail(Client client) {
    return reader.detail(client, me(), session.isCallerInRole(Roles.SUPERVISOR));
  }

  private Client client(long clientId) {
    Client client = em.find(Client.class, clientId);
    if (client == null) {
      throw new org.waypoint.kernel.ClientNotFoundException(clientId);
    }
    return client;
  }

  private String staffName(String username) {
    if (username == null) {
      return "";
    }
    return StaffDirectory.names(em, List.of(username)).getOrDefault(username, username);
  }

  private ZoneId zone() {
    return center.timeZone();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
