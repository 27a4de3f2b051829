package org.waypoint.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.security.Roles;
import org.waypoint.web.client.ClientLazyModel;

/**
 * The dashboard: a clinician's caseload, the referrals waiting for intake, a supervisor's census
 * per program, an administrator's programs. Each part shows only for the roles it serves.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * One program's census.
   *
   * @param program the program
   * @param active active clients
   * @param referred referrals not yet admitted
   */
  public record ProgramCensus(ProgramOption program, long active, long referred)
      implements Serializable {}

  @EJB private ClientService clients;
  @EJB private ProgramService programService;

  /** MultiViews sends any unknown path here, as the welcome page, with the path as parameters. */
  @Inject
  @Param(pathIndex = 0)
  private String unknownPath;

  private ClientLazyModel caseload;
  private ClientLazyModel referrals;
  private List<ProgramCensus> census = List.of();
  private List<ProgramOption> programs = List.of();

  @PostConstruct
  void init() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    boolean registry =
        external.isUserInRole(Roles.INTAKE)
            || external.isUserInRole(Roles.CLINICIAN)
            || external.isUserInRole(Roles.SUPERVISOR);
    if (external.isUserInRole(Roles.CLINICIAN)) {
      caseload =
          new ClientLazyModel(
              clients,
              () ->
                  new ClientQuery(null, null, ClientStatus.ACTIVE, ClientQuery.SortBy.NAME, true));
    }
    if (external.isUserInRole(Roles.INTAKE) || external.isUserInRole(Roles.SUPERVISOR)) {
      referrals =
          new ClientLazyModel(
              clients,
              () ->
                  new ClientQuery(
                      null, null, ClientStatus.REFERRED, ClientQuery.SortBy.NAME, true));
    }
    programs = programService.programs();
    if (registry && external.isUserInRole(Roles.SUPERVISOR)) {
      census =
          programs.stream()
              .map(
                  p ->
                      new ProgramCensus(
                          p,
                          clients.count(programQuery(p, ClientStatus.ACTIVE)),
                          clients.count(programQuery(p, ClientStatus.REFERRED))))
              .toList();
    }
  }

  /** Answers 404 for an address that names no page, rather than showing the dashboard there. */
  public void refuseUnknownPath() throws IOException {
    if (unknownPath != null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such page");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private static ClientQuery programQuery(ProgramOption program, ClientStatus status) {
    return new ClientQuery(null, program.id(), status, ClientQuery.SortBy.NAME, true);
  }

  public ClientLazyModel getCaseload() {
    return caseload;
  }

  public ClientLazyModel getReferrals() {
    return referrals;
  }

  public List<ProgramCensus> getCensus() {
    return census;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }
}
