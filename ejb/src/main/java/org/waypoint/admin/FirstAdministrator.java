package org.waypoint.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.center.CenterSettings;

/**
 * Outside demo mode, an empty database has no one who could create accounts. When the server starts
 * with {@code WAYPOINT_ADMIN_PASSWORD} set and no account exists, this creates {@code admin} with
 * that password, to be changed at first sign-in. Otherwise it only says what to do.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject private CenterSettings center;
  @EJB private FirstAdministratorSetup setup;

  @PostConstruct
  void start() {
    if (center.demoMode()) {
      return;
    }
    Optional<String> password = center.firstAdministratorPassword();
    try {
      if (password.isPresent()) {
        if (setup.createIfNoUsers(password.get())) {
          LOG.warning(
              "Created the first administrator 'admin' from WAYPOINT_ADMIN_PASSWORD; sign in and"
                  + " choose a new password, then remove the variable.");
        }
      } else if (!setup.anyUsers()) {
        LOG.warning(
            "No staff accounts exist. Restart with WAYPOINT_ADMIN_PASSWORD set (12 or more"
                + " characters) to create the first administrator, 'admin'.");
      }
    } catch (EJBException e) {
      LOG.log(Level.SEVERE, "The first administrator was not created", e);
    }
  }
}
