package org.waypoint.handover;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.List;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.Shift;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Roles;

/**
 * Shift handover for the staff of a program (clinicians and supervisors assigned to it): read the
 * handover of a shift (live until given), give it (a snapshot that never changes), acknowledge it
 * (another staff member, once, with an optional synthesis line), the program's history, and the
 * late handovers of a supervisor's programs. A program outside the caller's programs, or an id that
 * names none, is refused with {@link org.waypoint.kernel.AccessDeniedException}.
 */
@Stateless
@RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class HandoverService {

  /** The field of the receiver's synthesis line. */
  public static final String SYNTHESIS_FIELD = "synthesis";

  /** The most characters of the synthesis line. */
  public static final int SYNTHESIS_LIMIT = 500;

  /** The field a refusal of giving or acknowledging itself (not of the synthesis) is about. */
  public static final String HANDOVER_FIELD = "handover";

  /** The field a refused shift key is reported on. */
  public static final String SHIFT_FIELD = org.waypoint.center.ShiftSchedule.SHIFT_FIELD;

  /**
   * @return the programs the caller may hand over (those they are assigned to), by name
   */
  public List<HandoverProgram> programs() {
    throw new UnsupportedOperationException();
  }

  /**
   * @param shiftKey a shift key such as {@code 2026-11-30T15:00}, or {@code null} or blank for the
   *     shift under way now
   * @return the shift it names
   * @throws org.waypoint.kernel.InvalidInputException (field {@value #SHIFT_FIELD}) when the key is
   *     not the start of a configured shift
   */
  public Shift shift(String shiftKey) {
    throw new UnsupportedOperationException();
  }

  /**
   * The handover of a program for a shift, as the screen shows it: the stored snapshot when it has
   * been given, else the contents read now. On the audit trail as one view of the handover.
   *
   * @param programId the program
   * @param shiftKey the shift that is starting, or {@code null} for the shift under way now
   * @return the handover
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   *     (or there is no such program)
   * @throws org.waypoint.kernel.InvalidInputException when the shift key is not a configured shift
   */
  @Audited(value = AuditAction.HANDOVER_VIEW, recordType = RecordType.HANDOVER)
  public HandoverView read(long programId, String shiftKey) {
    throw new UnsupportedOperationException();
  }

  /**
   * A given handover, by its id (e.g. from the history). On the audit trail as a view of it.
   *
   * @param handoverId the handover
   * @return the handover, its snapshot with the acknowledgement
   * @throws HandoverNotFoundException when there is no such handover
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in its program
   */
  @Audited(value = AuditAction.HANDOVER_VIEW, recordType = RecordType.HANDOVER)
  public HandoverView open(@RecordId long handoverId) {
    throw new UnsupportedOperationException();
  }

  /**
   * Gives the handover of a program for a shift: stores what it shows at this moment, which never
   * changes afterwards.
   *
   * @param programId the program
   * @param shiftKey the shift that is starting: the current or the next one
   * @return the handover as given
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   * @throws org.waypoint.kernel.InvalidInputException when the key is not a configured shift (field
   *     {@value #SHIFT_FIELD}), or the shift is neither the current nor the next one (field {@value
   *     #HANDOVER_FIELD}); nothing is saved
   * @throws org.waypoint.kernel.ConflictException when a handover was given already for the program
   *     and shift (the message names who gave it)
   */
  @Audited(value = AuditAction.HANDOVER_GIVE, recordType = RecordType.HANDOVER)
  public HandoverView give(long programId, String shiftKey) {
    throw new UnsupportedOperationException();
  }

  /**
   * Acknowledges a given handover as its receiver, with an optional synthesis line. Done once: a
   * second acknowledgement by the same person (a double click) returns the first unchanged.
   *
   * @param handoverId the handover
   * @param synthesis the receiver's own summary, at most {@value #SYNTHESIS_LIMIT} characters, or
   *     {@code null}/blank for none; stored exactly as typed
   * @return the handover, acknowledged
   * @throws HandoverNotFoundException when there is no such handover
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in its program
   * @throws org.waypoint.kernel.InvalidInputException when the synthesis is too long or holds a
   *     control character (field {@value #SYNTHESIS_FIELD}), or the caller gave the handover (field
   *     {@value #HANDOVER_FIELD}); nothing is saved
   * @throws org.waypoint.kernel.ConflictException when someone else acknowledged it already (the
   *     message names them)
   */
  @Audited(value = AuditAction.HANDOVER_ACKNOWLEDGE, recordType = RecordType.HANDOVER)
  public HandoverView acknowledge(@RecordId long handoverId, String synthesis) {
    throw new UnsupportedOperationException();
  }

  /**
   * The handovers given for a program, newest shift first.
   *
   * @param programId the program
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   */
  public List<HandoverSummary> history(long programId, int first, int pageSize) {
    throw new UnsupportedOperationException();
  }

  /**
   * @param programId the program
   * @return how many handovers {@link #history} pages through
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   */
  public long countHistory(long programId) {
    throw new UnsupportedOperationException();
  }

  /**
   * The late handovers of the caller's programs, for the supervisors' dashboard: a shift under way
   * for more than an hour without a handover while the program has clients, and handovers of the
   * last 24 hours not acknowledged within an hour of their shift's start. Oldest shift first.
   *
   * @return the late handovers
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<LateHandover> late() {
    throw new UnsupportedOperationException();
  }
}
