package org.waypoint.web.client;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import org.omnifaces.cdi.Param;
import org.waypoint.access.EmergencyAccessService;
import org.waypoint.access.EmergencyReason;
import org.waypoint.access.EmergencyRequest;
import org.waypoint.center.CenterSettings;
import org.waypoint.client.ClientNotFoundException;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientService;
import org.waypoint.client.InvalidInputException;
import org.waypoint.security.AccessDeniedException;
import org.waypoint.web.support.FormMessages;

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

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a");

  @EJB private ClientService clients;
  @EJB private EmergencyAccessService emergencies;
  @Inject private CenterSettings center;

  @Inject
  @Param(pathIndex = 0)
  private String id;

  private State state = State.NOT_FOUND;
  private ClientProfile client;
  private String refusal;
  private EmergencyRequest emergency = new EmergencyRequest();
  private String emergencyUntil;

  /** Loads the client named in the URL, or sets the page's state and status when it can't. */
  public void load() {
    try {
      client = clients.profile(Long.parseLong(id == null ? "" : id.strip()));
      state = State.SHOWN;
      emergencyUntil =
          emergencies
              .activeGrant(client.id())
              .filter(grant -> grant.expiresAt() != null)
              .map(grant -> TIME.format(grant.expiresAt().atZone(center.timeZone())))
              .orElse(null);
    } catch (NumberFormatException | ClientNotFoundException e) {
      state = State.NOT_FOUND;
      status(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException e) {
      state = State.NOT_ALLOWED;
      refusal = e.getMessage();
      status(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  /**
   * Opens the chart in an emergency after the user gave a reason and confirmed; reloads the chart.
   */
  public void openInEmergency() throws IOException {
    try {
      emergencies.open(Long.parseLong(id.strip()), emergency);
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/client/" + id.strip());
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors("emergencyForm", e.fieldErrors());
    }
  }

  public EmergencyRequest getEmergency() {
    return emergency;
  }

  /**
   * @return how many hours an emergency access lasts
   */
  public long getEmergencyHours() {
    return center.emergencyAccess().toHours();
  }

  public EmergencyReason[] getEmergencyReasons() {
    return EmergencyReason.values();
  }

  /**
   * @return when the user's emergency access to this chart ends, or {@code null} without one
   */
  public String getEmergencyUntil() {
    return emergencyUntil;
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
