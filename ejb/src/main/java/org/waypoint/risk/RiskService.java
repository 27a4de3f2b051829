package org.waypoint.risk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Roles;

/** A client's risk levels, newest first, within the caller's reach. */
@Stateless
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
public class RiskService {

  /** The most assessments one call returns. */
  public static final int MAX_ROWS = 200;

  @Resource private SessionContext session;
  @Inject private RiskReader reader;

  /**
   * @param clientId the client
   * @param max at most this many, newest first
   * @return the client's risk levels, newest first
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.RISK_VIEW)
  @ClientRecord
  public List<RiskEntry> history(@ClientId long clientId, int max) {
    boolean careTeam =
        session.isCallerInRole(Roles.CLINICIAN) || session.isCallerInRole(Roles.SUPERVISOR);
    return reader.history(clientId, max, careTeam);
  }

  /**
   * A later page of the client's risk levels (the chart's first page comes with its read).
   *
   * @param clientId the client
   * @param first the index of the first row
   * @param pageSize how many rows, at most {@link PageRequest#MAX_SIZE}
   * @return the page, newest first
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.RISK_VIEW)
  @ClientRecord
  public List<RiskEntry> page(@ClientId long clientId, int first, int pageSize) {
    boolean careTeam =
        session.isCallerInRole(Roles.CLINICIAN) || session.isCallerInRole(Roles.SUPERVISOR);
    return reader.page(clientId, PageRequest.of(first, pageSize), careTeam);
  }

  /**
   * @param clientId the client
   * @return how many risk levels the client has
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @ClientRecord
  public long count(@ClientId long clientId) {
    return reader.count(clientId);
  }
}
