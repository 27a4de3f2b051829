package org.waypoint.client;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.waypoint.program.Program;
import org.waypoint.security.StaffUser;

/**
 * Saves a new client with the next MRN, inside the caller's transaction. Checks nothing: callers
 * ({@link ClientService}, the demo loader) validate and authorise first.
 */
@Dependent
public class ClientRegistrar {

  @PersistenceContext private EntityManager em;

  /**
   * @param form a validated registration
   * @param program the program
   * @param primaryClinician the primary clinician, or {@code null}
   * @param at when
   * @param by the registering user's username
   * @return the saved client
   */
  public Client register(
      ClientRegistration form, Program program, StaffUser primaryClinician, Instant at, String by) {
    Client client = new Client(Mrn.of(nextMrnSequence()), form, program, primaryClinician, at, by);
    em.persist(client);
    return client;
  }

  /** Draws from the MRN sequence in the dialect of whichever database is configured. */
  private long nextMrnSequence() {
    SessionFactoryImplementor factory =
        em.unwrap(Session.class).getSessionFactory().unwrap(SessionFactoryImplementor.class);
    String sql =
        factory
            .getJdbcServices()
            .getDialect()
            .getSequenceSupport()
            .getSequenceNextValString("client_mrn_seq");
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
