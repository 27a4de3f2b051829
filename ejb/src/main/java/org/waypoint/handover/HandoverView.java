package org.waypoint.handover;

import java.time.Instant;
import org.waypoint.audit.RecordReference;
import org.waypoint.center.Shift;
import org.waypoint.report.HandoverData;

/**
 * A handover as the screen shows it: for one program and shift, either the live contents (not given
 * yet) or the snapshot stored when it was given, with its acknowledgement.
 *
 * @param programId the program
 * @param programName its name
 * @param shift the shift that is starting (the one the receiver works)
 * @param handoverId the given handover's id, or {@code null} while not given
 * @param givenBy the giver's display name, or {@code null} while not given
 * @param givenAt when it was given, or {@code null}
 * @param acknowledgedBy the receiver's display name, or {@code null} while not acknowledged
 * @param acknowledgedAt when it was acknowledged, or {@code null}
 * @param synthesis the receiver's own summary line, or {@code null}
 * @param late whether it is late: not given, or given and not acknowledged, more than an hour after
 *     the shift started
 * @param mayGive whether the caller may give it now (not given yet; the shift is the current or the
 *     next one; the caller works in the program)
 * @param mayAcknowledge whether the caller may acknowledge it (given, not acknowledged, and the
 *     caller is not its giver)
 * @param givenByCaller whether the caller gave it (the giver is refused if they try to acknowledge)
 * @param data the contents: live when not given, else the snapshot with the acknowledgement filled
 *     in
 */
public record HandoverView(
    long programId,
    String programName,
    Shift shift,
    Long handoverId,
    String givenBy,
    Instant givenAt,
    String acknowledgedBy,
    Instant acknowledgedAt,
    String synthesis,
    boolean late,
    boolean mayGive,
    boolean mayAcknowledge,
    boolean givenByCaller,
    HandoverData data)
    implements RecordReference {

  /**
   * @return whether it has been given
   */
  public boolean given() {
    return handoverId != null;
  }

  /**
   * @return whether it has been acknowledged
   */
  public boolean acknowledged() {
    return acknowledgedAt != null;
  }

  @Override
  public long recordId() {
    return handoverId == null ? 0 : handoverId;
  }

  @Override
  public boolean identified() {
    return handoverId != null;
  }

  @Override
  public String auditDetail() {
    return "program "
        + programId
        + ", shift "
        + shift.key()
        + (handoverId == null ? ", live contents" : acknowledged() ? ", acknowledged" : ", given");
  }
}
