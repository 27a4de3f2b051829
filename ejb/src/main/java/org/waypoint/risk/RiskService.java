package org.waypoint.risk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.Wording;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Roles;
import org.waypoint.security.StaffDirectory;

/** A client's risk levels, newest first, within the caller's reach. */
@Stateless
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
public class RiskService {

  /** The most assessments one call returns. */
  public static final int MAX_ROWS = 200;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /**
   * @param clientId the client
   * @param max at most this many, newest first
   * @return the client's risk levels, newest first
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.RISK_VIEW)
  @ClientRecord
  public List<RiskEntry> history(@ClientId long clientId, int max) {
    List<RiskAssessment> rows =
        em.createQuery(
                "select a from RiskAssessment a where a.clientId = :client"
                    + " order by a.assessedAt desc, a.id desc",
                RiskAssessment.class)
            .setParameter("client", clientId)
            .setMaxResults(PageRequest.of(0, max, MAX_ROWS).size())
            .getResultList();
    var names = StaffDirectory.names(em, rows.stream().map(RiskAssessment::getAssessedBy).toList());
    // intake staff see levels, and the reasons of the screening they ran, but no clinical detail
    boolean careTeam =
        session.isCallerInRole(Roles.CLINICIAN) || session.isCallerInRole(Roles.SUPERVISOR);
    return rows.stream()
        .map(
            a ->
                new RiskEntry(
                    a.getLevel(),
                    careTeam || a.getSource() == RiskSource.INTAKE_SCREENING
                        ? a.getReasons()
                        : List.of(Wording.text("risk.reasons.careTeamOnly")),
                    a.getSource(),
                    a.getAssessedAt(),
                    names.getOrDefault(a.getAssessedBy(), a.getAssessedBy())))
        .toList();
  }
}
