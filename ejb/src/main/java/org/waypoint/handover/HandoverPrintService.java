package org.waypoint.handover;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.audit.RecordReference;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Shift;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Roles;
import org.waypoint.report.HandoverData;
import org.waypoint.security.StaffDirectory;

/**
 * Prints a shift handover for the staff of its program: the given snapshot (with its
 * acknowledgement) when one exists for the program and shift, else the live contents. Every print
 * is on the audit trail.
 */
@Stateless
@RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class HandoverPrintService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private CenterSettings center;
  @Inject private HandoverStore store;

  /**
   * A printed handover: what the report shows, and which program and handover it is for the audit
   * trail.
   *
   * @param programId the program
   * @param shiftKey the shift's key
   * @param handoverId the given handover, or {@code null} when the live contents were printed
   * @param data what the PDF shows
   */
  public record Printed(long programId, String shiftKey, Long handoverId, HandoverData data)
      implements RecordReference {

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
          + shiftKey
          + (handoverId == null ? ", live contents printed" : ", given handover printed");
    }
  }

  /**
   * The handover of a program for a shift as it prints.
   *
   * @param programId the program
   * @param shiftKey the shift, e.g. {@code 2026-11-30T15:00}, or {@code null} for the shift under
   *     way now
   * @return what the PDF shows (in the center's locale)
   * @throws org.waypoint.kernel.AccessDeniedException when the caller does not work in the program
   *     (or there is no such program)
   * @throws org.waypoint.kernel.InvalidInputException when the shift key is not a configured shift
   */
  @Audited(value = AuditAction.HANDOVER_PRINT, recordType = RecordType.HANDOVER)
  public Printed print(long programId, String shiftKey) {
    Shift shift =
        shiftKey == null || shiftKey.isBlank()
            ? center.shifts().current(Instant.now())
            : center.shifts().parse(shiftKey);
    String me = session.getCallerPrincipal().getName();
    String program = store.checkWorksIn(programId, me);
    Instant now = HandoverStore.now();
    HandoverView view =
        store
            .find(programId, shift)
            .map(h -> store.given(h, program, me, now))
            .orElseGet(() -> store.live(programId, program, shift, me, now));
    HandoverData d = view.data();
    String printedBy = StaffDirectory.names(em, List.of(me)).getOrDefault(me, me);
    HandoverData printed =
        new HandoverData(
            d.centerName(),
            d.program(),
            d.shiftDate(),
            d.shiftStart(),
            d.shiftEnd(),
            d.preparedBy(),
            d.preparedAt(),
            d.census(),
            d.clients(),
            d.acknowledgedBy(),
            d.acknowledgedAt(),
            d.synthesis(),
            now.atZone(center.timeZone()),
            printedBy);
    return new Printed(programId, shift.key(), view.handoverId(), printed);
  }
}
