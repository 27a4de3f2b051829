package org.waypoint.discharge;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditDetail;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.client.Client;
import org.waypoint.client.Language;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.Roles;
import org.waypoint.report.DischargePlanData;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanVersion;
import org.waypoint.safetyplan.SafetyPlanWriter;
import org.waypoint.security.StaffUser;

/**
 * Prints the client-facing discharge safety plan, for the care team within reach. Every print is on
 * the audit trail.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class DischargePrintService {

  @PersistenceContext private EntityManager em;
  @Inject private CenterSettings center;
  @Inject private DischargeReader reader;
  @Inject private SafetyPlanWriter plans;

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
    ZoneId zone = center.timeZone();
    Client client = em.find(Client.class, clientId);
    if (client == null) {
      throw new ClientNotFoundException(clientId);
    }
    SafetyPlanVersion plan = plans.latest(clientId);
    List<DischargePlanData.Part> parts = new ArrayList<>();
    for (PlanPart part : PlanPart.values()) {
      parts.add(
          new DischargePlanData.Part(
              part.name(),
              plan == null
                  ? List.of()
                  : plan.entries().stream()
                      .filter(e -> e.part() == part)
                      .map(DischargePrintService::entry)
                      .toList()));
    }
    Discharge d = reader.current(clientId);
    List<DischargePlanData.Appointment> appointments =
        d == null
            ? List.of()
            : d.getAppointments().stream()
                .map(
                    a ->
                        new DischargePlanData.Appointment(
                            a.getStartsAt().atZone(zone),
                            a.getProvider(),
                            a.isTelehealth(),
                            a.getAddress(),
                            a.getPhone()))
                .toList();
    StaffUser clinician = client.getPrimaryClinician();
    DischargePlanData data =
        new DischargePlanData(
            center.centerName(),
            center.crisisLine(),
            DischargeReader.name(client),
            client.getDateOfBirth(),
            client.getMrn(),
            d == null ? null : d.getPlannedDate(),
            d == null || d.getState() == DischargeState.DRAFT,
            plan == null ? null : plan.getNumber(),
            plan == null ? null : plan.getSavedAt().atZone(zone),
            parts,
            appointments,
            clinician == null ? null : clinician.getDisplayName(),
            ZonedDateTime.now(zone));
    return new Printed(data, client.getLanguage() == null ? Language.EN : client.getLanguage());
  }

  private static DischargePlanData.Entry entry(PlanEntry e) {
    String detail = e.relationship() != null ? e.relationship() : e.heldBy();
    return new DischargePlanData.Entry(e.text() == null ? "" : e.text(), detail, e.phone());
  }
}
