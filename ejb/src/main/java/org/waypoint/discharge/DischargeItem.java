package org.waypoint.discharge;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A discharge in a list (supervisors' "awaiting approval").
 *
 * @param dischargeId the discharge
 * @param clientId its client
 * @param clientName the client as lists name them ({@code Last, First})
 * @param mrn the client's medical record number
 * @param programName the client's program
 * @param plannedDate the planned date
 * @param kind the kind
 * @param preparedBy who prepared it (display name)
 * @param updatedAt when it was last saved
 * @param checklistComplete whether its checklist is complete, so it can be approved
 */
public record DischargeItem(
    long dischargeId,
    long clientId,
    String clientName,
    String mrn,
    String programName,
    LocalDate plannedDate,
    DischargeKind kind,
    String preparedBy,
    Instant updatedAt,
    boolean checklistComplete)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
