package org.waypoint.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientService;
import org.waypoint.client.ClientStatus;
import org.waypoint.client.InvalidInputException;
import org.waypoint.program.ProgramOption;
import org.waypoint.program.ProgramService;
import org.waypoint.security.StaffOption;
import org.waypoint.web.client.ClientLazyModel;
import org.waypoint.web.support.FormMessages;

/** The intake page: register a new client, and see referrals not yet admitted. */
@Named
@ViewScoped
public class IntakeView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(IntakeView.class.getName());

  @EJB private ClientService clients;
  @EJB private ProgramService programService;

  @Valid private ClientRegistration form = new ClientRegistration();
  private List<ProgramOption> programs;
  private List<StaffOption> clinicians;
  private ClientLazyModel referrals;

  @PostConstruct
  void init() {
    programs = programService.programs();
    clinicians = clients.clinicians();
    referrals =
        new ClientLazyModel(
            clients,
            () ->
                new ClientQuery(null, null, ClientStatus.REFERRED, ClientQuery.SortBy.NAME, true));
  }

  /** Registers the client and opens the new chart; on refusal keeps every field as typed. */
  public void register() throws IOException {
    try {
      ClientProfile client = clients.register(form);
      FormMessages.redirectWithMessage(
          "/client/" + client.id(),
          "Registered " + client.legalName() + " with MRN " + client.mrn() + ".");
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors("intakeForm", e.fieldErrors());
    } catch (EJBAccessException e) {
      FormMessages.showError("Your role does not allow registering clients. Nothing was saved.");
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "Registering a client failed", e);
      FormMessages.showError(
          "Waypoint could not save this registration just now, so nothing was saved. Your"
              + " entries are still here: try again in a moment.");
    }
  }

  public ClientRegistration getForm() {
    return form;
  }

  public List<ProgramOption> getPrograms() {
    return programs;
  }

  public List<StaffOption> getClinicians() {
    return clinicians;
  }

  public ClientLazyModel getReferrals() {
    return referrals;
  }

  public ClientStatus[] getStatuses() {
    return new ClientStatus[] {ClientStatus.ACTIVE, ClientStatus.REFERRED};
  }
}
