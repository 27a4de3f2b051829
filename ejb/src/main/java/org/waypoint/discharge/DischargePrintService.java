package org.waypoint.discharge;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.util.Locale;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditDetail;
import org.waypoint.audit.Audited;
import org.waypoint.client.Language;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.Roles;
import org.waypoint.report.DischargePlanData;

/**
 * Prints the client-facing discharge safety plan, for the care team within reach. Every print is on
 * the audit trail.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class DischargePrintService {

  /**
   * A printed discharge plan: what the report shows, and in which language.
   *
   * @param data what the PDF shows
   * @param language the client's preferred language
   */
  public record Printed(DischargePlanData data, Language language)
      implements Serializable, AuditDetail {
    private static final long serialVersionUID = 1L;

    /**
     * @return the locale to render it in: Spanish for a Spanish-speaking client, else English
     */
    public Locale locale() {
      return language == Language.ES ? Locale.forLanguageTag("es") : Locale.ENGLISH;
    }

    @Override
    public String auditDetail() {
      return (data.draft() ? "draft printed" : "printed")
          + " in "
          + language.name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The client's discharge safety plan: the current safety plan version's seven parts in the
   * client's words, the crisis numbers, the aftercare appointments of the client's open (or last)
   * discharge, a draft until a supervisor approved it. Works without a discharge too (no date, no
   * appointments, draft).
   *
   * @param clientId the client
   * @return what the PDF shows, and the client's language
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.DISCHARGE_PLAN_PRINT)
  @ClientRecord
  public Printed print(@ClientId long clientId) {
    throw new UnsupportedOperationException();
  }
}
