package org.waypoint.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.center.CenterSettings;

/**
 * Loads the demo center when the server starts in demo mode and the database has no programs yet.
 * Loading happens in its own transaction: when another cluster node loaded it first, the unique
 * program codes refuse the second load and this node simply goes on.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCenter {

  private static final Logger LOG = Logger.getLogger(DemoCenter.class.getName());

  @Inject private CenterSettings center;
  @EJB private DemoData data;

  @PostConstruct
  void load() {
    if (!center.demoMode()) {
      return;
    }
    try {
      if (data.loadIfEmpty()) {
        LOG.info("Demo center loaded: demo accounts use the password " + DemoData.PASSWORD);
      }
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Demo center not loaded here (another node may have loaded it)", e);
    }
  }
}
