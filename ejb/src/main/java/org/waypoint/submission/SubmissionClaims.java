package org.waypoint.submission;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes a submission's token in a transaction of its own, so that the row exists, committed,
 * before the submission's own transaction locks it: two copies of one submission sent at once then
 * wait for each other on that row instead of both writing. Used only by {@link Submissions}.
 */
@Stateless
@PermitAll
public class SubmissionClaims {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;

  /**
   * Keeps the token unless it is kept already. When a twin of the submission keeps it at the same
   * moment, the database's key refuses the second row; the twin's row stands and this transaction
   * ends without a change.
   *
   * @param token the submission's token
   * @param kind what it records
   * @param username who sent it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void claim(String token, SubmissionKind kind, String username) {
    if (em.find(Submission.class, token) != null) {
      return;
    }
    try {
      em.persist(
          new Submission(token, kind, username, Instant.now().truncatedTo(ChronoUnit.MICROS)));
      em.flush();
    } catch (PersistenceException e) {
      // the twin was first: its row is the one to lock
      session.setRollbackOnly();
    }
  }
}
