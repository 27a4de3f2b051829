package org.waypoint.discharge;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.Roles;

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
    throw new UnsupportedOperationException();
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
    throw new UnsupportedOperationException();
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
    throw new UnsupportedOperationException();
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
    throw new UnsupportedOperationException();
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
    throw new UnsupportedOperationException();
  }

  /**
   * Drafts awaiting a supervisor's approval in the caller's programs, the soonest planned first
   * (for the supervisors' dashboard). Drafts the caller prepared are left out (they may not approve
   * them).
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.DISCHARGE_LIST)
  public List<DischargeItem> awaitingApproval(int first, int pageSize) {
    throw new UnsupportedOperationException();
  }

  /**
   * @return how many rows {@link #awaitingApproval} has
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public long countAwaitingApproval() {
    throw new UnsupportedOperationException();
  }
}
