package org.waypoint.web.client;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;

/** Client search and list: filter by name or MRN, program and status; pages in the database. */
@Named
@ViewScoped
public class ClientListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private ClientService clients;
  @EJB private ProgramService programService;

  /** What was typed in the search box; its limit, 100, is the page's {@code data-limit}. */
  private String text;

  private Long programId;
  private ClientStatus status;
  private boolean ownCaseloadOnly;
  private List<ProgramOption> programs;
  private ClientLazyModel model;

  @PostConstruct
  void init() {
    programs = programService.programs();
    model = new ClientLazyModel(clients, this::query);
  }

  private ClientQuery query() {
    return new ClientQuery(text, programId, status, ownCaseloadOnly, ClientQuery.SortBy.NAME, true);
  }

  public ClientLazyModel getModel() {
    return model;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }

  public ClientStatus[] getStatuses() {
    return ClientStatus.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public boolean isOwnCaseloadOnly() {
    return ownCaseloadOnly;
  }

  public void setOwnCaseloadOnly(boolean ownCaseloadOnly) {
    this.ownCaseloadOnly = ownCaseloadOnly;
  }

  public ClientStatus getStatus() {
    return status;
  }

  public void setStatus(ClientStatus status) {
    this.status = status;
  }
}
