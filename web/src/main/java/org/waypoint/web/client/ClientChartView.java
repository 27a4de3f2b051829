package org.waypoint.web.client;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import org.waypoint.client.ClientNotFoundException;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientService;
import org.waypoint.security.AccessDeniedException;

/**
 * The client chart at {@code /client/{id}}. A client outside the user's reach gets a "not allowed"
 * page (HTTP 403) that shows none of the client's data.
 */
@Named
@ViewScoped
public class ClientChartView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the chart page shows. */
  public enum State {
    SHOWN,
    NOT_FOUND,
    NOT_ALLOWED
  }

  @EJB private ClientService clients;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  private State state = State.NOT_FOUND;
  private ClientProfile client;
  private String refusal;

  /** Loads the client named in the URL, or sets the page's state and status when it can't. */
  public void load() {
    try {
      client = clients.profile(Long.parseLong(id == null ? "" : id.strip()));
      state = State.SHOWN;
    } catch (NumberFormatException | ClientNotFoundException e) {
      state = State.NOT_FOUND;
      status(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      state = State.NOT_ALLOWED;
      refusal = e.getMessage();
      status(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static void status(int code) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(code);
  }

  public State getState() {
    return state;
  }

  public ClientProfile getClient() {
    return client;
  }

  public String getRefusal() {
    return refusal;
  }
}
