package org.waypoint.discharge;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.waypoint.access.ListScope;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.Roles;

/**
 * Follow-up calls after a discharge (caring contacts), for the care team: a client's calls, the
 * calls due today or missed for the dashboards, and recording each call once with its outcome. A
 * reached client's brief risk check is a phone check-in, recorded in the same transaction, so its
 * alert and review task are exactly a check-in's.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class FollowUpCallService {

  /** The most calls one dashboard page lists. */
  public static final int PAGE = 10;

  /**
   * @param clientId the client
   * @return the client's follow-up calls, earliest due first (all discharges')
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_CALL_LIST)
  @ClientRecord
  public List<FollowUpCallItem> calls(@ClientId long clientId) {
    throw new UnsupportedOperationException();
  }

  /**
   * One call of the client (the check-in page's "follow-up call" heading).
   *
   * @param clientId the client
   * @param callId the call
   * @return the call
   * @throws org.waypoint.kernel.NotFoundException when the client has no such call
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord
  public FollowUpCallItem call(@ClientId long clientId, long callId) {
    throw new UnsupportedOperationException();
  }

  /**
   * Calls not recorded that are due today or missed (due earlier), of discharged clients: for the
   * caller's own caseload, or (supervisors) their programs. The earliest due first.
   *
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_CALL_LIST)
  public List<FollowUpCallItem> due(ListScope scope, int first, int pageSize) {
    throw new UnsupportedOperationException();
  }

  /**
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @return how many rows {@link #due} has
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countDue(ListScope scope) {
    throw new UnsupportedOperationException();
  }

  /**
   * @param scope the caller's own caseload, or (supervisors) their programs
   * @return how many of {@link #due}'s rows are missed (due before today)
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countMissed(ListScope scope) {
    throw new UnsupportedOperationException();
  }

  /**
   * Records a call on which the client was reached, with the brief risk check as a phone check-in
   * ({@code ContactMode.PHONE}, whatever the answers say): the risk rules, the alert to supervisors
   * at High or Imminent and the review task are exactly a check-in's. All in one transaction:
   * nothing is saved when an answer or the next step is refused.
   *
   * @param clientId the client
   * @param callId the call
   * @param answers the check-in's answers
   * @param nextStep the next step, or {@code null} (at most 1,000 characters)
   * @param version the call's version the caller read
   * @return the call as recorded, with the check-in and what it set going
   * @throws org.waypoint.kernel.InvalidInputException with a message per refused field (the
   *     check-in's fields, {@code nextStep}, or {@code call} when it is not this client's or is
   *     already recorded)
   * @throws org.waypoint.kernel.ConflictException when it was recorded elsewhere meanwhile
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_CALL_RECORD)
  @ClientRecord
  public RecordedCall recordReached(
      @ClientId long clientId, long callId, CheckInAnswers answers, String nextStep, long version) {
    throw new UnsupportedOperationException();
  }

  /**
   * Records a call on which the client was not reached: a message left, or not reached.
   *
   * @param clientId the client
   * @param callId the call
   * @param outcome {@link CallOutcome#MESSAGE_LEFT} or {@link CallOutcome#NOT_REACHED}
   * @param nextStep the next step, or {@code null} (at most 1,000 characters)
   * @param version the call's version the caller read
   * @return the call as recorded
   * @throws org.waypoint.kernel.InvalidInputException with a message per refused field ({@code
   *     outcome}, {@code nextStep}, or {@code call})
   * @throws org.waypoint.kernel.ConflictException when it was recorded elsewhere meanwhile
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FOLLOW_UP_CALL_RECORD)
  @ClientRecord
  public RecordedCall recordNotReached(
      @ClientId long clientId, long callId, CallOutcome outcome, String nextStep, long version) {
    throw new UnsupportedOperationException();
  }
}
