package org.waypoint.client;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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

  /**
   * @param legalFirstName legal first name
   * @param legalLastName legal last name
   * @param dateOfBirth date of birth
   * @return the MRN of a client already registered with that legal name (in any case and with or
   *     without accents) and date of birth
   */
  public Optional<String> duplicateOf(
      String legalFirstName, String legalLastName, LocalDate dateOfBirth) {
    String first = SearchText.fold(legalFirstName);
    String last = SearchText.fold(legalLastName);
    return em.createQuery(
            "select c from Client c where c.dateOfBirth = :born and c.searchName like :name",
            Client.class)
        .setParameter("born", dateOfBirth)
        .setParameter("name", first + " " + last + "%")
        .getResultStream()
        .filter(
            c ->
                SearchText.fold(c.getLegalFirstName()).equals(first)
                    && SearchText.fold(c.getLegalLastName()).equals(last))
        .map(Client::getMrn)
        .findFirst();
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
